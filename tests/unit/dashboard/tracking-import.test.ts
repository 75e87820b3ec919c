import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../core/import/run-import';
import { ordersHoldingPackages } from '../../../entrypoints/dashboard/orders-source';
import { DASHBOARD, FR, harness } from './harness';

// The dashboard's import of a getPackageTrackingDetails file, through the background's handlers
// and a real (in-memory) database: Amazon's example response, copied to tests/fixtures/sp-api.
const EXAMPLE = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/sp-api/getPackageTrackingDetails.json'), 'utf8'),
).payload as Record<string, unknown>;
const TRACKING = '1Z50V7420354708051';

const REPORT = [
  'amazon-order-id\tmerchant-order-id\tshipment-id\tshipment-date\treporting-date\tsku\tquantity-shipped\tcarrier\ttracking-number\testimated-arrival-date\tsales-channel',
  `S01-1111111-0000001\tSHOP-1\tDkXyZ1\t2024-11-29T16:30:00+00:00\t2024-11-29T20:00:00+00:00\tMUG\t1\tUPS\t${TRACKING}\t2024-12-03T20:00:00+00:00\tNon-Amazon`,
].join('\n');

function importer(h: ReturnType<typeof harness>) {
  return (text: string) =>
    runImport(text, {
      marketplace: FR,
      observedAt: new Date('2024-12-20T10:00:00Z'),
      chunkSize: 100,
      send: (source, orders) => h.dashboard['import.chunk']({ source, orders }, DASHBOARD),
      findOrders: (wanted) => ordersHoldingPackages(h.db, wanted),
    });
}

describe('tracking details import (dashboard dispatch)', () => {
  it('attaches details to the stored order and counts the unmatched ones, writing nothing for them', async () => {
    const h = harness();
    const run = importer(h);
    await run(REPORT);
    const before = await h.db.orders.toArray();
    expect(before.map((r) => r.assessment.findings.map((f) => f.kind))).toEqual([['lost-check']]);

    const file = JSON.stringify([
      { payload: { ...EXAMPLE, currentStatus: 'IN_TRANSIT', trackingEvents: [] } },
      { payload: { ...EXAMPLE, packageNumber: 5, trackingNumber: 'UNKNOWN-1', currentStatus: 'IN_TRANSIT' } },
    ]);
    const summary = await run(file);
    expect(summary).toMatchObject({
      kind: 'api',
      rowsRead: 2,
      orders: 1,
      updated: 1,
      created: 0,
      unmatched: 1,
    });
    expect(summary.warnings).toEqual([
      '1 tracking detail for a package no stored order holds, nothing written for it (import the order first): tracking UNKNOWN-1, package 5',
    ]);
    const rows = await h.db.orders.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.order.shipments[0]?.packages[0]).toMatchObject({
      trackingNumber: TRACKING,
      packageNumber: 212794778,
      currentStatus: 'IN_TRANSIT',
    });
    expect(rows[0]?.assessment.findings.map((f) => f.kind)).toEqual(['lost-claimable']);

    // The same file again changes nothing.
    expect(await run(file)).toMatchObject({ orders: 1, unchanged: 1, updated: 0, unmatched: 1 });
  });

  it('a tracking file with no stored order writes nothing and says so', async () => {
    const h = harness();
    const summary = await importer(h)(JSON.stringify({ payload: EXAMPLE }));
    expect(summary).toMatchObject({ rowsRead: 1, orders: 0, created: 0, unmatched: 1 });
    expect(await h.db.orders.count()).toBe(0);
  });

  it('refuses a JSON file that is neither kind with one sentence, nothing written', async () => {
    const h = harness();
    await expect(importer(h)('{"shipments": []}')).rejects.toThrow(
      /^This JSON file is neither SP-API fulfillment orders \(getFulfillmentOrder, listAllFulfillmentOrders\) nor package tracking details \(getPackageTrackingDetails\): nothing was imported\.$/,
    );
    expect(await h.db.orders.count()).toBe(0);
  });
});
