import { readFile } from 'node:fs/promises';
import {
  DEMO_ORDER_ID,
  DEMO_ORDER_URL,
  renderDemoPage,
  todayInParis,
} from '../../scripts/demo/render-demo-page.mjs';
import { expect, test } from './fixtures';

// Issue 15 item 8: the evidence pack of a claimable order, downloaded from the popup's checklist.

test('the popup downloads the evidence pack of a claimable order: order id, tracking number, case text', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  await serve({ [DEMO_ORDER_URL]: renderDemoPage(todayInParis()) });
  const orderTab = await context.newPage();
  await orderTab.goto(DEMO_ORDER_URL);
  // The overlay reminds the seller to save the pack before the tracking's 90 days run out.
  await expect(orderTab.locator('mcf-desk-overlay [data-testid="evidence-reminder"]')).toContainText(
    'Enregistrez le dossier de preuves avant le',
  );
  const popup = await openPopup(`?tab=${await tabIdOf(orderTab)}`);
  const lost = popup.getByTestId('checklist-lost');
  await expect(lost).toBeVisible();
  await expect(lost.getByTestId('evidence-reminder')).toContainText(
    'Enregistrez le dossier de preuves avant le',
  );
  const caseText = await lost.getByTestId('claim-text').inputValue();
  expect(caseText).toContain(DEMO_ORDER_ID);

  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    lost.getByRole('button', { name: 'Dossier de preuves' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mcf-desk-evidence-.+\.html$/);
  const path = await download.path();
  const html = await readFile(path, 'utf8');
  expect(html).toContain(DEMO_ORDER_ID);
  // The demo page's tracking number (scripts/demo/order-page.html), with its Swiship link.
  expect(caseText).toContain('6A12345678901');
  expect(html).toContain('6A12345678901');
  expect(html).toContain('href="https://www.swiship.com/track?id=6A12345678901&amp;loc=fr-FR"');
  // The case text, as the popup offers it (escaped for HTML).
  const escaped = caseText.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  expect(html).toContain(escaped.replaceAll('"', '&quot;').replaceAll("'", '&#39;'));
  expect(html).not.toMatch(/<script/i);
  await expect(lost.getByRole('status').filter({ hasText: 'Dossier de preuves téléchargé' })).toBeVisible();

  // The dashboard: the selected order's pack, one file, with the same reminder.
  const dashboard = await context.newPage();
  await dashboard.goto(popup.url().replace(/popup\.html.*$/, 'dashboard.html#orders'));
  await dashboard.getByTestId('select-all').check();
  await expect(dashboard.getByTestId('evidence-panel').getByTestId('evidence-reminder')).toContainText(
    DEMO_ORDER_ID,
  );
  const [fromDashboard] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByTestId('export-evidence').click(),
  ]);
  const again = await readFile(await fromDashboard.path(), 'utf8');
  expect(again).toContain(DEMO_ORDER_ID);
  expect(again).toContain('6A12345678901');
  expect(again).toContain('data-section="timeline"');
});
