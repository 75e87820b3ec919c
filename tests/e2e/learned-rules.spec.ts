import { readFileSync } from 'node:fs';
import { type LearnedRule, learnedRulesFile, parseLearnedRulesFile } from '../../core/teach/learned-rule';
import { expect, test } from './fixtures';

// The learned rules in the dashboard's settings, in Chromium with the built extension: rules
// stored in the background are listed, one is deleted, the rest is exported to a file that reads
// back, a bad file is refused with its reason and nothing written, and the exported file imports
// back as one rule replaced.

const EDD_RULE: LearnedRule = {
  host: 'sellercentral.amazon.fr',
  field: 'estimatedArrivalDate',
  label: 'arrivee chez le client au plus tard',
  override: false,
  createdAt: '2026-03-05T12:00:00.000Z',
  example: '12 mars 2026',
};
const TRACKING_RULE: LearnedRule = {
  host: 'sellercentral.amazon.de',
  field: 'trackingNumber',
  path: '#sendung>1>0',
  override: true,
  createdAt: '2026-03-06T12:00:00.000Z',
  example: '00340434161234567890',
};

test('learned rules are listed in the settings, deleted, exported, refused when bad and imported back', async ({
  context,
  extensionId,
  askBackground,
}) => {
  expect(await askBackground('learned.import', { rules: [EDD_RULE, TRACKING_RULE] })).toEqual({
    ok: true,
    value: { added: 2, replaced: 0 },
  });

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
  const rows = page.getByTestId('learned-rule');
  await expect(rows).toHaveCount(2);
  // Newest first: the tracking rule, by path, taught as a correction.
  await expect(rows.nth(0)).toContainText('sellercentral.amazon.de');
  await expect(rows.nth(0)).toContainText('#sendung>1>0');
  await expect(rows.nth(0).getByTestId('learned-rule-correction')).toBeVisible();
  await expect(rows.nth(1)).toContainText('arrivee chez le client au plus tard');
  await expect(rows.nth(1)).toContainText('12 mars 2026');

  await rows.nth(0).getByTestId('learned-rule-delete').click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('sellercentral.amazon.fr');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('learned-rules-export').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mcf-desk-learned-rules-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync((await download.path()) as string, 'utf8');
  expect(parseLearnedRulesFile(exported)).toEqual([EDD_RULE]);

  // A file whose rule names a host that is not Seller Central: refused, nothing written.
  const bad = learnedRulesFile([{ ...EDD_RULE, host: 'evil.example.com', label: 'autre libelle' }]);
  await page.getByTestId('learned-rules-import').setInputFiles({
    name: 'rules.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad), 'utf8'),
  });
  await expect(page.getByTestId('learned-rules-error')).toContainText(
    'Not a valid learned-rules file, nothing imported: rules.0.host: not a Seller Central host.',
  );
  await expect(rows).toHaveCount(1);
  expect(await askBackground('learned.list', {})).toEqual({ ok: true, value: [EDD_RULE] });

  await page.getByTestId('learned-rules-import').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(exported, 'utf8'),
  });
  await expect(page.getByTestId('learned-rules-message')).toHaveText(
    /0 ajoutée, 1 remplacée|0 added, 1 replaced/,
  );
  await expect(page.getByTestId('learned-rules-error')).toHaveCount(0);
  await expect(rows).toHaveCount(1);
});
