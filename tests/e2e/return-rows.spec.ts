import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  DEMO_ORDER_ID,
  DEMO_ORDER_URL,
  renderDemoPage,
  todayInParis,
} from '../../scripts/demo/render-demo-page.mjs';
import { expect, test } from './fixtures';

// Issue 14 end to end: two-item "Créer un retour client" forms whose every item row has its own
// "Retour", "Motif du retour" and "Commentaires" (tests/fixtures/return-forms/*-two-items.html,
// written from a description). For each form, every combination (first item only, second only,
// both; one reason for all, one per item) is filled from the popup, then the seller's click on
// "Soumettre" must pass the page's own check (a reason for every row with a unit) and send
// exactly the rows chosen. Then: a page that answers the filler's messages itself, and the popup
// opened on a form whose address carries the seller's own order id.

const RETURN_URL = `https://sellercentral.amazon.fr/returns/create?orderId=${DEMO_ORDER_ID}`;
const SELLER_ID = 'BOUTIQUE-10482';
const FIXTURES = join(process.cwd(), 'tests/fixtures/return-forms');
const SKUS = ['MUG-BLEU-350', 'SOUS-VERRE-LIEGE'] as const;

function returnForm(name: string, extraScript = ''): string {
  const katal = readFileSync(join(FIXTURES, 'katal-imitation.js'), 'utf8').replace(/^export /m, '');
  const html = readFileSync(join(FIXTURES, name), 'utf8').replace('/*KATAL*/', katal);
  // A page script that runs before everything else of the page (and of ours).
  return extraScript ? html.replace('<head>', `<head><script>${extraScript}</script>`) : html;
}

function orderPageLinkingTo(url: string): string {
  const html = renderDemoPage(todayInParis()).replace(
    '<a href="#">Créer un retour client</a>',
    `<a href="${url}">Créer un retour client</a>`,
  );
  if (!html.includes(url)) throw new Error('the demo page no longer has its Create customer return link');
  return html;
}

async function openOrderWithPopup(
  context: BrowserContext,
  openPopup: (query?: string) => Promise<Page>,
  tabIdOf: (page: Page) => Promise<number>,
) {
  const orderTab = await context.newPage();
  await orderTab.goto(DEMO_ORDER_URL);
  const popup = await openPopup(`?tab=${await tabIdOf(orderTab)}`);
  await expect(popup.getByTestId('current-order')).toContainText(DEMO_ORDER_ID);
  return { orderTab, popup };
}

type Mode = 'shared' | 'per-item';
const COMBINATIONS: { name: string; quantities: Record<(typeof SKUS)[number], number> }[] = [
  { name: 'first only', quantities: { 'MUG-BLEU-350': 2, 'SOUS-VERRE-LIEGE': 0 } },
  { name: 'second only', quantities: { 'MUG-BLEU-350': 0, 'SOUS-VERRE-LIEGE': 1 } },
  { name: 'both', quantities: { 'MUG-BLEU-350': 1, 'SOUS-VERRE-LIEGE': 1 } },
];
const OWN = {
  'MUG-BLEU-350': { reason: 'CR-DEFECTIVE', comment: 'Mug fêlé' },
  'SOUS-VERRE-LIEGE': { reason: 'CR-UNWANTED_ITEM', comment: 'Plus souhaité' },
} as const;
const SHARED = { reason: 'CR-DAMAGED_BY_CARRIER', comment: `Colis écrasé, commande ${DEMO_ORDER_ID}` };

