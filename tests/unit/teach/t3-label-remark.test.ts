import { describe, expect, it } from 'vitest';
import { arrivalOf, orderPage, readWith, teach, urlOf } from './teach-pair';

// Blind pair t3-en-us-revised-eta-struck: the next order's caption said "Carrier’s arrival
// estimate (revised Dec 5)", the taught label with a remark in brackets added, and was not found.
// A taught label is found with a remark in brackets added or dropped, unless the brackets name
// another record ("(devolución)"). Here in Spanish, a description list.

const HOST = 'sellercentral.amazon.es';
const A = '404-1234567-1234567';
const B = '404-7654321-7654321';

const facts = (label: string, date: string) => `
  <section class="a-box"><h2>Envío</h2>
    <dl><dt>Transportista</dt><dd>SEUR</dd><dt>Estado</dt><dd>Enviado</dd>
    <dt>${label}</dt><dd class="fecha">${date}</dd></dl>
  </section>`;

describe('teach: a taught label with a remark in brackets on the next page', () => {
  it('reads it with a remark added', async () => {
    const pageA = orderPage('es', A, facts('Previsión del repartidor', '22/11/2024'));
    const { rule } = await teach(pageA, urlOf(HOST, A), '.fecha', 'estimatedArrivalDate');
    expect(rule).toMatchObject({ label: 'prevision del repartidor' });
    if (!rule) throw new Error('no rule');
    const revised = orderPage(
      'es',
      B,
      facts('Previsión del repartidor (actualizada el 5 dic)', '09/12/2024'),
    );
    expect(arrivalOf(await readWith(revised, urlOf(HOST, B), [rule]))).toBe('2024-12-09');
    const returned = orderPage('es', B, facts('Previsión del repartidor (devolución)', '09/12/2024'));
    expect(arrivalOf(await readWith(returned, urlOf(HOST, B), [rule]))).toBeUndefined();
  });

  it('reads it with its remark dropped', async () => {
    const pageA = orderPage('es', A, facts('Previsión del repartidor (hora local)', '22/11/2024'));
    const { rule } = await teach(pageA, urlOf(HOST, A), '.fecha', 'estimatedArrivalDate');
    expect(rule).toMatchObject({ label: 'prevision del repartidor (hora local)' });
    if (!rule) throw new Error('no rule');
    const pageB = orderPage('es', B, facts('Previsión del repartidor', '09/12/2024'));
    expect(arrivalOf(await readWith(pageB, urlOf(HOST, B), [rule]))).toBe('2024-12-09');
  });
});
