import { describe, expect, it } from 'vitest';
import { orderPage, packagesOf, readWith, teach, urlOf } from './teach-pair';

// Blind pair t3-it-lettera-vettura-sostitutivo: the status pill was picked on a page that read it
// already (by its date line): every place "read it back", so the nearest, the section's heading
// "Spedizioni" two levels up, was learned, though the reader pairs it with the card's first line.
// A place must read the picked value at the picked element (as a rule winning over the built-in
// labels). Here in Spanish, and the next order shows the original order's card above (a decoy).

const HOST = 'sellercentral.amazon.es';
const A = '404-1234567-1234567';
const B = '404-7654321-7654321';

const card = (title: string, status: string, when: string) => `
  <div class="tarjeta">
    <h3>${title}</h3>
    <div class="cabecera"><span class="estado">${status}</span><span class="cuando">${when}</span></div>
    <div class="filas"><span>Transportista</span><span>SEUR</span></div>
  </div>`;

describe('teach: a place reads the picked value where it was picked', () => {
  it('does not learn a heading the reader pairs with another line of the card', async () => {
    const pageA = orderPage(
      'es',
      A,
      `<section><h2>Envíos</h2>${card('Paquete 1 de 1', 'Entregado', 'el 21 nov 2024 a las 12:37')}</section>`,
    );
    const { picked, rule } = await teach(pageA, urlOf(HOST, A), '.estado', 'deliveryStatus');
    expect(picked).toMatchObject({ ok: true, value: 'DELIVERED' });
    expect(rule).not.toMatchObject({ label: 'envios' });
    if (!rule) throw new Error('no rule');

    const pageB = orderPage(
      'es',
      B,
      `<section><h2>Pedido original sustituido por este pedido</h2>${card(
        `Pedido ${A} · Paquete 1 de 1`,
        'Entregado',
        'el 29 nov 2024 a las 11:08',
      )}</section>
      <section><h2>Envíos</h2>${card('Paquete 1 de 1', 'En tránsito', 'actualizado el 6 dic 2024 a las 07:41')}</section>`,
    );
    const statuses = packagesOf(await readWith(pageB, urlOf(HOST, B), [rule])).map((p) => p.currentStatus);
    expect(statuses).toEqual(['IN_TRANSIT']);
  });
});
