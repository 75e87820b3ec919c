import type { BrowserContext, Page } from '@playwright/test';
import {
  DEMO_ORDER_ID,
  DEMO_ORDER_URL,
  renderDemoPage,
  todayInParis,
} from '../../scripts/demo/render-demo-page.mjs';
import { pageWithKatal } from '../fixtures/katal-page';
import { expect, test } from './fixtures';

// The Selling Partner Support case prefill end to end (issue 15 item 7): an extension page asks
// the background to open the contact page of the order's marketplace; the background opens it in
// a new tab and hands the case text to that tab only; the contact-page script waits for the form
// (drawn late), has it filled in the main world, reads it back and shows a small report. Nothing
// is ever sent: each fixture page writes into #submitted when its Send button or form submit runs.
// The pages are our imitations (tests/fixtures/support-forms/README.md).

const CONTACT_FR = 'https://sellercentral.amazon.fr/help/hub/support';
const CONTACT_COM = 'https://sellercentral.amazon.com/help/hub/support';
const CASE_TEXT = [
  'Bonjour,',
  'La commande 402-1234567-1234567 (Ventes Multi-Sites) est perdue : aucun mouvement depuis le 6 mars.',
  'Merci de rembourser les 2 articles.',
].join('\n');

const supportPage = (name: string) => pageWithKatal(`support-forms/${name}`);

/**
 * The tab the background opened at `url`: a page of the context that was not there before.
 * (Found by polling: Playwright's `page` event for a tab an extension opens may come late.)
 */
async function openedTab(context: BrowserContext, url: string, before: ReadonlySet<Page>): Promise<Page> {
  let found: Page | undefined;
  await expect
    .poll(() => {
      found = context.pages().find((page) => !before.has(page) && page.url() === url);
      return found !== undefined;
    })
    .toBe(true);
  await (found as Page).waitForLoadState('domcontentloaded');
  return found as Page;
}

/** Asks for the prefill from an extension page; resolves to the tab the background opened. */
async function prefillFromExtension(
  context: BrowserContext,
  askBackground: (type: string, payload: unknown) => Promise<unknown>,
  payload: { host: string } & Record<string, unknown>,
): Promise<Page> {
  // The helper opens its extension page on first use: that page is not the one we look for.
  await askBackground('settings.get', {});
  const before = new Set(context.pages());
  const reply = await askBackground('support.prefill', payload);
  expect(reply).toMatchObject({ ok: true });
  return openedTab(context, `https://${payload.host}/help/hub/support`, before);
}

const value = (page: Page, selector: string) => page.locator(selector).inputValue();

test('fills the description, subject and order id of a native form; the page saw the input; nothing is sent', async ({
  context,
  serve,
  askBackground,
}) => {
  await serve({ [CONTACT_COM]: supportPage('native-en.html') });
  const tab = await prefillFromExtension(context, askBackground, {
    host: 'sellercentral.amazon.com',
    lang: 'en',
    text: CASE_TEXT,
    subject: 'Lost MCF order',
    orderId: '402-1234567-1234567',
  });
  await expect(tab).toHaveURL(CONTACT_COM);
  const report = tab.getByTestId('support-report');
  await expect(report).toContainText(
    `MCF Desk filled the case description (${CASE_TEXT.length} characters). Check it, then click Send yourself.`,
  );
  await expect(report.locator('li[data-status="filled"]')).toHaveText([
    /^✓ Description \(Description\)/,
    /^✓ Subject \(Subject\)/,
    /^✓ Order ID \(Order ID\)/,
  ]);
  expect(await value(tab, '#description')).toBe(CASE_TEXT);
  expect(await value(tab, '#subject')).toBe('Lost MCF order');
  expect(await value(tab, '#order')).toBe('402-1234567-1234567');
  expect(await value(tab, '#hub-search')).toBe('');
  // The page's own listeners saw each box change; its submit handler never ran.
  await expect(tab.locator('#changes')).toHaveText('description,subject,order');
  await expect(tab.locator('#submitted')).toHaveText('');
});

test('fills a rich-text description as typed text: the editor hears it, its line breaks kept; nothing is sent', async ({
  context,
  serve,
  askBackground,
}) => {
  await serve({ [CONTACT_COM]: supportPage('rich-text-en.html') });
  const tab = await prefillFromExtension(context, askBackground, {
    host: 'sellercentral.amazon.com',
    lang: 'en',
    text: CASE_TEXT,
    subject: 'Lost MCF order',
    orderId: '402-1234567-1234567',
  });
  const report = tab.getByTestId('support-report');
  await expect(report.locator('li[data-status="filled"]')).toHaveText([
    /^✓ Description \(Describe your issue\)/,
    /^✓ Subject \(Subject\)/,
    /^✓ Order ID \(Order ID\)/,
  ]);
  // The editor's own copy, kept from the input events it heard, holds the case text.
  await expect(tab.locator('#model')).toHaveText(CASE_TEXT);
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the seller sees it (line breaks from the <br>s)
  expect(await tab.locator('#editor').innerText()).toBe(CASE_TEXT);
  await expect(tab.locator('#submitted')).toHaveText('');
});

