import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  DEMO_ORDER_ID,
  DEMO_ORDER_URL,
  renderDemoPage,
  todayInParis,
} from '../../scripts/demo/render-demo-page.mjs';
import { expect, test } from './fixtures';

// The return-authorization prefill end to end: the seller is on an order page, opens the popup
// on it, picks quantities, reason and comment, clicks "Remplir le formulaire"; the popup opens the
// page's "Créer un retour client" link in the same tab and fills the form in the page's main
// world. The test then clicks Submit, as the seller would, and checks what the page's own script
// reads. The forms are our imitations (tests/fixtures/return-forms/README.md).

const RETURN_URL = `https://sellercentral.amazon.fr/returns/create?orderId=${DEMO_ORDER_ID}`;
const FIXTURES = join(process.cwd(), 'tests/fixtures/return-forms');

/** A fixture form with our Katal imitation inlined where it asks for it. */
function returnForm(name: string): string {
  const katal = readFileSync(join(FIXTURES, 'katal-imitation.js'), 'utf8').replace(/^export /m, '');
  return readFileSync(join(FIXTURES, name), 'utf8').replace('/*KATAL*/', katal);
}

/** The demo order page with its "Créer un retour client" link pointing at the form. */
function orderPageLinkingTo(url: string): string {
  const html = renderDemoPage(todayInParis()).replace(
    '<a href="#">Créer un retour client</a>',
    `<a href="${url}">Créer un retour client</a>`,
  );
  if (!html.includes(url)) throw new Error('the demo page no longer has its Create customer return link');
  return html;
}

async function openOrderWithPopup(
  context: import('@playwright/test').BrowserContext,
  openPopup: (query?: string) => Promise<Page>,
  tabIdOf: (page: Page) => Promise<number>,
) {
  const orderTab = await context.newPage();
  await orderTab.goto(DEMO_ORDER_URL);
  const popup = await openPopup(`?tab=${await tabIdOf(orderTab)}`);
  await expect(popup.getByTestId('current-order')).toContainText(DEMO_ORDER_ID);
  return { orderTab, popup };
}

async function submitted(orderTab: Page): Promise<Record<string, unknown>> {
  await orderTab.locator('#submit').click();
  return JSON.parse((await orderTab.locator('#submitted').textContent()) ?? '{}');
}

test('fills a native French return form; the page reads the values when Submit is clicked', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  await serve({
    [DEMO_ORDER_URL]: orderPageLinkingTo(RETURN_URL),
    [RETURN_URL]: returnForm('native-fr.html'),
  });
  const { orderTab, popup } = await openOrderWithPopup(context, openPopup, tabIdOf);

  const panel = popup.getByTestId('return-panel');
  await panel.getByLabel(/MUG-BLEU-350/).selectOption('2');
  await panel.getByLabel(/SOUS-VERRE-LIEGE/).selectOption('1');
  await panel.getByLabel('Motif du retour').selectOption('CR-DEFECTIVE');
  await panel.getByRole('button', { name: 'Remplir le formulaire' }).click();

  const report = popup.getByTestId('fill-report');
  await expect(report.locator('li[data-ok="true"]')).toHaveCount(4);
  await expect(report.locator('li[data-ok="false"]')).toHaveCount(0);
  await expect(orderTab).toHaveURL(RETURN_URL);
  // Never submitted by us: nothing has been read by the page yet.
  await expect(orderTab.locator('#submitted')).toHaveText('');

  expect(await submitted(orderTab)).toEqual({
    quantities: { 'MUG-BLEU-350': '2', 'SOUS-VERRE-LIEGE': '1' },
    reason: 'CR-DEFECTIVE',
    comment: expect.stringContaining(DEMO_ORDER_ID),
    internal: 'REF-KEEP',
    // The page's own change listeners saw each field change.
    changed: ['MUG-BLEU-350', 'SOUS-VERRE-LIEGE', 'reason', 'comments'],
  });
});

test('fills an English form built with Katal components, mapping our reason to the form’s own', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  await serve({
    [DEMO_ORDER_URL]: orderPageLinkingTo(RETURN_URL),
    [RETURN_URL]: returnForm('katal-en.html'),
  });
  const { orderTab, popup } = await openOrderWithPopup(context, openPopup, tabIdOf);

  const panel = popup.getByTestId('return-panel');
  await panel.getByLabel(/MUG-BLEU-350/).selectOption('1');
  // One of our suggestions: the form calls it "Damaged by carrier" under its own code.
  await panel.getByLabel('Motif du retour').selectOption('CR-DAMAGED_BY_CARRIER');
  await panel.getByLabel('Commentaires').fill(`Parcel crushed, order ${DEMO_ORDER_ID}`);
  await panel.getByRole('button', { name: 'Remplir le formulaire' }).click();

  const report = popup.getByTestId('fill-report');
  // The Katal dropdowns keep their value where only the page's scripts see it: "confirmé par la
  // page" (≈), never ✓; the comment's inner textarea is read back by the extension itself.
  await expect(report.locator('li[data-ok="page"]')).toHaveCount(3);
  await expect(report.locator('li[data-ok="true"]')).toHaveText([/^✓ Commentaires : rempli/]);
  await expect(report.locator('li[data-ok="false"]')).toHaveCount(0);

  // Back in the popup, the reasons are now the form's own.
  await expect(
    panel.getByLabel('Motif du retour').locator('option', { hasText: 'No longer needed' }),
  ).toHaveCount(1);

  expect(await submitted(orderTab)).toEqual({
    quantities: { 'MUG-BLEU-350': '1', 'SOUS-VERRE-LIEGE': '0' },
    reason: 'CR-DAMAGED_BY_CARRIER',
    comment: `Parcel crushed, order ${DEMO_ORDER_ID}`,
    internal: 'REF-KEEP',
  });
});

