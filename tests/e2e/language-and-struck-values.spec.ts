import type { OrderInput } from '../../core/model/order';
import { expect, test } from './fixtures';

// In the built extension, in Chromium (the reader's browser path: computed styles, not the unit
// tests' stylesheet matching): a German interface on the European host whose URL names
// amazon.co.uk is stored as a UK order with London's calendar days, and a tracking number struck
// through by a class of the page's stylesheet (a replaced label) is not stored.

const ID = 'S02-3939393-4040404';
const URL_UK = `https://sellercentral-europe.amazon.com/orders-v3/order/${ID}?mons_sel_mkid=A1F83G8C2ARO7P`;
const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8">
<style>.kx-alt { color: #888; text-decoration: line-through }</style></head>
<body><h1>Bestelldetails</h1><p>Bestellnummer: ${ID}</p>
<dl>
  <dt>Bestellstatus</dt><dd>Versandt</dd>
  <dt>Versanddatum</dt><dd>02.12.2024, 00:30 MEZ</dd>
  <dt>Voraussichtliche Zustellung</dt><dd>05.12.2024</dd>
  <dt>Versanddienstleister</dt><dd>Royal Mail</dd>
  <dt>Sendungsnummer</dt><dd>RM123456785GB <span class="kx-alt">RM987654325GB</span> (ersetzt)</dd>
</dl></body></html>`;

test('the URL names the marketplace; a value struck by a stylesheet class is not read', async ({
  context,
  serve,
  askBackground,
}) => {
  await serve({ [URL_UK]: PAGE });
  const tab = await context.newPage();
  await tab.goto(URL_UK);
  const stored = async (): Promise<OrderInput | null> => {
    const reply = await askBackground('order.get', { key: `-/GB/${ID}` });
    if (!reply.ok) throw new Error(reply.error.message);
    return (reply.value as { order: OrderInput } | null)?.order ?? null;
  };
  await expect.poll(async () => (await stored()) !== null, { timeout: 20_000 }).toBe(true);
  const order = (await stored()) as OrderInput;
  expect(order.marketplace?.timeZone).toBe('Europe/London');
  expect(order.shipments?.[0]?.shippingDate).toBe('2024-12-01');
  expect((order.shipments ?? []).flatMap((s) => s.packages ?? []).map((p) => p.trackingNumber)).toEqual([
    'RM123456785GB',
  ]);
  expect(JSON.stringify(order)).not.toContain('RM987654325GB');
});
