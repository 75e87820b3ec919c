// Review R14 of the b30 rules and of the later-part status rule: each probe a page or a text
// that broke them (the order's items taken for a return's, a promise or a pickup point read as
// delivered, a pack size read as a count, a remark counting returned units dropped).
import { describe, expect, it } from 'vitest';
import type { OrderInput } from '../../../core/model/order';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2024-12-06T09:00:00.000Z';
const id = '305-4444444-5555555';
async function orderOf(body: string, rows = '<tr><td>KANNE-GLAS-1L</td><td>3</td></tr>') {
  const url = `https://sellercentral.amazon.de/orders-v3/order/${id}`;
  const { document } = await loadPage(
    `<!DOCTYPE html><html lang="de-DE"><body><main><h1>Bestelldetails</h1><p>Bestellnummer: ${id}</p>
    <p>Status: Versendet</p><table><tr><th>Händler-SKU</th><th>Menge</th></tr>${rows}</table>${body}</main></body></html>`,
    url,
  );
  const o = readPage(document, url, { now: NOW });
  return o.kind === 'order' ? o.reading.order : undefined;
}
const rItems = (o: OrderInput | undefined) =>
  (o?.returns ?? []).flatMap((r: { items?: { sellerSku: string; quantity: number }[] }) =>
    (r.items ?? []).map((i: { sellerSku: string; quantity: number }) => `${i.sellerSku} × ${i.quantity}`),
  );
const two = '<tr><td>KANNE-GLAS-1L</td><td>3</td></tr><tr><td>TASSE-BLAU-2</td><td>2</td></tr>';
describe('var', () => {
  it('C span rows, h2, two order rows', async () => {
    expect(
      rItems(
        await orderOf(
          `<section><h2>Rücksendung</h2><div class="row"><span>RMA-ID</span> <b>DkQ2mW8pRMA</b></div><div class="row"><span>Artikel</span> KANNE-GLAS-1L — Menge 2</div><div class="row"><span>Rücksendestatus</span> Unterwegs</div></section>`,
          two,
        ),
      ),
    ).toEqual(['KANNE-GLAS-1L × 2']);
  });
  it('D span rows, h2, status before Artikel', async () => {
    expect(
      rItems(
        await orderOf(
          `<section><h2>Rücksendung</h2><div class="row"><span>RMA-ID</span> <b>DkQ2mW8pRMA</b></div><div class="row"><span>Rücksendestatus</span> Unterwegs</div><div class="row"><span>Artikel</span> KANNE-GLAS-1L — Menge 2</div></section>`,
        ),
      ),
    ).toEqual(['KANNE-GLAS-1L × 2']);
  });
  it('E record with shipment inside (span rows, h2)', async () => {
    const o = await orderOf(
      `<section><h2>Rücksendung</h2><div class="row"><span>RMA-ID</span> <b>DkQ2mW8pRMA</b></div><div class="row"><span>Artikel</span> KANNE-GLAS-1L — Menge 1</div><div class="row"><span>Rücksendestatus</span> Unterwegs</div>
      <div class="row"><span>Versanddienstleister</span> DHL</div><div class="row"><span>Sendungsnummer</span> 00340434161094000001</div><div class="row"><span>Artikel</span> TASSE-BLAU-2 — Menge 2</div></section>`,
      two,
    );
    expect(rItems(o)).toEqual(['KANNE-GLAS-1L × 1']);
  });
});
