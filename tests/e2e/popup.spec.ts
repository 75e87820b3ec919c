import {
  DEMO_ORDER_ID,
  DEMO_ORDER_URL,
  renderDemoPage,
  todayInParis,
} from '../../scripts/demo/render-demo-page.mjs';
import { expect, test } from './fixtures';

// The popup on an order (its checklist, remembered per order) and everywhere else (the orders
// needing attention, one page at a time, with snooze and dismiss).

test('the checklist of a lost order: steps and the case id are remembered, the case text is offered', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  await serve({ [DEMO_ORDER_URL]: renderDemoPage(todayInParis()) });
  const orderTab = await context.newPage();
  await orderTab.goto(DEMO_ORDER_URL);
  const query = `?tab=${await tabIdOf(orderTab)}`;

  let popup = await openPopup(query);
  const lost = popup.getByTestId('checklist-lost');
  await expect(lost).toBeVisible();
  await lost.getByLabel("Vérifier sur Swiship que le colis n'est pas indiqué livré").check();
  await lost.getByRole('textbox', { name: 'Numéro du dossier' }).fill('CASE-123456');
  await lost.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(lost.getByText('Enregistré')).toBeVisible();
  await expect(lost.getByTestId('claim-text')).toHaveValue(new RegExp(DEMO_ORDER_ID));

  await popup.close();
  popup = await openPopup(query);
  const again = popup.getByTestId('checklist-lost');
  await expect(again.getByLabel("Vérifier sur Swiship que le colis n'est pas indiqué livré")).toBeChecked();
  await expect(again.getByRole('textbox', { name: 'Numéro du dossier' })).toHaveValue('CASE-123456');
  await expect(again.getByRole('checkbox', { name: 'Noter le numéro du dossier' })).toBeChecked();
  // The return checklist is always there, with the prefill.
  await expect(popup.getByTestId('checklist-return').getByTestId('return-panel')).toBeVisible();
});

test('the attention list pages through many orders, and snoozed or dismissed orders leave it', async ({
  serve,
  openPopup,
}) => {
  await serve({});
  let popup = await openPopup();
  // 45 lost orders, stored the way the content script stores a page reading.
  const total = await popup.evaluate(async () => {
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const marketplace = {
      host: 'sellercentral.amazon.fr',
      countryCode: 'FR',
      locale: 'fr-FR',
      timeZone: 'Europe/Paris',
    };
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    for (let i = 0; i < 45; i++) {
      const id = `402-0000000-${String(1000000 + i)}`;
      await runtime.sendMessage({
        tag: 'mcf-desk/1',
        type: 'reading.store',
        payload: {
          url: `https://sellercentral.amazon.fr/orders-v3/order/${id}`,
          reading: {
            order: {
              sellerFulfillmentOrderId: id,
              marketplace,
              items: [{ sellerSku: 'SKU', quantity: 1 }],
              shipments: [
                {
                  fulfillmentShipmentStatus: 'SHIPPED',
                  shippingDate: day(30 + i),
                  estimatedArrivalDate: day(25 + i),
                  packages: [{ trackingNumber: `TRK${i}`, currentStatus: 'IN_TRANSIT', events: [] }],
                },
              ],
            },
            missing: [],
          },
        },
      });
    }
    return 45;
  });
  expect(total).toBe(45);

  await popup.reload();
  const list = popup.getByTestId('order-list');
  await expect(list.locator('li')).toHaveCount(20);
  await expect(popup.getByText('1–20 sur 45')).toBeVisible();
  // Most urgent first, then oldest: the order expected longest ago leads.
  await expect(list.locator('li').first()).toContainText('402-0000000-1000044');
  await expect(list.locator('li a').first()).toHaveAttribute(
    'href',
    'https://sellercentral.amazon.fr/orders-v3/order/402-0000000-1000044',
  );

  await popup.getByRole('button', { name: 'Suivant' }).click();
  await expect(popup.getByText('21–40 sur 45')).toBeVisible();
  await popup.getByRole('button', { name: 'Suivant' }).click();
  await expect(list.locator('li')).toHaveCount(5);

  await popup.getByRole('button', { name: 'Précédent' }).click();
  await popup.getByRole('button', { name: 'Précédent' }).click();
  const first = list.locator('li').first();
  await first.getByRole('button', { name: '3 jours' }).click();
  await expect(popup.getByText('1–20 sur 44')).toBeVisible();
  await expect(list).not.toContainText('402-0000000-1000044');
  await list.locator('li').first().getByRole('button', { name: 'Ignorer' }).click();
  await expect(popup.getByText('1–20 sur 43')).toBeVisible();

  popup = await openPopup();
  await expect(popup.getByText('1–20 sur 43')).toBeVisible();
});
