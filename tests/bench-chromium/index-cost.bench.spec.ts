import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from '@playwright/test';
import { LISTING_SEP } from '../../core/export/order-listing';
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
import { storedRow } from './stored-row';

// What the dashboard's indexes cost a write, by index set: the same ~30,000 order rows put with
// Dexie in chunks of 2,000 (as an import writes them), each set in a fresh browser profile (a
// database deleted in the same profile leaves compaction behind that slows the next one), in one
// order then the reverse. Sets: the schema before the dashboard's indexes (v10); v11 as shipped
// (sort keys `<value>\u0001<order key>`); v11's indexes on plain values (ties would then be broken
// by the primary key); and fewer sorts. Prints seconds and MiB; asserts nothing.
//   npm run build && npx playwright test -c playwright.bench.config.ts index-cost

const V10 = 'key, updatedAt, *ids, nextReviewAt, attention, *kinds, shipped';
const SORTS = 'orderId, countryCode, status, shipDate, edd, carrier, tracking, findings, claimDeadline';
const on = (field: string, names: string) =>
  names
    .split(', ')
    .map((n) => `${field}.${n}`)
    .join(', ');
const SETS: Record<string, { schema: string; field: 'listing' | 'plain' | null }> = {
  'v10 (no listing)': { schema: V10, field: null },
  'v11 as shipped': {
    schema: `${V10}, ${on('listing', `${SORTS}, due`)}, *listing.terms, *listing.allKinds`,
    field: 'listing',
  },
  'v11, plain values': {
    schema: `${V10}, ${on('plain', `${SORTS}, due`)}, *plain.terms, *plain.allKinds`,
    field: 'plain',
  },
  'v11 without status, carrier, tracking, updatedAt': {
    schema: `${V10.replace(' updatedAt,', '')}, ${on('plain', 'orderId, countryCode, shipDate, edd, findings, claimDeadline, due')}, *plain.terms, *plain.allKinds`,
    field: 'plain',
  },
};

test('write cost of the dashboard indexes', async () => {
  test.setTimeout(900_000);
  const now = new Date();
  const orders = mapFulfilledShipments(parseReportText(makeReport(40_000).text), {
    marketplace: marketplaceFor('sellercentral.amazon.fr')!,
    observedAt: now,
  }).orders;
  const rows = orders.map((order, i) => {
    const { listing, ...row } = storedRow(orderKey(order), order, i % 2 === 1, now.toISOString());
    const plain = Object.fromEntries(
      Object.entries(listing).map(([k, v]) => [k, typeof v === 'string' ? v.split(LISTING_SEP)[0] : v]),
    );
    return { ...row, shipped: 'EU|2026-11-01', listing, plain };
  });
  const dexieSource = readFileSync(createRequire(import.meta.url).resolve('dexie/dist/dexie.min.js'), 'utf8');
  const names = Object.keys(SETS);
  const lines: string[] = [`${rows.length.toLocaleString('en')} order rows, chunks of 2,000`];
  for (const name of [...names, ...[...names].reverse()]) {
    const set = SETS[name] as (typeof SETS)[string];
    const data = rows.map(({ listing, plain, ...rest }) =>
      set.field === 'listing' ? { ...rest, listing } : set.field === 'plain' ? { ...rest, plain } : rest,
    );
    const context = await launchWithExtension({ extensionDir: builtExtensionDir(), headless: true });
    try {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionIdOf(await serviceWorkerOf(context))}/manifest.json`);
      await page.evaluate(dexieSource);
      const figures = await page.evaluate(
        async ({ json, schema }) => {
          const { Dexie } = globalThis as unknown as {
            Dexie: new (
              name: string,
            ) => {
              version(n: number): { stores(s: object): void };
              open(): Promise<unknown>;
              table(name: string): { bulkPut(rows: object[]): Promise<unknown> };
            };
          };
          const all = JSON.parse(json) as object[];
          const db = new Dexie('index-cost');
          db.version(1).stores({ orders: schema });
          await db.open();
          const t0 = performance.now();
          for (let i = 0; i < all.length; i += 2000) await db.table('orders').bulkPut(all.slice(i, i + 2000));
          const ms = performance.now() - t0;
          const { usage } = await navigator.storage.estimate();
          return { ms, usage: usage ?? 0 };
        },
        { json: JSON.stringify(data), schema: set.schema },
      );
      lines.push(
        `${name.padEnd(50)} ${(figures.ms / 1000).toFixed(2)} s, ${(figures.usage / 2 ** 20).toFixed(0)} MiB stored`,
      );
    } finally {
      await context.close();
    }
  }
  console.log(lines.join('\n'));
});
