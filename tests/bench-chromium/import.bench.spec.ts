import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROW_TEXT_TIMING } from '../../components/dashboard/row-cells';
import { mapFulfilledShipments } from '../../core/import/fulfilled-shipments';
import { parseReportText } from '../../core/import/parse-report';
import { marketplaceFor } from '../../core/marketplaces';
import { orderKey } from '../../core/model/order';
import {
  builtExtensionDir,
  extensionIdOf,
  launchWithExtension,
  serviceWorkerOf,
} from '../../scripts/chromium.mjs';
import { makeReport } from '../fixtures/reports/make-report';
import { browserQuiet } from './browser-quiet';
import { seededOrder, storedRow } from './stored-row';

// Import at scale in a real Chromium with the built extension (normal build):
//   MCF_DESK_OUT_DIR=.output-dash npx wxt build
//   MCF_DESK_OUT_DIR=.output-dash npx playwright test -c playwright.bench.config.ts tests/bench-chromium/import.bench.spec.ts
// Figure 1: a 50,000-row report through the dashboard's file input, from the file handed to the
// page until the import summary shows (parse, map, `IMPORT_CHUNK_SIZE`-order chunks validated and
// merged by the background, assessed, written with their indexes, badge). Figure 2, same run,
// same browser: one raw Dexie `bulkPut` of the same mapped orders, as bare rows (key, order,
// dates) into an empty table indexed on `key, updatedAt` only. Targets: figure 1 under 10 s and
// within 3x of figure 2. Prints the figures; asserts only that the import worked.

const ROWS = 50_000;

/**
 * Defines `presented(name)` in a page: when the first element with `elementtiming="<name>"` had
 * its text presented on screen (Element Timing's renderTime, the page's clock); NaN after 5 s.
 */
const DEFINE_PRESENTED = `globalThis.presented = (name) => new Promise((resolve) => {
  const observer = new PerformanceObserver((list) => {
    const times = list.getEntries().filter((e) => e.identifier === name).map((e) => e.renderTime || e.loadTime);
    if (times.length === 0) return;
    observer.disconnect();
    resolve(Math.min(...times));
  });
  observer.observe({ type: 'element', buffered: true });
  setTimeout(() => resolve(Number.NaN), 5000);
})`;

/** One opening of the dashboard, and the raw read after it (ms). */
interface Open {
  askedToShown: number;
  askedToRead: number;
  navToShown: number;
  raw: number;
  rawRead: number;
  rawPainted: number;
  /** Element Timing: the frame with the rows' text presented (the marks stop as that frame begins). */
  navToPresented: number;
  askedToPresented: number;
  rawPresented: number;
}

