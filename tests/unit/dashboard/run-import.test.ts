import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportProgress, runImport } from '../../../core/import/run-import';
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
      /Not an SP-API/,
    );
    expect(await h.db.orders.count()).toBe(0);
  });
});
