import { resolve } from 'node:path';
import { test } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from '../../scripts/chromium.mjs';

// Background at scale, in a real Chromium (IndexedDB is the cost). Needs a bench build, which
// exposes the worker's db and functions on `globalThis.__mcfDeskBench` (MODE === 'bench' only):
//   MCF_DESK_OUT_DIR=.output-bench npx wxt build --mode bench
//   MCF_DESK_OUT_DIR=.output-bench npm run bench:chromium -- background
// (WXT writes a non-production mode to `chrome-mv3-bench`.)
// Prints figures; asserts nothing about time (machines differ): targets are a median under 100 ms
// and a p95 under 200 ms per alarm tick with 100 due orders among 100,000 (30 ticks), a full
// re-assessment after a settings change within 2x a raw `bulkPut` of the same rows (same run, same
// schema), and 20 ms to store one reading.

const TOTAL = 100_000;
const DUE = 100;
const TICKS = 30;

const BENCH_BUILD = resolve(process.env.MCF_DESK_OUT_DIR ?? '.output-bench', 'chrome-mv3-bench');

test('background at 100,000 orders: alarm tick, full re-assessment, one reading, storage', async () => {
  test.setTimeout(900_000);
  const context = await launchWithExtension({ extensionDir: BENCH_BUILD, headless: true });
  const serviceWorker = await serviceWorkerOf(context);
  const figures = await serviceWorker.evaluate(
    async ({ TOTAL, DUE, TICKS }) => {
      interface Bench {
        db: {
          orders: {
            count(): Promise<number>;
            bulkUpdate(u: { key: string; changes: object }[]): Promise<number>;
            toCollection(): { primaryKeys(): Promise<string[]> };
            toArray(): Promise<object[]>;
          };
          settings: {
            get(id: string): Promise<{ value: object } | undefined>;
            put(row: object): Promise<unknown>;
          };
          meta: { get(id: string): Promise<{ value: string | null } | undefined> };
        };
        background: { tick(): Promise<{ reviewed: number }>; afterWrite(): Promise<void> };
        storeObservations(db: unknown, orders: object[], source: string, now: Date): Promise<object>;
        reassessAll(db: unknown, now: Date): Promise<{ reviewed: number }>;
      }
      const bench = (globalThis as unknown as { __mcfDeskBench: Bench }).__mcfDeskBench;
      const marketplace = {
        host: 'sellercentral.amazon.fr',
        countryCode: 'FR',
        locale: 'fr-FR',
        timeZone: 'Europe/Paris',
      };
      const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
      const makeOrder = (i: number, eddAgo: number) => ({
        sellerFulfillmentOrderId: `BENCH-${String(i).padStart(7, '0')}`,
        marketplace,
        purpose: 'customer',
        items: [{ sellerSku: `SKU-${i % 500}`, quantity: 1 }],
        shipments: [
          {
            amazonShipmentId: `S${i}`,
            fulfillmentShipmentStatus: 'SHIPPED',
            shippingDate: day(eddAgo + 4),
            estimatedArrivalDate: day(eddAgo),
            packages: [
              {
                carrierCode: 'Colissimo',
                trackingNumber: `6A${i}`,
                currentStatus: i % 3 ? 'DELIVERED' : 'IN_TRANSIT',
                events: [],
              },
            ],
          },
        ],
        returns: [],
        provenance: {},
      });
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
      const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] as number;
      const estimate = async () => (await navigator.storage.estimate()).usage ?? 0;

      const before = await estimate();
      const seedStart = performance.now();
      for (let start = 0; start < TOTAL; start += 2000) {
        const batch = Array.from({ length: 2000 }, (_, k) => makeOrder(start + k, (start + k) % 120));
        await bench.storeObservations(bench.db, batch, 'report', new Date());
      }
      const seedMs = performance.now() - seedStart;
      // As the import handler does after each chunk: the notifications the seeding raised are
      // shown (grouped), so the ticks below time the due orders, not a backlog of notifications.
      const showStart = performance.now();
      await bench.background.afterWrite();
      const showMs = performance.now() - showStart;
      const after = await estimate();

      // Make DUE orders due (other ones each run), then time one alarm tick (query, assess, write,
      // badge, next alarm).
      const allKeys = await bench.db.orders.toCollection().primaryKeys();
      const makeDue = async (run: number) => {
        const picked = Array.from(
          { length: DUE },
          (_, k) => allKeys[(k * 997 + run * 31) % allKeys.length] as string,
        );
        await bench.db.orders.bulkUpdate(
          picked.map((key) => ({ key, changes: { nextReviewAt: '2000-01-01T00:00:00.000Z' } })),
        );
      };
      const ticks: number[] = [];
      let reviewed = 0;
      for (let run = 0; run < TICKS; run++) {
        await makeDue(run);
        const t0 = performance.now();
        reviewed = (await bench.background.tick()).reviewed;
        ticks.push(performance.now() - t0);
      }

      // One page reading that changes an order (merge, assess, write, badge, next alarm), before
      // the full re-assessment below: after it, the benchmark's own raw copy of 100,000 rows is
      // deleted and IndexedDB compacts it for seconds, which no seller's reading meets.
      const stores: number[] = [];
      for (let run = 0; run < 20; run++) {
        const changed = makeOrder(run * 4001, 3 + (run % 5));
        const t0 = performance.now();
        await bench.storeObservations(bench.db, [changed], 'page', new Date());
        await bench.background.afterWrite();
        stores.push(performance.now() - t0);
      }
      // A settings change (claim window 90 → 60 days) re-assesses every order; the dashboard
      // follows its progress in meta (polled here as the dashboard does, every second).
      const settings = (await bench.db.settings.get('app'))?.value ?? {};
      await bench.db.settings.put({ id: 'app', value: { ...settings, claimWindowDays: 60 } });
      const progressSeen: string[] = [];
      const poll = setInterval(async () => {
        const row = await bench.db.meta.get('reassess-all-progress');
        if (row?.value) progressSeen.push(row.value);
      }, 1000);
      const rowsBefore = await bench.db.orders.toArray();
      const fullStart = performance.now();
      const full = await bench.reassessAll(bench.db, new Date());
      const fullMs = performance.now() - fullStart;
      clearInterval(poll);
      const afterRows = await bench.db.orders.toArray();
      let rewritten = 0;
      for (let i = 0; i < afterRows.length; i++)
        if (JSON.stringify(afterRows[i]) !== JSON.stringify(rowsBefore[i])) rewritten++;
      // The same rows, as the pass left them, put raw into an empty database of the same schema.
      const Raw = bench.db.constructor as new (
        name: string,
      ) => {
        orders: { bulkPut(rows: object[]): Promise<unknown> };
        delete(): Promise<void>;
        open(): Promise<unknown>;
      };
      const raw = new Raw('mcf-desk-bench-raw');
      await raw.open();
      const rawStart = performance.now();
      await raw.orders.bulkPut(afterRows);
      const rawMs = performance.now() - rawStart;
      await raw.delete();

      return {
        orders: await bench.db.orders.count(),
        seedMs,
        showMs,
        reviewed,
        tickMs: median(ticks),
        tickP95: p95(ticks),
        ticks,
        fullReviewed: full.reviewed,
        fullMs,
        rewritten,
        rawMs,
        progressSeen,
        storeMs: median(stores),
        bytesPer10k: ((after - before) / TOTAL) * 10_000,
      };
    },
    { TOTAL, DUE, TICKS },
  );
  console.log(
    `orders stored: ${figures.orders} (seeded through storeObservations in ${(figures.seedMs / 1000).toFixed(1)} s; the notifications it raised shown in ${figures.showMs.toFixed(0)} ms)`,
  );
  console.log(
    `alarm tick, ${figures.reviewed} due of ${TOTAL}, ${figures.ticks.length} ticks: median ${figures.tickMs.toFixed(1)} ms, p95 ${figures.tickP95.toFixed(1)} ms (runs: ${figures.ticks.map((t) => t.toFixed(0)).join(', ')}) — targets < 100 ms, < 200 ms`,
  );
  console.log(
    `full re-assessment of ${figures.fullReviewed} orders after a settings change (${figures.rewritten} rows rewritten): ${figures.fullMs.toFixed(0)} ms; raw bulkPut of the same ${figures.orders} rows, same schema: ${figures.rawMs.toFixed(0)} ms; ratio ${(figures.fullMs / figures.rawMs).toFixed(2)}x — target <= 2x`,
  );
  const seen = figures.progressSeen;
  console.log(
    `  progress the dashboard would show, polled every second: ${seen.length} readings, first ${seen[0] ?? '(none)'}, last ${seen.at(-1) ?? '(none)'}`,
  );
  console.log(`store one reading: median ${figures.storeMs.toFixed(1)} ms — target < 20 ms`);
  console.log(
    `IndexedDB size: ${(figures.bytesPer10k / 1_048_576).toFixed(2)} MiB per 10,000 orders (navigator.storage.estimate)`,
  );
  await context.close();
});
