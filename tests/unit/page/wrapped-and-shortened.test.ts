import { describe, expect, it } from 'vitest';
import type { LabelLanguage } from '../../../core/page/labels';
import { readPage } from '../../../core/page/read-order-page';
import { normalizeLabel } from '../../../core/page/text';
import { matchAbbreviatedLabel } from '../../../core/page/vocabulary';
import { loadPage } from './load-fixture';

// The same order in narrow or assisted layouts: values wrapped with a line break inside them,
// labels shortened word by word, a screen-reader helper's sentence glued after a value.
const NOW = '2024-12-06T09:00:00.000Z';
async function orderOf(html: string, url: string) {
  const { document } = await loadPage(html, url);
  const outcome = readPage(document, url, { now: NOW });
  return outcome.kind === 'order' ? outcome.reading.order : undefined;
}

describe('a value wrapped by a line break inside it', () => {
  const id = '302-5566778-8899001';
  const url = `https://sellercentral.amazon.de/orders-v3/order/${id}`;
  const page = (rows: string) => `<!DOCTYPE html><html lang="de-DE"><body><main><h1>Bestelldetails</h1>
    <table><tr><th>Bestellnummer</th><td>302-5566778-<br>8899001</td></tr>${rows}</table>
    <table><tr><th>Händler-SKU</th><th>Menge</th></tr><tr><td>KISSEN-LEINEN-<br>40X40-SAND</td><td>2</td></tr></table>
    </main></body></html>`;

  it('joins a word broken after its hyphen, and a link text whose address holds the pieces joined', async () => {
    const order = await orderOf(
      page(`<tr><th>Versanddienstleister</th><td>DHL</td></tr>
        <tr><th>Sendungsnummer</th><td><a href="https://www.swiship.de/track?id=003404341610940273">0034043416<br>10940273</a></td></tr>`),
      url,
    );
    expect(order?.sellerFulfillmentOrderId).toBe(id);
    expect(order?.items?.map((i) => i.sellerSku)).toEqual(['KISSEN-LEINEN-40X40-SAND']);
    expect(order?.shipments?.[0]?.packages?.map((p) => p.trackingNumber)).toEqual(['003404341610940273']);
  });

  it('keeps a break after a label, and between words a link does not hold joined', async () => {
    const order = await orderOf(
      page(`<tr><th>Versand</th><td>Versanddienstleister<br>DHL</td></tr>
        <tr><th>Sendungsnummer</th><td><a href="https://www.swiship.de/track?id=003404341610940273">DHL<br>003404341610940273</a></td></tr>`),
      url,
    );
    const tracking = order?.shipments?.[0]?.packages?.map((p) => p.trackingNumber) ?? [];
    expect(tracking.some((t) => t?.startsWith('DHL'))).toBe(false);
  });
});

describe('a label shortened word by word', () => {
  const short = (label: string, language: LabelLanguage | null) =>
    matchAbbreviatedLabel(normalizeLabel(label), language)?.key;

  it.each([
    ['Liv. prévue', 'fr', 'estimatedArrivalDate'],
    ['Est. delivery', 'en', 'estimatedArrivalDate'],
    ['Vorauss. Zustellung', 'de', 'estimatedArrivalDate'],
    ['Entr. prevista', 'es', 'estimatedArrivalDate'],
    ['Cons. stimata', 'it', 'estimatedArrivalDate'],
    ['Data sped.', 'it', 'shippingDate'],
    ['Verkäufer-Bestellnr.', 'de', 'merchantOrderId'],
  ] as const)('%s (%s)', (label, language, key) => {
    expect(short(label, language)).toBe(key);
  });

  it('reads a label only in the page language, and no one word that may start another field', () => {
    // "Exp." is "Expédié le" in French, an expiry date in English.
    expect(short('Exp.', 'fr')).toBe('shippingDate');
    expect(short('Exp.', 'en')).toBeUndefined();
    // "Liv." / "Entr." may be "Livraison estimée" / "Entrega estimada" as well as "Livré" / "Entregado".
    expect(short('Liv.', 'fr')).toBeUndefined();
    expect(short('Entr.', 'es')).toBeUndefined();
  });

  it('reads no label from words shortened below three letters, or from words of no label', () => {
    expect(short('Li. es.', null)).toBeUndefined();
    expect(short('Pack de 12 bougies.', null)).toBeUndefined();
  });
});

describe("a screen-reader helper's sentence glued after a value", () => {
  it('reads the value without it', async () => {
    const id = '403-1212121-3434343';
    const url = `https://sellercentral.amazon.es/orders-v3/order/${id}`;
    const order = await orderOf(
      `<!DOCTYPE html><html lang="es-ES"><body><main><h1>Detalles del pedido</h1>
      <p>ID del pedido: ${id}</p><p>Estado: Enviado</p>
      <table><tr><th>SKU del vendedor</th><th>Cantidad</th></tr>
      <tr><td>TAZA-AZUL-350<span class="sr">Pulse Intro para copiar el SKU.</span></td><td>4</td></tr></table>
      <dl><dt>Transportista</dt><dd>Correos</dd><dt>Número de seguimiento</dt>
      <dd>PQ4F6P0712458320128001K<span class="sr">Pulse Intro para copiar el número.</span></dd></dl>
      </main></body></html>`,
      url,
    );
    expect(order?.items?.map((i) => `${i.sellerSku} × ${i.quantity}`)).toEqual(['TAZA-AZUL-350 × 4']);
    expect(order?.shipments?.[0]?.packages?.[0]?.trackingNumber).toBe('PQ4F6P0712458320128001K');
  });
});
