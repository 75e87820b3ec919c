import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { countedSku } from '../../../core/page/shapes';
import { loadPage } from './load-fixture';

// A return shown as a record of its own (a card, rows of a block) under generic labels, its
// units counted in words, and a replacement order named inside it.
const NOW = '2024-12-06T09:00:00.000Z';
async function orderOf(body: string) {
  const id = '305-4444444-5555555';
  const url = `https://sellercentral.amazon.de/orders-v3/order/${id}`;
  const { document } = await loadPage(
    `<!DOCTYPE html><html lang="de-DE"><body><main><h1>Bestelldetails</h1><p>Bestellnummer: ${id}</p>
    <p>Status: Versendet</p>
    <table><tr><th>Händler-SKU</th><th>Menge</th></tr><tr><td>KANNE-GLAS-1L</td><td>3</td></tr></table>
    ${body}</main></body></html>`,
    url,
  );
  const outcome = readPage(document, url, { now: NOW });
  return outcome.kind === 'order' ? outcome.reading.order : undefined;
}

describe("a return's record under generic labels", () => {
  it('takes its "Artikel" and count as the returned units, never the order\'s items', async () => {
    const order = await orderOf(`<section><h2>Rücksendung</h2>
      <div class="row"><span>RMA-ID</span> <b>DkQ2mW8pRMA</b></div>
      <div class="row"><span>Artikel</span> KANNE-GLAS-1L — Menge 2</div>
      <div class="row"><span>Rücksendestatus</span> Unterwegs</div></section>`);
    expect(order?.items?.map((i) => `${i.sellerSku} × ${i.quantity}`)).toEqual(['KANNE-GLAS-1L × 3']);
    expect(order?.returns?.[0]?.items).toEqual([{ sellerSku: 'KANNE-GLAS-1L', quantity: 2 }]);
    expect(order?.returns?.[0]?.status).toBe('in-transit');
  });

  it('keeps a return known only by its condition, and the replacement order named inside it cut alone', async () => {
    const order = await orderOf(`<section><h2>Rücksendung</h2><dl>
      <dt>RMA-ID</dt><dd>DhT5nR2kRMA</dd>
      <dt>Zurückgegebene Artikel</dt><dd>KANNE-GLAS-1L × 1</dd>
      <dt>Zustand des zurückgesandten Artikels</dt><dd>Vom Spediteur beschädigt</dd>
      <dt>Ersatzbestellung</dt><dd><a href="/orders-v3/order/305-9999999-1111111">305-9999999-1111111</a>, versandt mit DHL 00340434161094000001</dd>
      </dl></section>`);
    expect(order?.returns?.[0]?.rmaId).toBe('DhT5nR2kRMA');
    expect(order?.returns?.[0]?.receivedCondition).toBe('CarrierDamaged');
    expect(JSON.stringify(order?.shipments ?? [])).not.toContain('00340434161094000001');
  });
});

describe('units counted in words after a SKU', () => {
  it.each([
    ['BOL-ROUGE-2 – 1 unité', 1],
    ['TAZA-AZUL (Cant.: 2)', 2],
    ['MUG-TEAL-11OZ — Qty 3', 3],
    ['KERZE-ROT: 2 Stück', 2],
  ])('%s', (text, count) => {
    expect(countedSku(text, true)?.count).toBe(count);
  });

  it('takes no count from a bare number after a SKU, and a share only where a return lists units', () => {
    expect(countedSku('TEE-SHIRT 2', true)).toBeNull();
    expect(countedSku('1 of 2 × LAMP-OAK', true)).toBeNull();
    expect(countedSku('1 of 2 × LAMP-OAK', true, true)).toEqual({ sku: 'LAMP-OAK', count: 1 });
  });
});

describe('a returns table whose RMA cell spans its item rows', () => {
  it('takes every row under the RMA as that return’s, none as the order’s items', async () => {
    const order = await orderOf(`<h2>Rücksendungen</h2><table>
      <tr><th>RMA-ID</th><th>Rücksendestatus</th><th>Händler-SKU</th><th>Menge</th></tr>
      <tr><td rowspan="2">DqP4mN7xRMA</td><td rowspan="2">Genehmigt</td><td>KANNE-GLAS-1L</td><td>1</td></tr>
      <tr><td>DECKEL-GLAS-1L</td><td>1</td></tr></table>`);
    expect(order?.items?.map((i) => `${i.sellerSku} × ${i.quantity}`)).toEqual(['KANNE-GLAS-1L × 3']);
    expect(order?.returns?.[0]?.items).toEqual([
      { sellerSku: 'KANNE-GLAS-1L', quantity: 1 },
      { sellerSku: 'DECKEL-GLAS-1L', quantity: 1 },
    ]);
  });
});
