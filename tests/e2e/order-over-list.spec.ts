import { readFileSync } from 'node:fs';
import type { OrderInput } from '../../core/model/order';
import { expect, test } from './fixtures';

// An order's details opened in a drawer over "Manage orders" (blind page b37): the content script
// loads on the list's URL because it names the order, the reader reads the drawer alone, and the
// list's other orders are never stored (a list alone is refused by the reader: unit tests).

const PAGE = readFileSync(
  new URL(
    '../fixtures/pages/independent/b37-fr-tiroir-lateral-liste-gestion-commandes-colissimo-livre.html',
    import.meta.url,
  ),
  'utf8',
);
const LIST = 'https://sellercentral.amazon.fr/orders-v3/search?q=Martin&qt=buyername';
const ID = 'S01-4417283-9035521';
const OTHERS = ['S01-4417290-1182734', 'S02-4398812-7730645', '6A23145699012'];

test('an order opened in a drawer over a list is read and stored, nothing of the list', async ({
  context,
  serve,
  askBackground,
}) => {
  const url = `${LIST}&drawer=${ID}`;
  await serve({ [url]: PAGE, [LIST]: PAGE });
  const tab = await context.newPage();
  await tab.goto(url);
  const stored = async (): Promise<OrderInput | null> => {
    const reply = await askBackground('order.get', { key: `-/FR/${ID}` });
    if (!reply.ok) throw new Error(reply.error.message);
    return (reply.value as { order: OrderInput } | null)?.order ?? null;
  };
  await expect.poll(async () => (await stored()) !== null, { timeout: 20_000 }).toBe(true);
  const order = (await stored()) as OrderInput;
  expect(order.displayableOrderId).toBe('SHOP-20871');
  expect((order.shipments ?? []).flatMap((s) => s.packages ?? []).map((p) => p.trackingNumber)).toEqual([
    '6A23145678901',
  ]);
  const json = JSON.stringify(order);
  for (const other of OTHERS) expect(json, `${other} stored`).not.toContain(other);
});