test('import of a 50,000-row report beside a raw Dexie bulkPut of its orders', async () => {
  test.setTimeout(600_000);
  const { text, mcfOrders } = makeReport(ROWS);
  const now = new Date();
  const mapped = mapFulfilledShipments(parseReportText(text), {
    marketplace: marketplaceFor('sellercentral.amazon.fr')!,
    observedAt: now,
  }).orders;
  expect(mapped).toHaveLength(mcfOrders);
  const rows = mapped.map((order) => ({
    key: orderKey(order),
    order,
    conflicts: [],
    firstSeenAt: now.toISOString(),
    updatedAt: now.toISOString(),
  }));

  const profile = mkdtempSync(join(tmpdir(), 'mcf-desk-bench-'));
  let context = await launchWithExtension({
    extensionDir: builtExtensionDir(),
    headless: true,
    userDataDir: profile,
  });
  try {
    let extensionId = extensionIdOf(await serviceWorkerOf(context));
    let page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html#import`);
    await expect(page.getByTestId('import-marketplace')).toHaveValue('sellercentral.amazon.fr');

    // The import as the page lives it: from the file input's event to the summary's appearance.
    await page.getByTestId('import-file').evaluate((input) => {
      const stamp = (name: string) => Object.assign(globalThis, { [name]: performance.now() });
      input.addEventListener('change', () => stamp('__fileAt'), { capture: true });
      const watch = new MutationObserver(() => {
        if (document.querySelector('[data-testid="import-summary"]')) {
          stamp('__summaryAt');
          watch.disconnect();
        }
      });
      watch.observe(document.body, { childList: true, subtree: true });
    });
    // A file on disk, as a seller picks it: the browser reads it itself (a buffer would first be
    // copied over the DevTools protocol, 1-3 s here, which no seller's import pays).
    const file = join(mkdtempSync(join(tmpdir(), 'mcf-desk-report-')), 'Amazon Fulfilled Shipments.txt');
    writeFileSync(file, text, 'utf8');
    const started = performance.now();
    await page.getByTestId('import-file').setInputFiles(file);
    // The page reads and maps the whole file before it sends the first chunk (a malformed file
    // writes nothing): the saving phase starts once that is done.
    await expect(page.getByText('Enregistrement')).toBeVisible({ timeout: 300_000 });
    const readMs = performance.now() - started;
    await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 300_000 });
    const importMs = performance.now() - started;
    const inPageMs = await page.evaluate(() => {
      const { __fileAt, __summaryAt } = globalThis as unknown as { __fileAt: number; __summaryAt: number };
      return __summaryAt - __fileAt;
    });
    const created = Number((await page.getByTestId('summary-created').textContent())?.replace(/\D/g, ''));
    expect(created).toBe(mcfOrders);

    // Dexie's UMD build, evaluated over the DevTools protocol (the page's CSP allows no inline script).
    const dexieSource = readFileSync(
      createRequire(import.meta.url).resolve('dexie/dist/dexie.min.js'),
      'utf8',
    );
    await page.evaluate(dexieSource);
    const bulkPutMs = await page.evaluate(async (json) => {
      const { Dexie } = globalThis as unknown as {
        Dexie: new (
          name: string,
        ) => {
          version(n: number): { stores(s: object): void };
          table(name: string): { bulkPut(rows: object[]): Promise<unknown> };
          delete(): Promise<void>;
        };
      };
      const db = new Dexie('mcf-desk-bench-raw');
      db.version(1).stores({ orders: 'key, updatedAt' });
      const data = JSON.parse(json) as object[];
      const t0 = performance.now();
      await db.table('orders').bulkPut(data);
      const ms = performance.now() - t0;
      await db.delete();
      return ms;
    }, JSON.stringify(rows));

    // A fresh dashboard on the imported orders: its first page (one index range read) and first paint.
    // (A new document: a hash-only navigation would keep the page and its loaded table.)
    await page.goto('about:blank');
    const tableStart = performance.now();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html#orders`);
    await expect(page.getByTestId('order-row').first()).toBeVisible({ timeout: 120_000 });
    const firstRowsMs = performance.now() - tableStart;
    await expect(page.getByTestId('shown-count')).toContainText(`sur ${mcfOrders.toLocaleString('fr-FR')}`, {
      timeout: 120_000,
    });
    const tableMs = performance.now() - tableStart;

    // 100,000 orders: more orders written straight into the extension's database (Dexie in dynamic
    // mode: the schema is the background's), then the dashboard opened, searched and sorted.
    // Rows as the background writes them (assessment and `listing` in the row, schemas v7 and
    // v11), built here with the extension's own `listingOf`, half with an open Swiship check.
    const extra = 100_000 - mcfOrders;
    const template = rows[0] as (typeof rows)[number];
    const seededRow = (i: number) => {
      const { key, order } = seededOrder(template.order, i);
      return storedRow(key, order, i % 2 === 1, now.toISOString());
    };
    let seeded = 0;
    for (let start = 0; start < extra; start += 5000) {
      const chunk = Array.from({ length: Math.min(5000, extra - start) }, (_, k) => seededRow(start + k));
      await page.evaluate(dexieSource);
      seeded = await page.evaluate(async (json) => {
        const { Dexie } = globalThis as unknown as {
          Dexie: new (
            name: string,
          ) => {
            open(): Promise<unknown>;
            table(name: string): { bulkPut(rows: object[]): Promise<unknown>; count(): Promise<number> };
            close(): void;
          };
        };
        const db = new Dexie('mcf-desk');
        await db.open();
        await db.table('orders').bulkPut(JSON.parse(json));
        const stored = await db.table('orders').count();
        db.close();
        return stored;
      }, JSON.stringify(chunk));
    }

    // The dashboard opened afresh on 100,000 orders, five times, and that twice: in the browser
    // session that wrote them, at once after the writes (its storage still at work on them), then in
    // a new session once the browser is quiet (browser-quiet.ts). After each opening, a raw Dexie read of the
    // first 50 rows by the same index (the default sort, claim deadline), from opening the
    // database to the rows. The page's figure is from its first page's request to the rows
    // painted (marks of use-orders-pages.ts), and from the navigation's start.
    const openAfresh = async (): Promise<{ opens: Open[]; countShownMs: number }> => {
      const opens: Open[] = [];
      let countShownMs = 0;
      for (let run = 0; run < 5; run++) {
        await page.goto('about:blank');
        const openStart = performance.now();
        await page.goto(`chrome-extension://${extensionId}/dashboard.html#orders`);
        // Nothing of Playwright's runs in the page while it loads: its first evaluation in a new page
        // injects Playwright's own scripts (about 20 ms of parsing and compiling on the page's main
        // thread, found in a trace), which landed inside the measured window when the mark was
        // polled. The page is left alone for 1.5 s, then the mark is awaited (already there unless
        // the machine is slow, which the figures would show).
        await page.waitForTimeout(1500);
        await page.waitForFunction(
          () => performance.getEntriesByName('mcf-desk:first-page-shown').length > 0,
          undefined,
          { polling: 50, timeout: 120_000 },
        );
        await expect(page.getByTestId('order-row').first()).toBeVisible({ timeout: 120_000 });
        await expect(page.getByTestId('shown-count')).toContainText(`sur ${seeded.toLocaleString('fr-FR')}`, {
          timeout: 120_000,
        });
        if (run === 0) countShownMs = performance.now() - openStart;
        // Defined by an evaluation of its text (the page's policy allows no `eval` of its own).
        await page.evaluate(DEFINE_PRESENTED);
        const marks = await page.evaluate(async (timing) => {
          const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
          const { presented } = globalThis as unknown as { presented: (name: string) => Promise<number> };
          return {
            asked: at('mcf-desk:first-page-asked'),
            read: at('mcf-desk:first-page-read'),
            shown: at('mcf-desk:first-page-shown'),
            presented: await presented(timing),
          };
        }, ROW_TEXT_TIMING);
        // The dashboard's later reads (the marketplaces' counts, the summary figures) finished first:
        // IndexedDB would still be counting for the page left behind while the raw read opens.
        await expect(page.getByTestId('filter-marketplace').locator('option')).toHaveCount(2, {
          timeout: 120_000,
        });
        await expect(page.getByTestId('figure-claimNow-count')).not.toHaveText('…', { timeout: 120_000 });
        // The raw read in a page of the extension that runs nothing (its manifest), so that no
        // read of the dashboard's competes with it: a new connection, then the 50 rows.
        await page.goto(`chrome-extension://${extensionId}/manifest.json`);
        await page.evaluate(dexieSource);
        await page.evaluate(DEFINE_PRESENTED);
        const raw = await page.evaluate(async () => {
          const { presented } = globalThis as unknown as { presented: (name: string) => Promise<number> };
          const { Dexie } = globalThis as unknown as {
            Dexie: new (
              name: string,
            ) => {
              open(): Promise<unknown>;
              table(name: string): {
                orderBy(index: string): { limit(n: number): { toArray(): Promise<object[]> } };
              };
              close(): void;
            };
          };
          const t0 = performance.now();
          const db = new Dexie('mcf-desk');
          await db.open();
          const t1 = performance.now();
          const got = await db.table('orders').orderBy('listing.claimDeadline').limit(50).toArray();
          const t2 = performance.now();
          db.close();
          if (got.length !== 50) throw new Error(`raw read: ${got.length} rows`);
          // The least a page can do with those rows: a bare table of their listing's values as text
          // nodes, appended at once, until the next frame (as the dashboard's "shown" mark). No
          // framework, no formatting: a floor for any dashboard's "rows painted", not a rival one.
          const table = document.createElement('table');
          for (const row of got as { key: string; listing?: Record<string, unknown> }[]) {
            const tr = table.insertRow();
            for (const value of [row.key, ...Object.values(row.listing ?? {}).slice(0, 9)]) {
              const cell = tr.insertCell();
              cell.textContent = String(value);
              cell.setAttribute('elementtiming', 'floor');
            }
          }
          document.body.append(table);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const t3 = performance.now();
          const t4 = await presented('floor');
          return { raw: t2 - t0, rawRead: t2 - t1, rawPainted: t3 - t0, rawPresented: t4 - t0 };
        });
        opens.push({
          askedToShown: marks.shown - marks.asked,
          askedToRead: marks.read - marks.asked,
          navToShown: marks.shown,
          navToPresented: marks.presented,
          askedToPresented: marks.presented - marks.asked,
          ...raw,
        });
      }
      return { opens, countShownMs };
    };
    const atOnce = await openAfresh();
    // Then in a new browser session on the same profile, as a seller opens the dashboard another
    // day: the extension's process no longer holds what the seeding left in it (5,000-row JSON
    // chunks parsed in an extension page, in the process and heap all extension pages share), and
    // the browser is left to quiet down first.
    await context.close();
    context = await launchWithExtension({
      extensionDir: builtExtensionDir(),
      headless: true,
      userDataDir: profile,
    });
    extensionId = extensionIdOf(await serviceWorkerOf(context));
    page = await context.newPage();
    const quiet = await browserQuiet();
    const settled = await openAfresh();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html#orders`);
    await expect(page.getByTestId('shown-count')).toContainText(`sur ${seeded.toLocaleString('fr-FR')}`, {
      timeout: 120_000,
    });
    const rowsInDom = await page.getByTestId('order-row').count();
    // A kind filter over the orders with a Swiship check (tens of thousands): along the sort
    // index, a page; the count is the index's.
    const unfiltered = (await page.getByTestId('shown-count').textContent()) ?? '';
    let t0 = performance.now();
    await page.getByTestId('filter-kind').selectOption('lost-check');
    await expect(page.getByTestId('shown-count')).not.toHaveText(unfiltered, { timeout: 120_000 });
    const kindMs = performance.now() - t0;
    // The exact count of the filtered orders follows the rows (an index count of its range).
    await expect(page.getByTestId('shown-count')).toHaveText(/^[^+(]* sur [^(]*$/, { timeout: 120_000 });
    const kindCountedMs = performance.now() - t0;
    const kindCount = (await page.getByTestId('shown-count').textContent()) ?? '';
    await page.getByTestId('filter-kind').selectOption('');
    t0 = performance.now();
    await page.getByTestId('search').fill(`403-${String(extra - 1).padStart(7, '0')}`);
    await expect(page.getByTestId('order-row')).toHaveCount(1, { timeout: 120_000 });
    const searchMs = performance.now() - t0;
    await page.getByTestId('search').fill('');
    await expect(page.getByTestId('order-row').nth(1)).toBeVisible();
    await page.waitForTimeout(500);
    const shownBefore = await page.evaluate(
      () => performance.getEntriesByName('mcf-desk:first-page-shown').length,
    );
    t0 = performance.now();
    await page.getByTestId('sort-orderId').click();
    await expect(page.getByTestId('sort-orderId')).toContainText('▲');
    const sortMs = performance.now() - t0;
    // The same first-page marks for a later request (the sort changed) in a page already loaded
    // and idle: how long the page's own read and paint take when nothing else runs beside them.
    await page.waitForFunction(
      (before) => performance.getEntriesByName('mcf-desk:first-page-shown').length > before,
      shownBefore,
    );
    const later = await page.evaluate(() => {
      const last = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN;
      const asked = last('mcf-desk:first-page-asked');
      return {
        read: last('mcf-desk:first-page-read') - asked,
        shown: last('mcf-desk:first-page-shown') - asked,
      };
    });

    console.log(
      [
        `report: ${ROWS.toLocaleString('en')} rows, ${mcfOrders.toLocaleString('en')} MCF orders (${(text.length / 1e6).toFixed(1)} MB)`,
        `whole import through the dashboard: ${(importMs / 1000).toFixed(2)} s (target < 10 s)`,
        `  from the page's file input event to the summary: ${(inPageMs / 1000).toFixed(2)} s (the rest is Playwright's round trips)`,
        `  of which reading and mapping the file in the page: ${(readMs / 1000).toFixed(2)} s; saving through the background: ${((importMs - readMs) / 1000).toFixed(2)} s`,
        `raw Dexie bulkPut of the same ${rows.length.toLocaleString('en')} orders: ${(bulkPutMs / 1000).toFixed(2)} s`,
        `ratio import / raw bulkPut: ${(importMs / bulkPutMs).toFixed(2)}x (target <= 3x)`,
        `dashboard opened afresh on ${mcfOrders.toLocaleString('en')} orders: first rows ${(firstRowsMs / 1000).toFixed(2)} s, count shown ${(tableMs / 1000).toFixed(2)} s (Playwright round trips included)`,
        ...openLines(
          seeded,
          rowsInDom,
          'in the browser session that wrote them, at once after the writes',
          atOnce,
        ),
        `  then a new browser session on the same profile, and ${(quiet.waitedMs / 1000).toFixed(1)} s for it to be quiet (${quiet.measured ? `its processes at ${quiet.lastPercent.toFixed(0)} % of one core${quiet.timedOut ? ', not quieter after 120 s' : ''}` : 'not measured off Linux'})`,
        ...openLines(seeded, rowsInDom, 'in that new session', settled),
        `  a later first page in the loaded page (sort by order id): request to rows in hand ${later.read.toFixed(1)} ms, to rows painted ${later.shown.toFixed(1)} ms`,
        `  filter by kind ("${kindCount}"): rows ${kindMs.toFixed(0)} ms, exact count ${kindCountedMs.toFixed(0)} ms; search one order: ${searchMs.toFixed(0)} ms; sort by order id: ${sortMs.toFixed(0)} ms (Playwright round trips included)`,
      ].join('\n'),
    );
  } finally {
    await context.close();
    // The profile holds the 100,000 orders (about 170 MB).
    rmSync(profile, { recursive: true, force: true });
  }
});

