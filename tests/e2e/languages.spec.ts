import { readFileSync } from 'node:fs';
import { DASHBOARD_TEXTS } from '../../components/dashboard/texts';
import { OVERLAY_TEXTS } from '../../components/overlay/texts';
import { POPUP_TEXTS } from '../../components/popup/texts';
import { ORDER_STATUS } from '../../components/status-text';
import type { Lang } from '../../core/i18n/lang';
import { PAGE_FIXTURES } from '../fixtures/pages/index';
import { makeReport } from '../fixtures/reports/make-report';
import { expect, test } from './fixtures';
import { tableLayout } from './table-layout';

// With the browser in German, Spanish or Italian (Chromium `--lang`), on an order page of the
// matching marketplace, the overlay, the popup and the dashboard speak that language.

const FIXTURES_DIR = new URL('../fixtures/pages/', import.meta.url);

const CASES: { lang: Lang; locale: string; file: string }[] = [
  { lang: 'de', locale: 'de-DE', file: 'de-dl-delivered.html' },
  { lang: 'es', locale: 'es-ES', file: 'es-grid-unshipped.html' },
  { lang: 'it', locale: 'it-IT', file: 'it-table-missing-edd.html' },
];

for (const { lang, locale, file } of CASES) {
  test.describe(`browser in ${locale}`, () => {
    test.use({ browserLocale: locale });

    test(`the overlay, the popup and the dashboard speak ${lang} on ${file}`, async ({
      context,
      serve,
      serviceWorker,
      extensionId,
      openPopup,
      tabIdOf,
    }) => {
      // The browser's interface language is the one asked for.
      const uiLanguage = await serviceWorker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
        ).chrome.i18n.getUILanguage(),
      );
      expect(
        uiLanguage,
        `Chromium has no ${locale} language pack (Debian: apt-get install chromium-l10n)`,
      ).toMatch(new RegExp(`^${lang}`));

      const fixture = PAGE_FIXTURES.find((f) => f.file === file);
      if (!fixture) throw new Error(`no fixture ${file}`);
      expect(new URL(fixture.url).hostname).toBe(`sellercentral.amazon.${lang}`);
      await serve({ [fixture.url]: readFileSync(new URL(file, FIXTURES_DIR), 'utf8') });
      const page = await context.newPage();
      await page.goto(fixture.url);

      const o = OVERLAY_TEXTS[lang];
      const overlay = page.locator('mcf-desk-overlay section.mcf');
      await expect(overlay).toHaveAttribute('aria-label', o.region);
      await expect(overlay).toContainText(o.order);
      await expect(overlay).toContainText(o.shipDate);
      await expect(overlay).toContainText(o.carrier);
      await expect(page.locator('mcf-desk-overlay button.mcf-toggle')).toHaveAccessibleName(o.collapse);

      const p = POPUP_TEXTS[lang];
      const popup = await openPopup(`?tab=${await tabIdOf(page)}`);
      await expect(popup.getByTestId('open-dashboard')).toHaveText(p.openDashboard);
      await expect(popup.locator('body')).toContainText(p.order);
      await expect(popup.locator('body')).toContainText(p.capturePage);

      const d = DASHBOARD_TEXTS[lang];
      const dashboard = await context.newPage();
      await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
      await expect(dashboard).toHaveTitle(d.title);
      await expect(dashboard.locator('html')).toHaveAttribute('lang', lang);
      await expect(dashboard.getByRole('tab', { name: d.tabs.settings })).toBeVisible();
      await expect(dashboard.getByRole('columnheader', { name: d.columns.shipDate })).toBeVisible();
      // The stored order's status in words of the language, never the code.
      const statuses = Object.values(ORDER_STATUS[lang]);
      await expect
        .poll(async () => {
          const text = (await dashboard.locator('tbody').textContent()) ?? '';
          return statuses.some((s) => text.includes(s));
        })
        .toBe(true);

      // With the widest row of all (the answers to a Swiship check and its link, in this language),
      // the table fits the window and nothing of the row or of the headers is cut.
      await dashboard.getByTestId('tab-import').click();
      await dashboard.getByTestId('import-file').setInputFiles({
        name: 'report.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(makeReport(20).text, 'utf8'),
      });
      await expect(dashboard.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
      await dashboard.getByTestId('tab-orders').click();
      await dashboard.getByTestId('filter-kind').selectOption('lost-check');
      await expect(dashboard.getByTestId('order-row').first().getByTestId('swiship-chip')).toHaveText(
        d.kinds['lost-check'],
      );
      await expect(
        dashboard.getByTestId('order-row').first().getByTestId('answer-not-delivered'),
      ).toBeVisible();
      expect(await tableLayout(dashboard)).toEqual({
        overflows: false,
        outOfWindow: [],
        misaligned: [],
        findingsCut: false,
        wordsBroken: [],
      });
    });
  });
}