async function choose(popup: Page, quantities: Record<string, number>, mode: Mode) {
  const panel = popup.getByTestId('return-panel');
  await panel.getByLabel(mode === 'shared' ? 'les mêmes pour tous les articles' : 'un par article').check();
  for (const sku of SKUS)
    await panel.getByLabel(new RegExp(`^Retour : ${sku}`)).selectOption(String(quantities[sku]));
  if (mode === 'shared') {
    await panel.getByLabel('Motif du retour', { exact: true }).selectOption(SHARED.reason);
    await panel.getByLabel('Commentaires', { exact: true }).fill(SHARED.comment);
  } else {
    for (const sku of SKUS) {
      await panel.getByLabel(`Motif du retour : ${sku}`, { exact: true }).selectOption(OWN[sku].reason);
      await panel.getByLabel(`Commentaires : ${sku}`, { exact: true }).fill(OWN[sku].comment);
    }
  }
  await panel.getByRole('button', { name: 'Remplir le formulaire' }).click();
}

/** The seller's click on Soumettre: the page's own check, then what it would send. */
async function submit(tab: Page): Promise<{ errors: string; sent: Record<string, unknown> | null }> {
  await tab.locator('#submit').click();
  const errors = (await tab.locator('#errors').textContent()) ?? '';
  const sent = (await tab.locator('#submitted').textContent()) ?? '';
  return { errors, sent: sent ? JSON.parse(sent) : null };
}

function expectedRows(quantities: Record<string, number>, mode: Mode) {
  return Object.fromEntries(
    SKUS.map((sku) => {
      const units = quantities[sku] ?? 0;
      const own = mode === 'shared' ? SHARED : OWN[sku];
      return [
        sku,
        {
          quantity: units,
          reason: units > 0 ? own.reason : '',
          comment: units > 0 ? own.comment : '',
        },
      ];
    }),
  );
}

for (const { form, katal } of [
  { form: 'native-fr-two-items.html', katal: false },
  { form: 'katal-fr-two-items.html', katal: true },
]) {
  test(`${form}: every combination fills exactly its rows, and the page's own Submit check accepts it`, async ({
    context,
    serve,
    openPopup,
    tabIdOf,
  }) => {
    test.setTimeout(120_000);
    await serve({ [DEMO_ORDER_URL]: orderPageLinkingTo(RETURN_URL), [RETURN_URL]: returnForm(form) });
    const { orderTab, popup } = await openOrderWithPopup(context, openPopup, tabIdOf);
    let first = true;
    for (const mode of ['shared', 'per-item'] as const) {
      for (const { name, quantities } of COMBINATIONS) {
        await test.step(`${name}, ${mode}`, async () => {
          // A fresh form each time (the first fill opens it from the order page's link).
          if (!first) await orderTab.reload();
          first = false;
          await choose(popup, quantities, mode);
          const report = popup.getByTestId('fill-report');
          const returned = SKUS.filter((sku) => quantities[sku] > 0);
          // Each row's quantity, then its reason and comment when it has a unit, none failed.
          await expect(report.locator('li')).toHaveCount(SKUS.length + returned.length * 2);
          await expect(report.locator('li[data-ok="false"]')).toHaveCount(0);
          for (const sku of returned) {
            await expect(report).toContainText(`Motif du retour (${sku}) : `);
            await expect(report).toContainText(`Commentaires (${sku}) : `);
          }
          // Native fields are read back (✓); Katal dropdowns only the page can see (≈).
          await expect(report.locator('li[data-ok="true"]')).toHaveCount(
            katal ? returned.length : SKUS.length + returned.length * 2,
          );
          await expect(orderTab).toHaveURL(RETURN_URL);
          const { errors, sent } = await submit(orderTab);
          expect(errors).toBe('');
          expect(sent).toEqual({ rows: expectedRows(quantities, mode), internal: 'REF-KEEP' });
        });
      }
    }
  });
}

