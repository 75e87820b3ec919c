import { DEMO_ORDER_URL, renderDemoPage, todayInParis } from '../../scripts/demo/render-demo-page.mjs';
import { makeReport, orderIdOf } from '../fixtures/reports/make-report';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { tableLayout } from './table-layout';

// axe-core (pinned in package.json) in the popup, the dashboard and the overlay on an order page:
// no violation of impact "serious" or "critical". The overlay lives in the open shadow root of
// `mcf-desk-overlay`, which axe walks; on the order page only our element is checked, not the
// imitation of Seller Central around it.

test('the overlay on an order page and the popup have no serious or critical axe violation', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  await serve({ [DEMO_ORDER_URL]: renderDemoPage(todayInParis()) });
  const page = await context.newPage();
  await page.goto(DEMO_ORDER_URL);
  await expect(page.locator('mcf-desk-overlay [data-testid="overlay-findings"]')).toBeVisible();
  expect(await seriousViolations(page, 'mcf-desk-overlay')).toEqual([]);
  // axe does look inside the shadow root: a button with no name put there is found.
  await page.evaluate(() => {
    const root = document.querySelector('mcf-desk-overlay')?.shadowRoot;
    root?.querySelector('section.mcf')?.append(document.createElement('button'));
  });
  const planted = await seriousViolations(page, 'mcf-desk-overlay');
  expect(planted.map((v) => v.id)).toContain('button-name');
  // (a target inside a shadow root is [host, selector within the root])
  expect(planted.flatMap((v) => v.nodes).join('\n')).toContain('[["mcf-desk-overlay",".mcf > button"]]');

  // The popup on that order: findings, checklists, return panel, capture panel.
  const popup = await openPopup(`?tab=${await tabIdOf(page)}`);
  await expect(popup.getByTestId('open-dashboard')).toBeVisible();
  await expect(popup.locator('body')).toContainText('402-1234567-1234567');
  expect(await seriousViolations(popup)).toEqual([]);

  // The popup away from an order: the list of orders needing attention.
  const list = await openPopup();
  await expect(list.getByTestId('open-dashboard')).toBeVisible();
  expect(await seriousViolations(list)).toEqual([]);
});

test('the dashboard has no serious or critical axe violation, on each tab', async ({
  context,
  extensionId,
  askBackground,
}) => {
  const { text } = makeReport(50);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#import`);
  await expect(page.getByTestId('import-marketplace')).toHaveValue('sellercentral.amazon.fr');
  await page.getByTestId('import-file').setInputFiles({
    name: 'Amazon Fulfilled Shipments.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('tab-orders').click();
  await expect(page.getByTestId('order-row').first()).toBeVisible();
  await expect(page.getByTestId('swiship-chip').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // No column header is cut: each one's text fits its cell.
  const cut = await page
    .locator('thead th')
    .evaluateAll((cells) =>
      cells
        .filter((c) => c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1)
        .map((c) => c.textContent),
    );
  expect(cut).toEqual([]);
  expect(await tableLayout(page)).toEqual({
    overflows: false,
    outOfWindow: [],
    misaligned: [],
    findingsCut: false,
    wordsBroken: [],
  });

  // The Claims tab with a claim in its list, flagged unpaid (filed 40 days ago), and the gauge.
  const filedOn = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
  expect(
    await askBackground('claims.record', { lines: [{ orderKey: `-/FR/${orderIdOf(0)}` }], filedOn }),
  ).toMatchObject({ ok: true });
  await page.getByTestId('tab-claims').click();
  await expect(page.locator('[data-testid="claim-row"][data-flag="claim-unpaid"]')).toBeVisible();
  await expect(page.getByTestId('gauge-region')).toHaveCount(1);
  expect(await seriousViolations(page), 'claims').toEqual([]);

  for (const tab of ['backup', 'settings']) {
    await page.getByTestId(`tab-${tab}`).click();
    await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
    expect(await seriousViolations(page), tab).toEqual([]);
  }
});

test.describe('browser in de-DE', () => {
  test.use({ browserLocale: 'de-DE' });

  test('the German dashboard: no serious or critical axe violation, no column header cut', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('thead th').nth(1)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const cut = await page
      .locator('thead th')
      .evaluateAll((cells) =>
        cells
          .filter((c) => c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1)
          .map((c) => c.textContent),
      );
    expect(cut).toEqual([]);
    const layout = await tableLayout(page);
    expect([layout.outOfWindow, layout.wordsBroken]).toEqual([[], []]);
  });
});