test('waits for a Katal form drawn late and fills the box whose label is only in its shadow root', async ({
  context,
  serve,
  askBackground,
}) => {
  await serve({ [CONTACT_FR]: supportPage('katal-fr.html') });
  const tab = await prefillFromExtension(context, askBackground, {
    host: 'sellercentral.amazon.fr',
    lang: 'fr',
    text: CASE_TEXT,
    subject: 'Commande perdue',
  });
  const report = tab.getByTestId('support-report');
  await expect(report).toContainText(
    `MCF Desk a rempli la description du cas (${CASE_TEXT.length} caractères). Vérifiez, puis cliquez vous-même sur Envoyer.`,
  );
  await expect(report.locator('li')).toHaveText([
    /^✓ Description \(Décrivez votre problème\) — rempli$/,
    /^✓ Objet \(Objet\) — rempli$/,
  ]);
  // What the page's own script reads from the components, once the seller clicks Envoyer.
  await expect(tab.locator('#submitted')).toHaveText('');
  await tab.locator('#send').click();
  expect(JSON.parse((await tab.locator('#submitted').textContent()) ?? '{}')).toEqual({
    subject: 'Commande perdue',
    description: CASE_TEXT,
  });
});

test('with no description box, the report says the text is in the clipboard; nothing is typed anywhere', async ({
  context,
  serve,
  askBackground,
}) => {
  await serve({ [CONTACT_FR]: supportPage('no-box.html') });
  const tab = await prefillFromExtension(context, askBackground, {
    host: 'sellercentral.amazon.fr',
    lang: 'fr',
    text: CASE_TEXT,
  });
  await expect(tab.getByTestId('support-report')).toHaveText(
    /Aucune zone de description trouvée : le texte du cas est dans le presse-papiers, collez-le\./,
    { timeout: 15_000 },
  );
  expect(await value(tab, '#hub-search')).toBe('');
  await expect(tab.locator('#submitted')).toHaveText('');
});

test('two unlabelled boxes are refused: both stay empty, the report says so', async ({
  context,
  serve,
  askBackground,
}) => {
  await serve({ [CONTACT_COM]: supportPage('two-unlabelled.html') });
  const tab = await prefillFromExtension(context, askBackground, {
    host: 'sellercentral.amazon.com',
    lang: 'en',
    text: CASE_TEXT,
  });
  await expect(tab.getByTestId('support-report')).toContainText(
    '2 text boxes without a clear label: MCF Desk filled nothing.',
    { timeout: 15_000 },
  );
  expect(await value(tab, '#first')).toBe('');
  expect(await value(tab, '#second')).toBe('');
  await expect(tab.locator('#submitted')).toHaveText('');
});

test('a contact page the extension did not open is left alone, before and after another tab is filled', async ({
  context,
  serve,
  askBackground,
}) => {
  await serve({ [CONTACT_COM]: supportPage('native-en.html') });
  const own = await context.newPage();
  await own.goto(CONTACT_COM);
  // The seller's own tab, then ours: only ours is filled.
  const tab = await prefillFromExtension(context, askBackground, {
    host: 'sellercentral.amazon.com',
    lang: 'en',
    text: CASE_TEXT,
  });
  await expect(tab.getByTestId('support-report')).toContainText('MCF Desk filled the case description');
  expect(await value(tab, '#description')).toBe(CASE_TEXT);
  // A reload of the seller's tab asks again: the text was handed over once, to our tab only.
  await own.reload();
  await own.waitForTimeout(1500);
  expect(await value(own, '#description')).toBe('');
  await expect(own.getByTestId('support-report')).toHaveCount(0);
  // Our tab reloaded: the text was given once; nothing is filled again.
  await tab.reload();
  await tab.waitForTimeout(1500);
  expect(await value(tab, '#description')).toBe('');
  await expect(tab.getByTestId('support-report')).toHaveCount(0);
});

