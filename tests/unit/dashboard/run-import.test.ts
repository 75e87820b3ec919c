import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportProgress, runImport } from '../../../core/import/run-import';
import type { Order } from '../../../core/model/order';
import { makeReport } from '../../fixtures/reports/make-report';
import { DASHBOARD, FR, harness } from './harness';

const fixture = (path: string) => readFileSync(join(__dirname, '../../fixtures', path), 'utf8');

function importer(h: ReturnType<typeof harness>, progress: ImportProgress[] = []) {
  return (text: string) =>
    runImport(text, {
      marketplace: FR,
      observedAt: new Date('2024-12-20T10:00:00Z'),
      chunkSize: 1,
      send: (source, orders) => h.dashboard['import.chunk']({ source, orders }, DASHBOARD),
      onProgress: (p) => progress.push(p),
      rowsPerSlice: 2,
    });
}

describe('runImport', () => {
  it('imports a report in chunks with progress and a summary, and a second time changes nothing', async () => {
    const h = harness();
    const progress: ImportProgress[] = [];
    const run = importer(h, progress);
    const text = fixture('reports/fulfilled-shipments-bad-rows.txt');
    const first = await run(text);
    expect(first).toMatchObject({
      kind: 'report',
      rowsRead: 7,
      orders: 1,
      created: 1,
      updated: 0,
      unchanged: 0,
    });
    expect(first.rejected.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(progress.filter((p) => p.phase === 'reading').map((p) => p.done)).toEqual([2, 4, 6, 7]);
    expect(progress.at(-1)).toEqual({ phase: 'saving', done: 1, total: 1 });
    expect(await run(text)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await h.db.orders.count()).toBe(1);
  });

  it('imports SP-API files (Amazon example responses) as api observations', async () => {
    const h = harness();
    const summary = await importer(h)(fixture('sp-api/getFulfillmentOrder.json'));
    expect(summary).toMatchObject({ kind: 'api', orders: 1, created: 1 });
    const [row] = await h.db.orders.toArray();
    expect(Object.values(row!.order.provenance).every((p) => p.source === 'api')).toBe(true);
  });

  it('writes nothing for a malformed file', async () => {
    const h = harness();
    await expect(importer(h)(fixture('reports/not-a-report.csv'))).rejects.toThrow(
      /Not an "Amazon Fulfilled Shipments" report/,
    );
    await expect(importer(h)('{"payload": {"fulfillmentOrders": [{"x": 1}]}}')).rejects.toThrow(
      /^The fulfillment orders do not match Amazon's getFulfillmentOrder \/ listAllFulfillmentOrders model \(fulfillmentOrders\.0\.sellerFulfillmentOrderId: [^)]*\): nothing was imported\.$/,
    );
    expect(await h.db.orders.count()).toBe(0);
  });

  it('keeps two chunks in flight, sent in order, the last one alone once all others are stored', async () => {
    const { text, mcfOrders } = makeReport(12);
    const events: string[] = [];
    let inFlight = 0;
    let most = 0;
    const options = (fail?: number) => ({
      marketplace: FR,
      observedAt: new Date('2024-12-20T10:00:00Z'),
      chunkSize: 1,
      onProgress: (p: ImportProgress) => {
        if (p.phase === 'saving') events.push(`progress ${p.done}`);
      },
      send: async (_source: string, _orders: Order[], last: boolean) => {
        const index = events.filter((e) => e.startsWith('send')).length;
        events.push(`send ${index}${last ? ' last' : ''} with ${inFlight} on their way`);
        inFlight++;
        most = Math.max(most, inFlight);
        // Replies come back slower than chunks are sent; the failing chunk fails first.
        await new Promise((resolve) => setTimeout(resolve, index === fail ? 2 : 10));
        inFlight--;
        if (index === fail) throw new Error('chunk refused');
        return { created: 1, updated: 0, unchanged: 0 };
      },
    });
    const summary = await runImport(text, options());
    expect(mcfOrders).toBeGreaterThan(2);
    expect(summary).toMatchObject({ orders: mcfOrders, created: mcfOrders });
    expect(most).toBe(2);
    const sends = events.filter((e) => e.startsWith('send'));
    expect(sends).toHaveLength(mcfOrders);
    expect(sends.at(-1)).toBe(`send ${mcfOrders - 1} last with 0 on their way`);
    expect(sends.slice(0, -1).every((e) => !e.includes('last'))).toBe(true);

    // Chunk 1 fails while chunk 0 is still on its way: chunk 0 settles (stored, counted) before
    // the import returns, nothing more is sent, and nothing happens after it returned.
    events.length = 0;
    inFlight = 0;
    const failing = await runImport(text, options(1));
    expect(failing.interrupted).toMatchObject({
      saved: 1,
      stoppedAt: 2,
      reason: 'chunk refused',
      retry: true,
    });
    expect(failing.created).toBe(1);
    expect(inFlight).toBe(0);
    const after = [...events];
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(events).toEqual(after);
    expect(events.filter((e) => e.startsWith('send'))).toHaveLength(2);
    expect(events.filter((e) => e.startsWith('progress'))).toEqual(['progress 0', 'progress 1']);
  });
});
