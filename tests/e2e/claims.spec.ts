import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  DEMO_ORDER_ID,
  DEMO_ORDER_URL,
  renderDemoPage,
  todayInParis,
} from '../../scripts/demo/render-demo-page.mjs';
import { seriousViolations } from './axe';
import { type ExtensionFixtures, expect, test } from './fixtures';

// Issue 15 items 3–6 end to end in Chromium, through the dashboard as a seller uses it: an MCF
// order imported from a Fulfilled Shipments report, then its carrier status from a
// getPackageTrackingDetails file (Amazon's example response, tests/fixtures/sp-api) → claimable →
// "Prepare cases" → the case recorded with its case id → a Reimbursements report imported → the
// claim shows paid with its amount. A claim filed 40 days ago with no payment is flagged unpaid;
// the gauge shows 1.5 % for 3 claims over 200 MCF orders shipped; a file that is not a
// Reimbursements report is refused with one sentence and nothing is written.

const DAY = 24 * 60 * 60 * 1000;
const ORDER_ID = 'S01-7777777-0000001';
const OLD_ORDER_ID = 'S01-7777777-0000002';
const TRACKING = 'TBA777000111222';
const CASE_ID = '17654321091';

const SHIPMENTS_HEADER =
  'amazon-order-id\tmerchant-order-id\tshipment-id\tshipment-date\treporting-date\tsku\tquantity-shipped\tcarrier\ttracking-number\testimated-arrival-date\tsales-channel';

/** "Amazon Fulfilled Shipments" rows (domain.md §6): ISO instants, `Non-Amazon` for MCF. */
function shipmentsReport(rows: { id: string; shippedDaysAgo: number; tracking: string }[], now: number) {
  const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  return [
    SHIPMENTS_HEADER,
    ...rows.map(
      (r, i) =>
        `${r.id}\tSHOP-${i}\tDz${i}\t${iso(r.shippedDaysAgo)}\t${iso(r.shippedDaysAgo)}\tMUG\t1\tAMZN_FR\t${r.tracking}\t${iso(r.shippedDaysAgo - 10)}\tNon-Amazon`,
    ),
  ].join('\n');
}

/** Amazon's example getPackageTrackingDetails response, for our package, still in transit. */
function trackingFile(tracking: string, now: number): string {
  const example = JSON.parse(
    readFileSync(new URL('../fixtures/sp-api/getPackageTrackingDetails.json', import.meta.url), 'utf8'),
  ).payload as { trackingEvents: Record<string, unknown>[] } & Record<string, unknown>;
  return JSON.stringify({
    payload: {
      ...example,
      trackingNumber: tracking,
      currentStatus: 'IN_TRANSIT',
      currentStatusDescription: 'In transit to the destination address',
      trackingEvents: [{ ...example.trackingEvents[1], eventDate: new Date(now - 28 * DAY).toISOString() }],
    },
  });
}

/**
 * A Reimbursements report as Seller Central France downloads it (domain.md §6 columns): UTF-8
 * with a BOM, tab-separated, CRLF line ends, decimal commas, ISO approval instants. One row pays
 * our case (by case id); the other is an FBA reimbursement no claim recorded here asked for.
 */
function reimbursementsReport(now: number): Buffer {
  const approved = `${new Date(now - 2 * DAY).toISOString().slice(0, 19)}+00:00`;
  const lines = [
    'approval-date\treimbursement-id\tcase-id\tamazon-order-id\treason\tsku\tfnsku\tasin\tproduct-name\tcondition\tcurrency-unit\tamount-per-unit\tamount-total\tquantity-reimbursed-cash\tquantity-reimbursed-inventory\tquantity-reimbursed-total\toriginal-reimbursement-id\toriginal-reimbursement-type',
    `${approved}\t5071234567\t${CASE_ID}\t${ORDER_ID}\tLost_Outbound\tMUG\tX001ABCDEF\tB0TESTMUG1\tMug en grès\tNew\tEUR\t23,50\t23,50\t1\t0\t1\t\t`,
    `${approved}\t5079999999\t\t\tWarehouse_Lost\tSHIRT\tX00SHIRT01\tB0SHIRT001\tT-shirt\tNew\tEUR\t8,10\t8,10\t1\t0\t1\t\t`,
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function importFile(page: Page, name: string, body: string) {
  await page.getByTestId('tab-import').click();
  await page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: name.endsWith('.json') ? 'application/json' : 'text/plain',
    buffer: Buffer.from(body, 'utf8'),
  });
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
}

