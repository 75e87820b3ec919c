import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/dates/calendar-day';
import { recordClaim } from '../../../entrypoints/background/claims-store';
import { storeObservations } from '../../../entrypoints/background/store';
import { loadClaimsData } from '../../../entrypoints/dashboard/claims-source';
import { freshDb, order } from '../background/helpers';

// The Claims tab's reads (entrypoints/dashboard/claims-source.ts) over a real database: the claims
// newest first with their days and the engine's flag, the orders to claim now, and the gauge's
// shipped orders per region over exactly 180 days (counted on the `shipped` index).

const NOW = new Date('2026-06-15T10:00:00.000Z');
const TODAY = '2026-06-15';
const FR = { host: 'sellercentral.amazon.fr', countryCode: 'FR', locale: 'fr-FR', timeZone: 'Europe/Paris' };
const US = {
  host: 'sellercentral.amazon.com',
  countryCode: 'US',
  locale: 'en-US',
  timeZone: 'America/Los_Angeles',
};

/** An MCF order shipped `daysAgo` days before today, expected 4 days later, still in transit. */
function shipped(id: string, daysAgo: number, marketplace = FR) {
  const day = addDays(TODAY, -daysAgo);
  return order({
    sellerFulfillmentOrderId: id,
    marketplace,
    items: [{ sellerSku: 'MUG', quantity: 1 }],
    shipments: [
      {
        fulfillmentShipmentStatus: 'SHIPPED',
        shippingDate: day,
        estimatedArrivalDate: addDays(day, 4),
        packages: [{ trackingNumber: `T-${id}`, currentStatus: 'IN_TRANSIT' }],
      },
    ],
  });
}

async function world() {
  const db = freshDb();
  await storeObservations(
    db,
    [
      shipped('402-0000000-0000001', 0),
      shipped('402-0000000-0000002', 30),
      // The window's first day (today − 179) counts; the day before does not.
      shipped('402-0000000-0000003', 179),
      shipped('402-0000000-0000004', 180),
      shipped('113-0000000-0000005', 10, US),
      // Not shipped: never counted.
      order({ sellerFulfillmentOrderId: '402-0000000-0000006', marketplace: FR }),
    ],
    'api',
    NOW,
  );
  return db;
}

describe('loadClaimsData', () => {
  it('counts each region’s orders shipped in the 180 days ending today, and its claims', async () => {
    const db = await world();
    await recordClaim(db, { lines: [{ orderKey: '-/FR/402-0000000-0000002' }], filedOn: '2026-06-10' }, NOW);
    // Filed 200 days ago: outside the window.
    await recordClaim(db, { lines: [{ orderKey: '-/FR/402-0000000-0000004' }], filedOn: '2025-11-27' }, NOW);

    const { rates } = await loadClaimsData(db, NOW);
    expect(rates.map((r) => [r.region, r.shippedOrders, r.claimsFiled])).toEqual([
      ['EU', 3, 1],
      ['NA', 1, 0],
    ]);
    const eu = rates[0];
    expect(eu?.from).toBe('2025-12-18');
    expect(eu?.filedPercent).toBeCloseTo(100 / 3);
  });

  it('lists the claims newest first with their days since filed and the flag the engine raised', async () => {
    const db = await world();
    const old = await recordClaim(
      db,
      { lines: [{ orderKey: '-/FR/402-0000000-0000003' }], filedOn: '2026-05-06', caseId: '111' },
      NOW,
    );
    const recent = await recordClaim(
      db,
      { lines: [{ orderKey: '-/FR/402-0000000-0000002' }], filedOn: '2026-06-10' },
      NOW,
    );
    const { entries } = await loadClaimsData(db, NOW);
    expect(entries.map((e) => [e.claim.id, e.orderIds, e.daysSinceFiled, e.flag])).toEqual([
      [recent.claim.id, ['402-0000000-0000002'], 5, undefined],
      [old.claim.id, ['402-0000000-0000003'], 40, 'claim-unpaid'],
    ]);
  });

  it('offers the orders to claim now, and no longer those a claim covers', async () => {
    const db = await world();
    const before = (await loadClaimsData(db, NOW)).claimable.map((o) => o.key).sort();
    // Only the order of 30 days: in transit 26 days after its EDD. Those of 179 and 180 days are
    // past the 90-day claim window; the American one is within the 7 days after its EDD.
    expect(before).toEqual(['-/FR/402-0000000-0000002']);
    await recordClaim(db, { lines: [{ orderKey: '-/FR/402-0000000-0000002' }] }, NOW);
    expect((await loadClaimsData(db, NOW)).claimable).toEqual([]);
  });
});