test('a page that answers the filler’s messages itself gets ✗ lines, not ✓', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  // The page listens first, swallows our "fill" request and answers "filled" for every field.
  const liar = `window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.to !== 'main' || data.op !== 'fill') return;
    event.stopImmediatePropagation();
    window.postMessage({ tag: data.tag, to: 'isolated', id: data.id, outcomes: data.operations.map((op) => ({
      role: op.role, status: 'filled', label: op.label, value: op.value, sku: op.sku, row: op.row, line: op.line,
    })) }, location.origin);
  });`;
  await serve({
    [DEMO_ORDER_URL]: orderPageLinkingTo(RETURN_URL),
    [RETURN_URL]: returnForm('native-fr-two-items.html', liar),
  });
  const { orderTab, popup } = await openOrderWithPopup(context, openPopup, tabIdOf);
  await choose(popup, { 'MUG-BLEU-350': 1, 'SOUS-VERRE-LIEGE': 1 }, 'shared');

  const report = popup.getByTestId('fill-report');
  await expect(report.locator('li')).toHaveCount(6);
  await expect(report.locator('li[data-ok="false"]')).toHaveCount(6);
  await expect(report.locator('li[data-ok="true"]')).toHaveCount(0);
  await expect(report.locator('li').first()).toContainText(
    '✗ Retour (MUG-BLEU-350) : non rempli — relu dans la page : « 0 » au lieu de « 1 »',
  );
  await expect(report).toContainText(`relu dans la page : « » au lieu de « ${SHARED.comment} »`);
  // And indeed the form holds nothing: its own check refuses it.
  const { errors } = await submit(orderTab);
  expect(errors).toContain('Choisissez au moins un article');
});

test('the popup opened on a return form whose address carries the seller’s own id knows the order', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  const formUrl = `https://sellercentral.amazon.fr/returns/create?orderId=${SELLER_ID}`;
  // The form names the order by the seller's id only: no Amazon id in its address or text.
  const form = returnForm('native-fr-two-items.html').replace(
    '<p>Commande 402-1234567-1234567</p>',
    `<p>Commande ${SELLER_ID}</p>`,
  );
  expect(form).not.toContain(DEMO_ORDER_ID);
  await serve({ [DEMO_ORDER_URL]: orderPageLinkingTo(RETURN_URL), [formUrl]: form });
  // The order was stored when its page was seen.
  const orderTab = await context.newPage();
  await orderTab.goto(DEMO_ORDER_URL);
  // Shown once the reading is stored.
  await expect(orderTab.getByTestId('overlay-findings')).toBeVisible();
  await orderTab.goto(formUrl);

  const popup = await openPopup(`?tab=${await tabIdOf(orderTab)}`);
  await expect(popup.getByTestId('current-order')).toContainText(DEMO_ORDER_ID);
  await choose(popup, { 'MUG-BLEU-350': 0, 'SOUS-VERRE-LIEGE': 1 }, 'per-item');
  await expect(popup.getByTestId('fill-report').locator('li[data-ok="true"]')).toHaveCount(4);
  const { errors, sent } = await submit(orderTab);
  expect(errors).toBe('');
  expect(sent).toMatchObject({ rows: { 'SOUS-VERRE-LIEGE': { quantity: 1, reason: 'CR-UNWANTED_ITEM' } } });
});

test('on a page naming no stored order, the popup offers a search among the stored orders', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  const blank = 'https://sellercentral.amazon.fr/returns/create';
  await serve({
    [DEMO_ORDER_URL]: orderPageLinkingTo(RETURN_URL),
    [blank]: returnForm('native-fr-two-items.html').replace('<p>Commande 402-1234567-1234567</p>', ''),
  });
  const orderTab = await context.newPage();
  await orderTab.goto(DEMO_ORDER_URL);
  await expect(orderTab.getByTestId('overlay-findings')).toBeVisible();
  await orderTab.goto(blank);

  const popup = await openPopup(`?tab=${await tabIdOf(orderTab)}`);
  const finder = popup.getByTestId('order-finder');
  await expect(finder).toContainText('Aucune commande enregistrée ne correspond aux numéros de cette page');
  await finder.getByLabel(/Chercher une commande enregistrée/).fill('10482');
  await finder.getByRole('button', { name: 'Chercher' }).click();
  await finder.getByRole('button', { name: `Choisir ${DEMO_ORDER_ID}` }).click();
  await expect(popup.getByTestId('current-order')).toContainText(DEMO_ORDER_ID);
});

