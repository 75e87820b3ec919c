import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from '@playwright/test';
import { mapFulfilledShipments } from '../../core/import/fulfilled-shipments';
import { parseReportText } from '../../core/import/parse-report';
import { marketplaceFor } from '../../core/marketplaces';
import {
  builtExtensionDir,
  extensionIdOf,
  launchWithExtension,
  serviceWorkerOf,
} from '../../scripts/chromium.mjs';
import { makeReport } from '../fixtures/reports/make-report';
import { seededOrder, storedRow } from './stored-row';

// Where the dashboard's first rows spend their time at 100,000 orders: a Chrome trace of one
// opening (the page reloaded on its orders tab), printed as the page's main-thread tasks and the
// IndexedDB events between the first page's request and its rows painted (the marks of
// use-orders-pages.ts). Prints; asserts nothing.
//   npm run build && npx playwright test -c playwright.bench.config.ts first-page-trace

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { functionName?: string; url?: string; type?: string } };
}

/** Wrappers that say nothing of what a task did. */
const QUIET = new Set([
  'ThreadControllerImpl::RunTask',
  'v8.callFunction',
  'SimpleWatcher::OnHandleReady',
  'Receive mojo message',
  'Receive mojo reply',
  'IDBRequest::SendResult',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
]);

test('a Chrome trace of the dashboard’s first rows at 100,000 orders', async () => {
  test.setTimeout(600_000);
  const now = new Date();
  const template = mapFulfilledShipments(parseReportText(makeReport(20).text), {
    marketplace: marketplaceFor('sellercentral.amazon.fr')!,
    observedAt: now,
  }).orders[0]!;
  // Rows as the background writes them, half with an open Swiship check.
  const row = (i: number) => {
    const { key, order } = seededOrder(template, i);
    return storedRow(key, order, i % 2 === 1, now.toISOString());
  };
  const context = await launchWithExtension({ extensionDir: builtExtensionDir(), headless: true });
  try {
    const extensionId = extensionIdOf(await serviceWorkerOf(context));
    const page = await context.newPage();
    const dashboard = `chrome-extension://${extensionId}/dashboard.html`;
    // The dashboard once, so that the background creates the database with its schema.
    await page.goto(`${dashboard}#import`);
    await page.waitForTimeout(1000);
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    await page.evaluate(
      readFileSync(createRequire(import.meta.url).resolve('dexie/dist/dexie.min.js'), 'utf8'),
    );
    for (let start = 0; start < 100_000; start += 5000) {
      const chunk = Array.from({ length: 5000 }, (_, k) => row(start + k));
      await page.evaluate(async (json) => {
        const { Dexie } = globalThis as unknown as {
          Dexie: new (
            name: string,
          ) => {
            open(): Promise<unknown>;
            table(name: string): { bulkPut(rows: object[]): Promise<unknown> };
            close(): void;
          };
        };
        const db = new Dexie('mcf-desk');
        await db.open();
        await db.table('orders').bulkPut(JSON.parse(json));
        db.close();
      }, JSON.stringify(chunk));
    }

    // Opened once on another tab (scripts cached), then reloaded on the orders under the trace.
    await page.goto(`${dashboard}#claims`);
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,blink.user_timing,IndexedDB,toplevel,v8.execute',
      transferMode: 'ReportEvents',
    });
    await page.evaluate(() => {
      location.hash = '#orders';
      location.reload();
    });
    await page.waitForTimeout(3000);
    await cdp.send('Tracing.end');
    await complete;

    const mark = (name: string) =>
      events.find((e) => e.cat?.includes('blink.user_timing') && e.name === `mcf-desk:${name}`);
    const asked = mark('first-page-asked');
    const shown = mark('first-page-shown');
    if (!asked || !shown) throw new Error('the first page marks are not in the trace');
    const t0 = asked.ts;
    const ms = (ts: number) => ((ts - t0) / 1000).toFixed(1).padStart(6);
    const lines = [
      `marks: ${['first-page-asked', 'first-page-read', 'first-page-shown']
        .map((name) => `${name.replace('first-page-', '')} ${ms(mark(name)?.ts ?? Number.NaN).trim()} ms`)
        .join(', ')}`,
      'main thread, tasks of 1 ms or more (start ms, duration ms, what):',
    ];
    const inWindow = (e: TraceEvent) => e.ts >= t0 - 2000 && e.ts <= shown.ts + 2000 && e.ph === 'X';
    const main = events.filter((e) => e.pid === asked.pid && e.tid === asked.tid && inWindow(e));
    for (const task of main.filter(
      (e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) >= 1000,
    )) {
      const end = task.ts + (task.dur ?? 0);
      const inside = main
        .filter((e) => e !== task && e.ts >= task.ts && e.ts <= end && (e.dur ?? 0) >= 500)
        .filter((e) => !QUIET.has(e.name))
        .slice(0, 4)
        .map((e) => {
          const data = e.args?.data;
          const detail = data?.functionName || data?.type || '';
          return `${e.name}${detail ? ` ${detail}` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
        });
      lines.push(`${ms(task.ts)} ${((task.dur ?? 0) / 1000).toFixed(1).padStart(5)}  ${inside.join(' · ')}`);
    }
    lines.push('IndexedDB in the browser (first start ms, what, how many times):');
    const idb = new Map<string, { first: number; times: number }>();
    for (const e of events.filter(
      (e) => e.cat?.includes('IndexedDB') && inWindow(e) && e.pid !== asked.pid,
    )) {
      const seen = idb.get(e.name);
      if (seen) seen.times++;
      else idb.set(e.name, { first: e.ts, times: 1 });
    }
    for (const [name, { first, times }] of idb)
      lines.push(`${ms(first)}  ${name}${times > 1 ? ` ×${times}` : ''}`);
    console.log(lines.join('\n'));
  } finally {
    await context.close();
  }
});
