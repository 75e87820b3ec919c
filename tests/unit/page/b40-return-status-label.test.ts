import { expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Found by the blind batch b40 (a German returns table headed "Rückgabestatus"): a return called
// by the language's other noun for it ("Rückgabe" beside "Rücksendung") was left without its
// status, and a return with neither status nor condition is not reported. Written here in
// another language and shape than the page that showed it.

const NOW = '2024-12-06T09:00:00.000Z';
const ID = '171-5554443-3332221';

it('it: a return’s status under "Stato della restituzione" is read', async () => {
  const url = `https://sellercentral.amazon.it/orders-v3/order/${ID}`;
  const html = `<html lang="it"><body><h1>Ordine ${ID}</h1>
    <dl><dt>Stato</dt><dd>Completato</dd><dt>Corriere</dt><dd>BRT</dd></dl>
    <h2>Articoli</h2>
    <table><tr><th>SKU</th><th>Quantità</th></tr><tr><td>TAZZA-BLU-2</td><td>1</td></tr></table>
    <h2>Resi</h2>
    <div class="reso"><div><span>ID RMA</span> <b>Bq4RtY7uRMA</b></div>
      <div><span>Stato della restituzione</span> <b>Autorizzato</b></div></div>
    </body></html>`;
  const { document } = await loadPage(html, url);
  const outcome = readPage(document, url, { now: NOW });
  if (outcome.kind !== 'order') throw new Error('not read as an order');
  const returns = outcome.reading.order.returns ?? [];
  expect(returns.map((r) => [r.rmaId, r.status])).toEqual([['Bq4RtY7uRMA', 'authorized']]);
});