test('the seller follows the return in the popup: received defective, the removal reminder appears', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  await serve({ [DEMO_ORDER_URL]: orderPageLinkingTo(RETURN_URL) });
  const orderTab = await context.newPage();
  await orderTab.goto(DEMO_ORDER_URL);
  await expect(orderTab.getByTestId('overlay-findings')).toBeVisible();
  const popup = await openPopup(`?tab=${await tabIdOf(orderTab)}`);
  const tracking = popup.getByTestId('return-tracking');
  await tracking.getByLabel('Numéro du retour (RMA)').fill('DkRMA12345');
  await tracking.getByLabel('État', { exact: true }).selectOption('in-transit');
  await tracking.getByRole('button', { name: "Enregistrer l'état du retour" }).click();
  const checklist = popup.getByTestId('checklist-return');
  // In transit: the slip and the label reached the customer.
  await expect(checklist.locator('li[data-step="return.label"]')).toHaveAttribute('data-by-state', 'true');
  await expect(popup.getByTestId('findings')).toContainText('Retour en cours');

  await tracking.getByLabel('État', { exact: true }).selectOption('received');
  await tracking.getByLabel("État de l'unité reçue").selectOption('Defective');
  await tracking.getByRole('button', { name: "Enregistrer l'état du retour" }).click();
  await expect(popup.getByTestId('findings')).toContainText('Retour reçu invendable');
  await expect(popup.getByTestId('findings')).toContainText('Créez un ordre de retrait');
  await expect(popup.getByTestId('findings')).not.toContainText('Retour en cours');
  await expect(checklist.locator('li[data-step="return.restocked"]')).toHaveAttribute(
    'data-not-applicable',
    'true',
  );
  await expect(checklist.locator('li[data-step="return.removal"]')).not.toHaveAttribute(
    'data-not-applicable',
    'true',
  );
});

test('a form whose rows cannot be told apart is refused with its reason, and nothing is filled', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  // Described: one flat grid, every field a sibling of every other; each SKU followed by its
  // "Retour" and "Motif du retour" drop-downs, nothing grouping an item's fields together.
  const reasons =
    '<option value="">Choisir…</option><option value="CR-DEFECTIVE">Article défectueux</option>';
  const flat = `<!doctype html><html lang="fr-FR"><head><meta charset="utf-8"><title>Créer un retour client</title></head>
    <body><h1>Créer un retour client</h1><p>Commande ${DEMO_ORDER_ID}</p><div class="grid">
      <span>MUG-BLEU-350</span><label>Retour <select><option>0</option><option>1</option><option>2</option></select></label>
      <label>Motif du retour <select>${reasons}</select></label>
      <span>SOUS-VERRE-LIEGE</span><label>Retour <select><option>0</option><option>1</option></select></label>
      <label>Motif du retour <select>${reasons}</select></label>
    </div><button type="button" id="submit">Soumettre</button>
    <script>
      const seen = [];
      document.addEventListener('change', () => seen.push('change'));
      document.getElementById('submit').addEventListener('click', () => { document.title = seen.length + ' changes'; });
    </script></body></html>`;
  await serve({ [DEMO_ORDER_URL]: orderPageLinkingTo(RETURN_URL), [RETURN_URL]: flat });
  const { orderTab, popup } = await openOrderWithPopup(context, openPopup, tabIdOf);
  await choose(popup, { 'MUG-BLEU-350': 1, 'SOUS-VERRE-LIEGE': 0 }, 'shared');

  const report = popup.getByTestId('fill-report');
  await expect(report.locator('li')).toHaveText([
    /^✗ Formulaire : non rempli — impossible de savoir à quel article appartient chaque champ \(Motif du retour\) : rien n'a été rempli/,
  ]);
  await expect(orderTab).toHaveURL(RETURN_URL);
  await orderTab.locator('#submit').click();
  await expect(orderTab).toHaveTitle('0 changes');
});