/** The figures of five openings of the dashboard on `seeded` orders. */
function openLines(
  seeded: number,
  rowsInDom: number,
  when: string,
  { opens, countShownMs }: { opens: Open[]; countShownMs: number },
): string[] {
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const runs = (pick: (o: Open) => number, digits = 1) =>
    opens.map((o) => pick(o).toFixed(digits)).join(', ');
  const medOf = (pick: (o: Open) => number) => med(opens.map(pick));
  return [
    `dashboard opened afresh on ${seeded.toLocaleString('en')} orders, ${when}: first rows ${((opens[0]?.navToShown ?? Number.NaN) / 1000).toFixed(2)} s after navigation (in page), count shown ${(countShownMs / 1000).toFixed(2)} s (Playwright's 1.5 s hands-off wait and round trips included; ${rowsInDom} rows in the DOM)`,
    `  first page, request to rows painted (in page): median ${medOf((o) => o.askedToShown).toFixed(1)} ms (runs: ${runs((o) => o.askedToShown)})`,
    `  of which the page's read (request to rows in hand): median ${medOf((o) => o.askedToRead).toFixed(1)} ms (runs: ${runs((o) => o.askedToRead)})`,
    `  navigation start to rows painted (in page): median ${medOf((o) => o.navToShown).toFixed(1)} ms (runs: ${runs((o) => o.navToShown, 0)}) — target < 300 ms`,
    `  raw Dexie read of the first 50 rows by listing.claimDeadline, open included: median ${medOf((o) => o.raw).toFixed(1)} ms (runs: ${runs((o) => o.raw)}); the read alone ${medOf((o) => o.rawRead).toFixed(1)} ms`,
    `  ratio first page / raw read: ${(medOf((o) => o.askedToShown) / medOf((o) => o.raw)).toFixed(2)}x (median of each; target <= 2x)`,
    `  floor: the same raw read, then its rows as a bare text table until the next frame: median ${medOf((o) => o.rawPainted).toFixed(1)} ms (runs: ${runs((o) => o.rawPainted)}), ${(medOf((o) => o.rawPainted) / medOf((o) => o.raw)).toFixed(2)}x the raw read; first page / floor: ${(medOf((o) => o.askedToShown) / medOf((o) => o.rawPainted)).toFixed(2)}x`,
    // The marks above stop as the frame holding the rows begins; Element Timing says when that
    // frame was on screen (after its style, layout, paint and raster: software raster here).
    `  rows on screen (Element Timing: their frame presented): navigation start to rows median ${medOf((o) => o.navToPresented).toFixed(1)} ms (runs: ${runs((o) => o.navToPresented, 0)}); request to rows median ${medOf((o) => o.askedToPresented).toFixed(1)} ms, ${(medOf((o) => o.askedToPresented) / medOf((o) => o.raw)).toFixed(2)}x the raw read; the floor's bare table on screen ${medOf((o) => o.rawPresented).toFixed(1)} ms after the raw read began (${(medOf((o) => o.rawPresented) / medOf((o) => o.raw)).toFixed(2)}x the raw read)`,
  ];
}