/** Every stored claim, read from the extension's database in the page (same origin). */
function storedClaims(page: Page): Promise<{ id: string; status: string; payments: unknown[] }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('mcf-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('claims').objectStore('claims').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

function dayAgo(days: number): string {
  // Paris is UTC+1 in winter, +2 in summer: the same calendar day except around midnight UTC.
  return new Date(Date.now() - days * DAY).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
}

async function recordThroughMessage(
  askBackground: ExtensionFixtures['askBackground'],
  payload: Record<string, unknown>,
) {
  const reply = await askBackground('claims.record', payload);
  expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
}

test('claimable → case prepared and recorded with its case id → Reimbursements report → paid with its amount; an old claim is flagged unpaid; a bad file writes nothing', async ({
  context,
  extensionId,
  askBackground,
}) => {
  const now = Date.now();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#import`);
  await expect(page.getByTestId('import-marketplace')).toHaveValue('sellercentral.amazon.fr');
  await importFile(
    page,
    'Amazon Fulfilled Shipments.txt',
    shipmentsReport(
      [
        { id: ORDER_ID, shippedDaysAgo: 30, tracking: TRACKING },
        { id: OLD_ORDER_ID, shippedDaysAgo: 60, tracking: 'TBA777000333444' },
      ],
      now,
    ),
  );
  await expect(page.getByTestId('summary-created')).toHaveText('2');
  await importFile(page, 'getPackageTrackingDetails.json', trackingFile(TRACKING, now));
  await expect(page.getByTestId('summary-updated')).toHaveText('1');

  // A claim filed 40 days ago for the other order, never paid (recorded through the message).
  await recordThroughMessage(askBackground, {
    lines: [{ orderKey: `-/FR/${OLD_ORDER_ID}` }],
    caseId: '17600000001',
    filedOn: dayAgo(40),
  });

  await page.getByTestId('tab-claims').click();
  const cases = page.getByTestId('case-card');
  await expect(cases).toHaveCount(1);
  await expect(cases.getByTestId('case-orders')).toHaveText(ORDER_ID);
  // The case text, in French (amazon.fr's support), names the order and its tracking.
  await expect(cases.getByTestId('case-text')).toHaveValue(/S01-7777777-0000001/);
  await expect(cases.getByTestId('case-text')).toHaveValue(/TBA777000111222/);
  await expect(cases.getByTestId('case-text')).toHaveValue(/Ventes Multi-Sites/);

  // The old claim: flagged unpaid after 30 days, with its next step, in words.
  const oldRow = page.locator(`[data-testid="claim-row"]:has-text("${OLD_ORDER_ID}")`);
  await expect(oldRow).toHaveAttribute('data-flag', 'claim-unpaid');
  await expect(oldRow.getByTestId('claim-flag')).toContainText('Non payée après 30 jours');
  await expect(oldRow.getByTestId('claim-days')).toHaveText('40 j');
  // It can be chased with Selling Partner Support: a follow-up about the same case.
  await expect(oldRow.locator('[data-testid^="claim-support-"]')).toBeVisible();
  // The tab with a case to file, a flagged claim and the gauge: no serious axe violation.
  expect(await seriousViolations(page)).toEqual([]);

  // Record the case with the id Selling Partner Support gave it.
  await cases.getByTestId('case-id-input').fill(CASE_ID);
  await cases.getByTestId('case-record').click();
  await expect(page.getByTestId('case-card')).toHaveCount(0);
  await expect(page.getByTestId('cases-none')).toBeVisible();
  const row = page.locator(`[data-testid="claim-row"]:has-text("${ORDER_ID}")`);
  await expect(row.getByTestId('claim-case-id')).toHaveText(CASE_ID);
  await expect(row).toHaveAttribute('data-status', 'filed');
  await expect(row.getByTestId('claim-status')).toHaveText('Déposée');
  await expect(row.getByTestId('claim-days')).toHaveText('0 j');

  // The order is no longer "to claim now" in the orders table: its claim is filed.
  const orderKinds = await askBackground('order.get', { key: `-/FR/${ORDER_ID}` });
  const kinds = (
    orderKinds as { value: { assessment: { findings: { kind: string }[] } } }
  ).value.assessment.findings.map((f) => f.kind);
  expect(kinds).toContain('claim-filed');
  expect(kinds).not.toContain('lost-claimable');

  // A file that is not a Reimbursements report: one sentence, nothing written.
  const before = await storedClaims(page);
  await page.getByTestId('reimbursements-file').setInputFiles({
    name: 'Amazon Fulfilled Shipments.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(shipmentsReport([{ id: ORDER_ID, shippedDaysAgo: 30, tracking: TRACKING }], now)),
  });
  await expect(page.getByTestId('reimbursements-error')).toContainText(
    'Ce n’est pas un rapport Remboursements',
  );
  await expect(page.getByTestId('reimbursements-error')).not.toContainText('{');
  expect(await storedClaims(page)).toEqual(before);

  // The Reimbursements report: our claim is paid, with its amount in the UI's locale.
  await page.getByTestId('reimbursements-file').setInputFiles({
    name: 'Reimbursements.txt',
    mimeType: 'text/plain',
    buffer: reimbursementsReport(now),
  });
  await expect(page.getByTestId('reimbursements-result')).toHaveText(
    '2 lignes lues, 1 rapprochée d’une réclamation : 1 réclamation payée, 0 payée en partie ; 1 ligne sans réclamation notée ici.',
  );
  await expect(row).toHaveAttribute('data-status', 'paid');
  await expect(row.getByTestId('claim-status')).toHaveText('Payée');
  await expect(row.getByTestId('claim-paid')).toHaveText(/^23,50\s€$/);
  // A paid claim has nothing to chase.
  await expect(row.locator('[data-testid^="claim-support-"]')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await expect(oldRow).toHaveAttribute('data-status', 'filed');
  const paid = (await storedClaims(page)).find((c) => c.status === 'paid');
  expect(paid?.payments).toHaveLength(1);
});

test('the gauge: 3 claims over 200 MCF orders shipped is 1.5 %; the case view warns before a case would cross 2 %', async ({
  context,
  extensionId,
  askBackground,
}) => {
  const now = Date.now();
  const ids = Array.from({ length: 200 }, (_, i) => `S01-5555555-${String(i).padStart(7, '0')}`);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#import`);
  await expect(page.getByTestId('import-marketplace')).toHaveValue('sellercentral.amazon.fr');
  // 200 MCF orders shipped 20 to 170 days ago, all in the last 180 days.
  await importFile(
    page,
    'Amazon Fulfilled Shipments.txt',
    shipmentsReport(
      ids.map((id, i) => ({
        id,
        shippedDaysAgo: 20 + (i % 151),
        tracking: `TBA5555${String(i).padStart(6, '0')}`,
      })),
      now,
    ),
  );
  await expect(page.getByTestId('summary-created')).toHaveText('200');
  // One of them is claimable (its carrier says in transit, 30 days after it shipped).
  await importFile(page, 'getPackageTrackingDetails.json', trackingFile('TBA5555000010', now));
  await expect(page.getByTestId('summary-updated')).toHaveText('1');
  for (const id of ids.slice(0, 3)) {
    await recordThroughMessage(askBackground, { lines: [{ orderKey: `-/FR/${id}` }], filedOn: dayAgo(5) });
  }

  await page.getByTestId('tab-claims').click();
  const eu = page.locator('[data-testid="gauge-region"][data-region="EU"]');
  await expect(eu.getByTestId('gauge-rate')).toHaveText(/^déposées 1,5\s%, payées 0\s%$/);
  await expect(eu.getByTestId('gauge-figures')).toContainText(
    '3 réclamations déposées, 0 payée, pour 200 commandes Ventes Multi-Sites expédiées',
  );
  await expect(eu.getByTestId('gauge-verdict')).toHaveText('sous le seuil rapporté');
  await expect(page.getByTestId('gauge-level-note')).toHaveText(
    'Seuil de 2 % : rapporté par les vendeurs, pas une règle d’Amazon',
  );
  // A 4th claim would make 2 %: not above the level, no warning.
  await expect(page.getByTestId('case-card')).toHaveCount(1);
  await expect(page.getByTestId('case-rate-warning')).toHaveCount(0);

  // With a 4th claim filed, the 5th (this case) would take the rate to 2.5 %: the case warns.
  await recordThroughMessage(askBackground, { lines: [{ orderKey: `-/FR/${ids[3]}` }], filedOn: dayAgo(5) });
  await page.reload();
  await page.getByTestId('tab-claims').click();
  await expect(eu.getByTestId('gauge-rate')).toHaveText(/^déposées 2\s%, payées 0\s%$/);
  await expect(page.getByTestId('case-rate-warning')).toContainText('2,5');
  await expect(page.getByTestId('case-rate-warning')).toContainText('Europe');
});

test('the popup records the claim of the order in the tab, and shows its status', async ({
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
  const panel = popup.getByTestId('claim-panel');
  // The demo order is lost and claimable: the reason comes from that finding.
  await expect(panel.getByTestId('popup-record-claim')).toHaveText('Noter la réclamation (perdue)');
  await expect(panel.getByTestId('popup-claim')).toHaveCount(0);
  expect(await seriousViolations(popup)).toEqual([]);
  await panel.getByLabel('Numéro de dossier (facultatif)').fill('17654321099');
  await panel.getByTestId('popup-record-claim').click();
  await expect(panel.getByRole('status')).toHaveText('Réclamation notée comme déposée aujourd’hui.');
  const claim = panel.getByTestId('popup-claim');
  await expect(claim).toHaveAttribute('data-status', 'filed');
  await expect(claim).toContainText('Déposée');
  await expect(claim).toContainText('dossier 17654321099');
  // Filed: nothing left to record, and the order's findings say the claim is filed.
  await expect(panel.getByTestId('popup-record-claim')).toHaveCount(0);

  // Opened again, the popup reads the claim from the database.
  await popup.close();
  popup = await openPopup(query);
  await expect(popup.getByTestId('popup-claim')).toContainText('dossier 17654321099');
  await expect(popup.getByTestId('current-order')).toContainText(DEMO_ORDER_ID);
  await expect(popup.getByTestId('popup-record-claim')).toHaveCount(0);
});
