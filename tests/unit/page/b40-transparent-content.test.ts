import { expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Found by the blind batch b40 (an English definition-list page): a block made fully transparent
// by the page's stylesheet (`opacity: 0`, a "revised" EDD kept for an animation) is not seen by
// the seller, and a browser's `checkVisibility()` says so; without layout, the same must hold.
// Written here in another language and shape than the page that showed it.

const NOW = '2024-12-06T09:00:00.000Z';
const ID = '171-4455667-8899001';

it('it: a row made transparent by a stylesheet class or an inline style is not read', async () => {
  const url = `https://sellercentral.amazon.it/orders-v3/order/${ID}`;
  const html = `<html lang="it"><head><style>.zq-fade { opacity: 0; transition: opacity .2s }</style></head>
    <body><h1>Ordine ${ID}</h1>
    <div class="riga"><span>Data di spedizione</span> <span>lun 2 dic 2024</span></div>
    <div class="riga zq-fade"><span>Data di consegna prevista</span> <span>lun 9 dic 2024</span></div>
    <div class="riga"><span>Consegna prevista</span> <span>gio 5 dic 2024</span></div>
    <div class="riga" style="opacity:0"><span>Corriere</span> <span>SDA</span></div>
    <div class="riga"><span>Corriere</span> <span>BRT</span></div>
    <div class="riga"><span>Numero di tracciabilità</span> <span>084123456789012</span></div>
    </body></html>`;
  const { document } = await loadPage(html, url);
  const outcome = readPage(document, url, { now: NOW });
  if (outcome.kind !== 'order') throw new Error('not read as an order');
  const order = outcome.reading.order;
  const shipment = order.shipments?.[0];
  expect(shipment?.estimatedArrivalDate ?? order.estimatedArrivalDate).toBe('2024-12-05');
  expect(shipment?.packages?.map((p) => p.carrierCode)).toEqual(['BRT']);
  expect(JSON.stringify(order)).not.toContain('2024-12-09');
  expect(JSON.stringify(order)).not.toContain('SDA');
});
