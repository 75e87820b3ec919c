import { describe, expect, it } from 'vitest';
import { readPickedValue } from '../../../core/teach/picked-value';
import { orderPage, packagesOf, readWith, teach, urlOf } from './teach-pair';

// Blind pair t4-it-segnaposto-in-attesa: the picked element held the number and a "Traccia su
// Swiship" link; its whole text was taken for a grouped number ("05912603314827TracciasuSwiship")
// and no rule was learned. The value is the element's text without the links and buttons it
// holds, and a number's groups carry digits (or are a short code), never words. Here in Spanish,
// a dd holding the number and a button; the next order shows a placeholder there.

const HOST = 'sellercentral.amazon.es';
const A = '404-1234567-1234567';
const B = '404-7654321-7654321';

const box = (value: string) => `
  <section class="a-box"><h2>Envío</h2>
    <dl><dt>Operador</dt><dd>Correos</dd>
      <dt>Localizador del operador</dt><dd class="loc">${value}</dd></dl>
  </section>`;

describe('teach: a value picked with a link or a button beside it', () => {
  it('reads the number without the control, learns its label, and reads no placeholder', async () => {
    const pageA = orderPage(
      'es',
      A,
      box('PQ4F6P0702345670128001X <button type="button">Seguir envío</button>'),
    );
    const { picked, rule } = await teach(pageA, urlOf(HOST, A), '.loc', 'trackingNumber');
    expect(picked).toMatchObject({ ok: true, value: 'PQ4F6P0702345670128001X' });
    expect(rule).toMatchObject({ label: 'localizador del operador' });
    if (!rule) throw new Error('no rule');

    const shipped = orderPage(
      'es',
      B,
      box('PQ4F6P0702399999128001Y <button type="button">Seguir envío</button>'),
    );
    const read = packagesOf(await readWith(shipped, urlOf(HOST, B), [rule])).map((p) => p.trackingNumber);
    expect(read).toEqual(['PQ4F6P0702399999128001Y']);
    const pending = orderPage('es', B, box('Pendiente'));
    expect(packagesOf(await readWith(pending, urlOf(HOST, B), [rule])).map((p) => p.trackingNumber)).toEqual(
      [],
    );
  });

  it('never joins words after a number as its groups', async () => {
    const { Window } = await import('happy-dom');
    const doc = new Window().document as unknown as Document;
    doc.body.innerHTML = '<span id="v">12345678901234 Ver en Swiship</span>';
    const picked = readPickedValue(
      doc.getElementById('v') as Element,
      'trackingNumber',
      'es-ES',
      '2024-12-06',
    );
    expect(picked.ok).toBe(false);
  });
});