test('a host outside Seller Central is refused and opens no tab', async ({ context, askBackground }) => {
  await askBackground('settings.get', {});
  const pages = context.pages().length;
  for (const host of ['evil.example', 'sellercentral.amazon.fr.evil.example']) {
    expect(await askBackground('support.prefill', { host, lang: 'fr', text: CASE_TEXT })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  }
  expect(context.pages()).toHaveLength(pages);
});

test('from the popup’s claim step: the case text goes to the clipboard and into the opened contact page', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
}) => {
  await serve({
    [DEMO_ORDER_URL]: renderDemoPage(todayInParis()),
    [CONTACT_FR]: supportPage('katal-fr.html'),
  });
  const orderTab = await context.newPage();
  await orderTab.goto(DEMO_ORDER_URL);
  const popup = await openPopup(`?tab=${await tabIdOf(orderTab)}`);
  const lost = popup.getByTestId('checklist-lost');
  const caseText = await lost.getByTestId('claim-text').inputValue();
  expect(caseText).toContain(DEMO_ORDER_ID);

  const before = new Set(context.pages());
  await lost.getByRole('button', { name: 'Ouvrir le support et préremplir le cas' }).click();
  const tab = await openedTab(context, CONTACT_FR, before);
  await expect(lost.getByRole('status').filter({ hasText: 'Page du support ouverte' })).toContainText(
    'Le texte du cas est aussi dans le presse-papiers.',
  );
  // What the seller pastes elsewhere (reading the clipboard needs a permission an extension
  // page cannot be granted here): the case text.
  const scratch = await context.newPage();
  await scratch.setContent('<textarea id="paste"></textarea>');
  await scratch.locator('#paste').focus();
  await scratch.keyboard.press('Control+V');
  await expect(scratch.locator('#paste')).toHaveValue(caseText);

  await expect(tab).toHaveURL(CONTACT_FR);
  await expect(tab.getByTestId('support-report')).toContainText(
    `MCF Desk a rempli la description du cas (${caseText.length} caractères).`,
  );
  await tab.locator('#send').click();
  expect(JSON.parse((await tab.locator('#submitted').textContent()) ?? '{}')).toMatchObject({
    description: caseText,
  });
});

test('from the dashboard’s prepared case: the case text goes into the opened contact page of the order’s marketplace', async ({
  context,
  serve,
  openPopup,
  tabIdOf,
  extensionId,
}) => {
  await serve({
    [DEMO_ORDER_URL]: renderDemoPage(todayInParis()),
    [CONTACT_FR]: supportPage('native-en.html'),
  });
  // The demo order page stores a lost, claimable order (the popup shows its lost-order checklist).
  const orderTab = await context.newPage();
  await orderTab.goto(DEMO_ORDER_URL);
  const popup = await openPopup(`?tab=${await tabIdOf(orderTab)}`);
  await expect(popup.getByTestId('checklist-lost')).toBeVisible();

  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#claims`);
  await dashboard.getByTestId('tab-claims').click();
  const card = dashboard.getByTestId('case-card').filter({ hasText: DEMO_ORDER_ID });
  await expect(card).toHaveCount(1);
  const caseText = await card.getByTestId('case-text').inputValue();

  const before = new Set(context.pages());
  await card.getByRole('button', { name: 'Ouvrir le support et préremplir le cas' }).click();
  const tab = await openedTab(context, CONTACT_FR, before);
  await expect(card.getByRole('status').filter({ hasText: 'Page du support ouverte' })).toBeVisible();
  await expect(tab.getByTestId('support-report')).toContainText(
    `MCF Desk a rempli la description du cas (${caseText.length} caractères).`,
  );
  expect(await value(tab, '#description')).toBe(caseText);
  // One order in the case: its id goes into the form's order-id box too.
  expect(await value(tab, '#order')).toBe(DEMO_ORDER_ID);
  await expect(tab.locator('#submitted')).toHaveText('');
});

test('a form the Help Hub draws in a frame of its own origin is found and filled from the top page', async ({
  context,
  serve,
  askBackground,
}) => {
  const FRAME = 'https://sellercentral.amazon.com/cu/contact-us?embedded=1';
  await serve({ [CONTACT_COM]: supportPage('framed-hub.html'), [FRAME]: supportPage('native-en.html') });
  const tab = await prefillFromExtension(context, askBackground, {
    host: 'sellercentral.amazon.com',
    lang: 'en',
    text: CASE_TEXT,
  });
  await expect(tab.getByTestId('support-report')).toContainText('MCF Desk filled the case description', {
    timeout: 15_000,
  });
  const frame = tab.frameLocator('#contact-frame');
  await expect(frame.locator('#description')).toHaveValue(CASE_TEXT);
  await expect(frame.locator('#submitted')).toHaveText('');
});
