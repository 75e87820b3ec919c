import { expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Rule 1 (facts/events.ts, "a time alone takes the day printed above it"): an event item printed
// "time · title · day and place" (the time first, its own day in the third part) has a time-only
// `when`, so it takes the previous event's day. The delivery of Friday 6 is read as Thursday 5.

const ID = '402-3333333-4444444';
const NOW = '2024-12-10T09:00:00.000Z';

it('de: "14:05 · Zugestellt an Nachbarn · Fr., 06.12.2024 · Berlin" is delivered on the 6th', async () => {
  const url = `https://sellercentral.amazon.de/orders-v3/order/${ID}`;
  const html = `<html lang="de"><body><h1>Bestellung ${ID}</h1>
    <table><tr><th>Versanddienstleister</th><th>Sendungsnummer</th></tr>
      <tr><td>DHL</td><td>00340434161234567890</td></tr></table>
    <h3>Sendungsverlauf</h3>
    <ul>
      <li><span>Do., 05.12.2024, 18:40</span><span>Versendet</span><span>Paketzentrum Bochum</span></li>
      <li><span>14:05</span><span>Zugestellt an Nachbarn</span><span>Fr., 06.12.2024 · Berlin</span></li>
    </ul></body></html>`;
  const { document } = await loadPage(html, url);
  const pkg = readOrderPage(document, url, { now: NOW })?.order.shipments?.[0]?.packages?.[0];
  expect(pkg?.currentStatus).toBe('DELIVERED');
  // A correct reader reads the 6th, or no date at all; never the day before.
  expect(pkg?.deliveredDate).not.toBe('2024-12-05');
});
