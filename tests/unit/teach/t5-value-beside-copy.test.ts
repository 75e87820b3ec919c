import { describe, expect, it } from 'vitest';
import { orderPage, packagesOf, readWith, teach, urlOf } from './teach-pair';

// Blind pair t5-fr-entete-tri-copier: the number was picked in a span beside a "Copier" button and
// taught by its path, down to the span; on the next page the button came first, and the path named
// the button. A value beside the buttons acting on it is taught by the path of their holder, and a
// taught path reads the one part its holder shows besides its buttons. Here in Spanish, a card
// with an id and no label near the number.

const HOST = 'sellercentral.amazon.es';
const A = '404-1234567-1234567';
const B = '404-7654321-7654321';

const card = (inner: string) => `
  <div id="tarjeta-envio" class="c-x1">
    <p>Correos Express</p>
    <p class="num">${inner}</p>
  </div>`;

describe('teach: a value beside a copy button', () => {
  it('reads the next order’s number when the button comes first', async () => {
    const pageA = orderPage(
      'es',
      A,
      card('<span>3230005478839102</span><button type="button">Copiar</button>'),
    );
    const { picked, rule } = await teach(pageA, urlOf(HOST, A), '.num > span', 'trackingNumber');
    expect(picked).toMatchObject({ ok: true, value: '3230005478839102' });
    expect(rule).toMatchObject({ path: '#tarjeta-envio>1' });
    if (!rule) throw new Error('no rule');

    const moved = orderPage(
      'es',
      B,
      card('<button type="button">Copiado ✓</button> <span>3230005478841177</span>'),
    );
    const read = packagesOf(await readWith(moved, urlOf(HOST, B), [rule])).map((p) => p.trackingNumber);
    expect(read).toEqual(['3230005478841177']);
    // Nothing besides the button (not shipped yet): no number.
    const none = orderPage('es', B, card('<button type="button">Copiar</button>'));
    expect(packagesOf(await readWith(none, urlOf(HOST, B), [rule])).map((p) => p.trackingNumber)).toEqual([]);
  });
});
