import { expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 4 (facts/columns.ts + candidates' trailing remark): a shipments table's "Livré" column
// printing the expected day with "(prévue)" after it. The remark is dropped as a trailing
// bracket, the header "Livré" labels a delivered date: the parcel is read DELIVERED on Dec 6,
// two days after the page was read.

const ID = '402-3333333-4444444';
const NOW = '2024-12-04T09:00:00.000Z';

it('fr: "06/12/2024 (prévue)" under "Livré" is no delivery', async () => {
  const url = `https://sellercentral.amazon.fr/orders-v3/order/${ID}`;
  const html = `<html lang="fr"><body><h1>Commande ${ID}</h1>
    <table><tr><th>Transporteur</th><th>Numéro de suivi</th><th>Expédié</th><th>Livré</th></tr>
      <tr><td>Colissimo</td><td>6A23847561209</td><td>02/12/2024</td><td>06/12/2024 (prévue)</td></tr></table>
    </body></html>`;
  const { document } = await loadPage(html, url);
  const pkg = readOrderPage(document, url, { now: NOW })?.order.shipments?.[0]?.packages?.[0];
  expect(pkg?.trackingNumber).toBe('6A23847561209');
  expect(pkg?.currentStatus).not.toBe('DELIVERED');
  expect(pkg?.deliveredDate).toBeUndefined();
});