test('fills a form drawn by a script out of plain elements through the page’s own handlers: steppers, a listbox, a rich-text box', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  await serve({
    [DEMO_ORDER_URL]: orderPageLinkingTo(RETURN_URL),
    [RETURN_URL]: returnForm('widgets-fr.html'),
  });
  const { orderTab, popup } = await openOrderWithPopup(context, openPopup, tabIdOf);

  const panel = popup.getByTestId('return-panel');
  await panel.getByLabel(/MUG-BLEU-350/).selectOption('2');
  await panel.getByLabel(/SOUS-VERRE-LIEGE/).selectOption('1');
  await panel.getByLabel('Motif du retour').selectOption('CR-DAMAGED_BY_CARRIER');
  await panel.getByLabel('Commentaires').fill('Colis écrasé <1 cm\nLe client garde la boîte.');
  await panel.getByRole('button', { name: 'Remplir le formulaire' }).click();

  const report = popup.getByTestId('fill-report');
  await expect(report.locator('li[data-ok="true"]')).toHaveCount(4);
  await expect(report.locator('li[data-ok="false"]')).toHaveCount(0);
  await expect(orderTab.locator('#submitted')).toHaveText('');
  // What the page's script holds, not only what the DOM shows: the clicks and the typing went
  // through its handlers.
  expect(await submitted(orderTab)).toEqual({
    quantities: { 'MUG-BLEU-350': 2, 'SOUS-VERRE-LIEGE': 1 },
    reason: 'CR-DAMAGED_BY_CARRIER',
    comment: 'Colis écrasé <1 cm\nLe client garde la boîte.',
  });
  await expect(orderTab.locator('#comments')).toHaveText(/Colis écrasé <1 cm/);
});

test('on a partial form, says exactly what it could not fill, fills the rest and nothing else', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  await serve({
    [DEMO_ORDER_URL]: orderPageLinkingTo(RETURN_URL),
    [RETURN_URL]: returnForm('katal-fr-partial.html'),
  });
  const { orderTab, popup } = await openOrderWithPopup(context, openPopup, tabIdOf);

  const panel = popup.getByTestId('return-panel');
  await panel.getByLabel(/SOUS-VERRE-LIEGE/).selectOption('1');
  await panel.getByLabel(/MUG-BLEU-350/).selectOption('1');
  await panel.getByLabel('Motif du retour').selectOption('CR-DEFECTIVE');
  await panel.getByRole('button', { name: 'Remplir le formulaire' }).click();

  const report = popup.getByTestId('fill-report');
  await expect(report.locator('li')).toHaveCount(4);
  await expect(report.locator('li[data-ok="page"]')).toHaveText([
    '≈ Retour (MUG-BLEU-350) : confirmé par la page',
  ]);
  await expect(report.locator('li[data-ok="false"]')).toHaveText([
    /Retour \(SOUS-VERRE-LIEGE\) : non rempli — l'article n'a pas de ligne dans le formulaire/,
    /Motif du retour : non rempli — le motif « CR-DEFECTIVE » n'est pas proposé par le formulaire/,
    /Commentaires : non rempli — champ introuvable sur la page/,
  ]);

  expect(await submitted(orderTab)).toEqual({
    quantities: { 'MUG-BLEU-350': '1' },
    reason: '',
    internal: 'REF-KEEP',
  });
});

test('refuses to fill another order’s form when the tab moved to it, and fills nothing', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  const otherId = '402-7654321-7654321';
  const otherReturnUrl = `https://sellercentral.amazon.fr/returns/create?orderId=${otherId}`;
  await serve({
    [DEMO_ORDER_URL]: orderPageLinkingTo(RETURN_URL),
    [otherReturnUrl]: returnForm('native-fr.html'),
  });
  const { orderTab, popup } = await openOrderWithPopup(context, openPopup, tabIdOf);
  // The seller moves the tab to another order's "Créer un retour client" form.
  await orderTab.goto(otherReturnUrl);

  const panel = popup.getByTestId('return-panel');
  await panel.getByLabel(/MUG-BLEU-350/).selectOption('2');
  await panel.getByLabel('Motif du retour').selectOption('CR-DEFECTIVE');
  await panel.getByRole('button', { name: 'Remplir le formulaire' }).click();

  await expect(panel.getByRole('alert')).toContainText(
    `est celui de la commande ${otherId}, pas de la commande ${DEMO_ORDER_ID}`,
  );
  await expect(panel.getByRole('alert')).toContainText("rien n'a été rempli");
  await expect(popup.getByTestId('fill-report')).toHaveCount(0);
  const seen = await submitted(orderTab);
  expect(seen.changed).toEqual([]);
  expect(seen.reason).toBe('');
  expect(String(seen.comment)).not.toContain(DEMO_ORDER_ID);
});
