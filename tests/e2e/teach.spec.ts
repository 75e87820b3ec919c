import type { Page } from '@playwright/test';
import type { OrderInput } from '../../core/model/order';
import { frenchDate, todayInParis } from '../../scripts/demo/render-demo-page.mjs';
import { expect, test } from './fixtures';

// Teach mode (issue 12), end to end with the built extension: three orders of one page layout
// whose EDD label is a wording no dictionary knows ("Arrivée chez le client au plus tard").
// The seller teaches it on the first page by clicking the date; the second page is then read
// with its EDD without help; once the rule is deleted, the third is read without it again.
// All the while the extension sends no request of its own (the recorder of privacy.spec.ts).

const HOST = 'sellercentral.amazon.fr';
const urlOf = (id: string) => `https://${HOST}/orders-v3/order/${id}`;
const keyOf = (id: string) => `-/FR/${id}`;
const TAUGHT_LABEL = 'arrivee chez le client au plus tard';

/** Days before today in Paris (a UTC midnight standing for that calendar day). */
const TODAY = todayInParis();
const daysAgo = (n: number) => new Date(TODAY.getTime() - n * 86_400_000);
const isoDay = (day: Date) => day.toISOString().slice(0, 10);

interface PageOrder {
  id: string;
  shipped: Date;
  edd: Date;
  tracking: string;
}

// Shipped 16 days ago, expected 12 days ago, in transit: claimable as lost (EDD + 8) once the
// EDD is known; without it, no lost-order finding can be judged.
const FIRST: PageOrder = {
  id: '402-7100001-7100001',
  shipped: daysAgo(16),
  edd: daysAgo(12),
  tracking: '6A71000010001',
};
const SECOND: PageOrder = {
  id: '402-7100002-7100002',
  shipped: daysAgo(9),
  edd: daysAgo(5),
  tracking: '6A71000020002',
};
const THIRD: PageOrder = {
  id: '402-7100003-7100003',
  shipped: daysAgo(4),
  edd: daysAgo(1),
  tracking: '6A71000030003',
};

/**
 * A Seller Central France order page, one layout for all three orders: known labels for
 * everything but the EDD. The page counts the clicks its own handler sees, to prove that
 * picking an element runs none of the page's code.
 */
function orderPage(order: PageOrder): string {
  return `<!DOCTYPE html>
<html lang="fr-FR">
<head><meta charset="utf-8"><title>Détails de la commande - Seller Central</title></head>
<body>
<script>
  // Clicks on the page's own content (those on the MCF Desk overlay reach the page too, as any
  // element's clicks do: they are not counted).
  window.pageClicks = 0;
  document.addEventListener('click', (e) => { if (e.target.localName !== 'mcf-desk-overlay') window.pageClicks++; });
</script>
<div id="MYO-app">
  <h1>Détails de la commande</h1>
  <div class="a-box">
    <div class="row"><span class="lbl">N° de commande :</span><span>${order.id}</span></div>
    <div class="row"><span class="lbl">Statut :</span><span>Expédié</span></div>
    <div class="row"><span class="lbl">Date d'expédition :</span><span>${frenchDate(order.shipped)}</span></div>
    <div class="row"><span class="lbl">Arrivée chez le client au plus tard :</span><span>${frenchDate(order.edd)}</span></div>
  </div>
  <div class="a-box">
    <h2>Expédition 1</h2>
    <div class="row"><span class="lbl">Transporteur :</span><span>Colissimo</span></div>
    <div class="row"><span class="lbl">Numéro de suivi :</span><span>${order.tracking}</span></div>
    <div class="row"><span class="lbl">Statut de la livraison :</span><span>En transit</span></div>
    <table>
      <thead><tr><th>SKU</th><th>Produit</th><th>Quantité</th></tr></thead>
      <tbody><tr><td>MUG-BLEU-350</td><td>Mug céramique bleu 350 ml</td><td>2</td></tr></tbody>
    </table>
  </div>
</div>
</body>
</html>`;
}

const inOverlay = (page: Page, selector: string) => page.locator(`mcf-desk-overlay ${selector}`);

interface StoredOrder {
  order: OrderInput & { provenance: Record<string, { source: string }> };
  assessment: { findings: { kind: string }[] };
}

/** The EDD the policy uses (the shipment's, else the order's) and where it came from. */
function eddOf(stored: StoredOrder): { day?: string; source?: string } {
  const order = stored.order;
  const fromShipment = order.shipments?.[0]?.estimatedArrivalDate;
  const path = fromShipment ? 'shipments.0.estimatedArrivalDate' : 'estimatedArrivalDate';
  return { day: fromShipment ?? order.estimatedArrivalDate, source: order.provenance[path]?.source };
}

