import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

// "Enregistrer cette page pour un signalement" (issue 12): from the popup, a dry run says what
// will be removed, and once confirmed the page's content script saves one HTML file through a
// download, with the buyer's address replaced and the order kept.

const page = (file: string) => readFileSync(new URL(`../fixtures/pages/${file}`, import.meta.url), 'utf8');
const ORDER_URL = 'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567';
const NOT_AN_ORDER_URL = 'https://sellercentral.amazon.de/mcf/orders/create-order';

test('the popup saves the page without the buyer’s data, after showing what it removes', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  await serve({
    [ORDER_URL]: page('fr-classic-shipped.html'),
    [NOT_AN_ORDER_URL]: page('mcf-create-order-not-order.html'),
  });
  const orderTab = await context.newPage();
  await orderTab.goto(ORDER_URL);
  const popup = await openPopup(`?tab=${await tabIdOf(orderTab)}`);

  await popup.getByTestId('capture-page').click();
  await expect(popup.getByTestId('capture-removed')).toHaveText('Retiré : 1 nom, 1 adresse.');
  const downloading = orderTab.waitForEvent('download');
  await popup.getByTestId('capture-confirm').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^mcf-desk-capture-sellercentral\.amazon\.fr-\d{8}-\d{6}\.html$/,
  );
  await expect(popup.getByTestId('capture-saved')).toContainText(download.suggestedFilename());

  const html = readFileSync(await download.path(), 'utf8');
  expect(html).toMatch(/^<!--\n {2}MCF Desk page capture/);
  expect(html).toContain(`url: ${ORDER_URL}`);
  expect(html).toContain('reading: order');
  for (const personal of ['Marie Dupont', '12 rue des Lilas', '69003', 'Lyon'])
    expect(html).not.toContain(personal);
  for (const kept of ['402-1234567-1234567', 'TEA-POT-12', 'B08XYZ1234', 'Colissimo', '6A12345678901'])
    expect(html).toContain(kept);
  // MCF Desk's own overlay is not part of the page it saves.
  expect(html).not.toContain('mcf-desk-overlay');

  // A Seller Central page MCF Desk does not read as an order can be saved too.
  const otherTab = await context.newPage();
  await otherTab.goto(NOT_AN_ORDER_URL);
  const otherPopup = await openPopup(`?tab=${await tabIdOf(otherTab)}`);
  await otherPopup.getByTestId('capture-page').click();
  await expect(otherPopup.getByTestId('capture-removed')).toBeVisible();
  await otherPopup.getByTestId('capture-cancel').click();
  await expect(otherPopup.getByTestId('capture-page')).toBeVisible();
});

const KATAL_URL = 'https://sellercentral.amazon.com/mcf/orders/order-details?orderId=SHOP-US-90017';

/** The content script's reading of a tab, asked from an extension page as the popup asks it. */
async function readingOf(asker: import('@playwright/test').Page, tabId: number): Promise<unknown> {
  const reply = (await asker.evaluate(
    (tab) =>
      (
        globalThis as unknown as {
          chrome: {
            tabs: { sendMessage(id: number, m: unknown): Promise<{ ok: boolean; value?: unknown }> };
          };
        }
      ).chrome.tabs.sendMessage(tab, { tag: 'mcf-desk/1', type: 'page.reading', payload: {} }),
    tabId,
  )) as { ok: boolean; value?: { reading: { order: { provenance?: unknown } } | null } };
  if (!reply.ok || !reply.value?.reading) return null;
  const { provenance: _seenAt, ...order } = reply.value.reading.order;
  return { ...reply.value.reading, order };
}

test('a capture of a page with shadow roots, served back at its URL, reads as the live page', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  // The Katal fixture with the buyer's address inside a shadow root.
  const personal = [
    'Jordan Miller',
    '742 Evergreen Terrace',
    'Springfield, OR 97477',
    '(555) 123-4567',
    'jordan.miller@example.com',
  ];
  const shipTo = `<kat-box class="ship-to"><template shadowrootmode="open"><h4>Shipping address</h4><div>${personal.slice(0, 3).join('<br>')}</div><h4>Phone</h4><div>+1 ${personal[3]}</div><h4>Email</h4><div>${personal[4]}</div></template></kat-box>`;
  await serve({
    [KATAL_URL]: page('en-us-katal-mcf-multi.html').replace(
      '<h2>Shipments</h2>',
      `${shipTo}<h2>Shipments</h2>`,
    ),
  });
  const live = await context.newPage();
  await live.goto(KATAL_URL);
  await expect(live.locator('mcf-desk-overlay section.mcf')).toBeVisible();
  const popup = await openPopup(`?tab=${await tabIdOf(live)}`);
  const liveReading = await readingOf(popup, await tabIdOf(live));
  expect(liveReading).not.toBeNull();

  await popup.getByTestId('capture-page').click();
  await expect(popup.getByTestId('capture-removed')).toBeVisible();
  const downloading = live.waitForEvent('download');
  await popup.getByTestId('capture-confirm').click();
  const html = readFileSync(await (await downloading).path(), 'utf8');
  expect(html).toContain('<template shadowrootmode="open">');
  for (const text of personal) expect(html).not.toContain(text);

  // The capture, served at the same URL in place of the live page, is read the same way.
  await live.close();
  await serve({ [KATAL_URL]: html });
  const replay = await context.newPage();
  await replay.goto(KATAL_URL);
  await expect(replay.locator('mcf-desk-overlay section.mcf')).toBeVisible();
  expect(await readingOf(popup, await tabIdOf(replay))).toEqual(liveReading);
});