test('the seller teaches an unknown EDD label; the next page of that layout is read with it until the rule is deleted', async ({
  context,
  serve,
  askBackground,
  extensionId,
}) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await serve(Object.fromEntries([FIRST, SECOND, THIRD].map((o) => [urlOf(o.id), orderPage(o)])));

  const stored = async (id: string): Promise<StoredOrder | null> => {
    const reply = await askBackground('order.get', { key: keyOf(id) });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as StoredOrder | null;
  };
  const findingKinds = async (id: string) => (await stored(id))?.assessment.findings.map((f) => f.kind) ?? [];

  // Page 1: the EDD is missing, so no lost-order finding yet.
  const page = await context.newPage();
  await page.goto(urlOf(FIRST.id));
  await expect(inOverlay(page, '[data-testid="overlay-missing-list"]')).toContainText(
    'Date de livraison estimée',
  );
  await expect.poll(async () => (await stored(FIRST.id)) !== null).toBe(true);
  expect(eddOf((await stored(FIRST.id)) as StoredOrder).day).toBeUndefined();
  expect((await findingKinds(FIRST.id)).filter((k) => k.startsWith('lost-'))).toEqual([]);

  // Teach: the page is dimmed, the pick is read with the date's shape check, then confirmed.
  await inOverlay(page, '[data-testid="teach-field-estimatedArrivalDate"]').click();
  await expect(inOverlay(page, '.mcf-teach-dim')).toBeAttached();
  await expect(inOverlay(page, '[data-testid="teach-confirm"]')).toBeDisabled();
  await page.getByText(FIRST.tracking, { exact: true }).click();
  await expect(inOverlay(page, '[data-testid="teach-reason"]')).toBeVisible();
  await expect(inOverlay(page, '[data-testid="teach-confirm"]')).toBeDisabled();
  await page.getByText(frenchDate(FIRST.edd), { exact: true }).click();
  await expect(inOverlay(page, '[data-testid="teach-value"]')).toHaveText(
    `Valeur lue : ${frenchDate(FIRST.edd)} → ${isoDay(FIRST.edd)}`,
  );
  expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(0);
  await inOverlay(page, '[data-testid="teach-confirm"]').click();
  await expect(inOverlay(page, '[data-testid="teach-layer"]')).toHaveCount(0);
  await expect(inOverlay(page, '[data-testid="teach-done"]')).toBeVisible();

  // The order has the seller's EDD, and its findings follow: claimable as lost.
  await expect.poll(async () => (await stored(FIRST.id))?.order.estimatedArrivalDate).toBe(isoDay(FIRST.edd));
  expect((await stored(FIRST.id))?.order.provenance.estimatedArrivalDate?.source).toBe('user');
  await expect.poll(() => findingKinds(FIRST.id)).toContain('lost-claimable');
  await expect(inOverlay(page, '[data-kind="lost-claimable"]')).toBeVisible();
  await expect(inOverlay(page, '[data-testid="overlay-missing-list"]')).not.toContainText(
    'Date de livraison estimée',
  );

  // The rule, for this host.
  const listed = await askBackground('learned.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  expect(listed.value).toEqual([
    expect.objectContaining({
      host: HOST,
      field: 'estimatedArrivalDate',
      label: TAUGHT_LABEL,
      override: false,
      example: frenchDate(FIRST.edd),
    }),
  ]);

  // Page 2, same layout, another order: read with its EDD, from the page, without help.
  await page.goto(urlOf(SECOND.id));
  await expect.poll(async () => (await stored(SECOND.id)) !== null).toBe(true);
  expect(eddOf((await stored(SECOND.id)) as StoredOrder)).toEqual({
    day: isoDay(SECOND.edd),
    source: 'page',
  });
  await expect(inOverlay(page, '[data-testid="overlay-findings"]')).toBeVisible();
  await expect(inOverlay(page, '[data-testid="teach-field-estimatedArrivalDate"]')).toBeVisible(); // "wrong?"
  await expect(inOverlay(page, '[data-testid="overlay-missing-list"]')).not.toContainText(
    'Date de livraison estimée',
  );

  // The rule shows in the dashboard's settings and is deleted there (by message when the
  // dashboard has no such control).
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const row = dashboard.locator('[data-testid="learned-rule"]').filter({ hasText: TAUGHT_LABEL });
  const listedInSettings = await row
    .first()
    .waitFor({ timeout: 5_000 })
    .then(
      () => true,
      () => false,
    );
  if (listedInSettings && (await row.locator('[data-testid="learned-rule-delete"]').count()) > 0) {
    await expect(row).toContainText(HOST);
    await expect(row).toContainText(frenchDate(FIRST.edd));
    dashboard.on('dialog', (dialog) => void dialog.accept());
    await row.locator('[data-testid="learned-rule-delete"]').click();
    await expect(row).toHaveCount(0);
  } else {
    const deleted = await askBackground('learned.delete', {
      host: HOST,
      field: 'estimatedArrivalDate',
      label: TAUGHT_LABEL,
    });
    if (!deleted.ok) throw new Error(deleted.error.message);
  }
  const left = await askBackground('learned.list', {});
  expect(left.ok && left.value).toEqual([]);

  // Page 3: without the rule, its EDD is missing again; Esc leaves teach mode.
  await page.goto(urlOf(THIRD.id));
  await expect(inOverlay(page, '[data-testid="overlay-missing-list"]')).toContainText(
    'Date de livraison estimée',
  );
  await expect.poll(async () => (await stored(THIRD.id)) !== null).toBe(true);
  expect(eddOf((await stored(THIRD.id)) as StoredOrder).day).toBeUndefined();
  await inOverlay(page, '[data-testid="teach-field-estimatedArrivalDate"]').click();
  await expect(inOverlay(page, '[data-testid="teach-layer"]')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(inOverlay(page, '[data-testid="teach-layer"]')).toHaveCount(0);

  // Privacy: nothing but the three pages themselves went out.
  const outside = requests.filter((url) => !url.startsWith('chrome-extension://'));
  expect(outside.length).toBeGreaterThan(0); // the recorder works: it saw the pages
  expect([...new Set(outside)].sort()).toEqual([FIRST, SECOND, THIRD].map((o) => urlOf(o.id)).sort());
});
