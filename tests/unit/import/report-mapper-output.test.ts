import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfDayInstant } from '../../../core/dates/calendar';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { parseReportText } from '../../../core/import/parse-report';
import { reportDayReader } from '../../../core/import/report-values';
import { marketplaceFor } from '../../../core/marketplaces';
import { type Marketplace, type Order, OrderSchema } from '../../../core/model/order';
import { makeReport } from '../../fixtures/reports/make-report';
import { provenanceOf } from './provenance-of';

// The mapper builds orders without running OrderSchema on each one (it was most of the import's
// time): these tests pin that what it builds is what the schema would output, and that a value
// the schema refuses still rejects its order with the schema's own words.

const FR = marketplaceFor('sellercentral.amazon.fr')!;
const US = marketplaceFor('sellercentral.amazon.com')!;
const DE = marketplaceFor('sellercentral.amazon.de')!;
const OBSERVED = new Date('2024-12-20T10:00:00Z');
const SEEN = { source: 'report', seenAt: OBSERVED.toISOString() } as const;
const FIXTURES = join(__dirname, '../../fixtures/reports');

const mapText = (text: string, marketplace: Marketplace = FR, observedAt = OBSERVED) =>
  mapFulfilledShipments(parseReportText(text), { marketplace, observedAt });

/** What the schema makes of the order, and the provenance of every field the report set. */
function expectSchemaOutput(order: Order): void {
  expect(OrderSchema.parse(order)).toStrictEqual(order);
  // Key order too (toStrictEqual ignores it): what is stored and exported reads the same.
  expect(JSON.stringify(order)).toBe(JSON.stringify(OrderSchema.parse(order)));
  // `purpose` is a schema default, not a value the report set.
  expect(order.provenance).toStrictEqual(provenanceOf({ ...order, purpose: undefined }, SEEN));
}

describe('report mapper output', () => {
  it('maps a generated report to exactly the orders its rows describe', () => {
    const { text, mcfOrders } = makeReport(600, OBSERVED.getTime());
    const result = mapText(text);
    const rows = text
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'));
    const mcfRows = rows.filter((c) => c[13] === 'Non-Amazon');
    expect(result.rowsRead).toBe(600);
    expect(result.notMcf).toBe(rows.length - mcfRows.length);
    expect(result.duplicates).toBe(0);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.orders).toHaveLength(mcfOrders);

    const byId = new Map<string, string[][]>();
    for (const c of mcfRows) byId.set(c[0]!, [...(byId.get(c[0]!) ?? []), c]);
    const expected = [...byId.values()].map((group) => {
      const [c] = group as [string[]];
      const input = {
        sellerFulfillmentOrderId: c[0],
        displayableOrderId: c[1],
        salesChannel: 'Non-Amazon',
        items: group.map((r) => ({ sellerSku: r[5], quantity: 1, title: r[6] })),
        shipments: [
          {
            amazonShipmentId: c[2],
            fulfillmentShipmentStatus: 'SHIPPED',
            // The generator writes 10:00 UTC: the same day in Paris.
            shippingDate: c[4]!.slice(0, 10),
            estimatedArrivalDate: c[11]!.slice(0, 10),
            packages: [{ trackingNumber: c[10], carrierCode: c[9], events: [] }],
          },
        ],
      };
      return {
        ...input,
        marketplace: FR,
        purpose: 'customer',
        returns: [],
        provenance: provenanceOf(input, SEEN),
      };
    });
    expect(result.orders).toStrictEqual(expected);
  });

  it('builds what the schema outputs, for every fixture and marketplace', () => {
    const texts = readdirSync(FIXTURES)
      // Other reports (not-a-report, the Reimbursements report's fixtures) are refused whole.
      .filter((name) => /\.(txt|csv)$/.test(name) && name.startsWith('fulfilled-shipments'))
      .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
    texts.push(makeReport(300, Date.parse('2024-03-31T00:30:00Z')).text);
    let checked = 0;
    for (const text of texts) {
      for (const marketplace of [FR, US, DE]) {
        for (const order of mapText(text, marketplace).orders) {
          expectSchemaOutput(order);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(600);
  });

  it('rejects with the schema’s words an order holding a value only the schema refuses', () => {
    const header =
      'amazon-order-id\tshipment-date\testimated-arrival-date\tsku\tquantity-shipped\tsales-channel';
    const text = [
      header,
      // 23:00 at UTC-5 on 31 Dec 9999 is 10000-01-01 in Paris.
      'A1\t9999-12-31T23:00:00-05:00\t\tK\t1\tNon-Amazon',
      'A2\t\t0001-01-01T00:00:00+00:00\tK\t1\tNon-Amazon',
      // Each count is safe, their sum is not.
      'A3\t\t\tK\t9007199254740991\tNon-Amazon',
      'A3\t\t\tK\t1\tNon-Amazon',
      'A4\t2024-12-01\t\tK\t1\tNon-Amazon',
    ].join('\n');
    const result = mapText(text);
    expect(result.rejected).toEqual([
      { line: 2, reason: 'order rejected: shipments.0.shippingDate: expected YYYY-MM-DD' },
      { line: 3, reason: 'order rejected: shipments.0.estimatedArrivalDate: not a real calendar day' },
      { line: 4, reason: 'order rejected: items.0.quantity: Too big: expected int to be <=9007199254740991' },
      { line: 5, reason: 'order rejected: items.0.quantity: Too big: expected int to be <=9007199254740991' },
    ]);
    expect(result.orders.map((o) => o.sellerFulfillmentOrderId)).toEqual(['A4']);
    expectSchemaOutput(result.orders[0]!);

    const elsewhere = mapText(text, { ...FR, host: 'example.com' });
    expect(elsewhere.orders).toEqual([]);
    expect(elsewhere.rejected.map((r) => r.reason)).toContain(
      'order rejected: marketplace.host: not a Seller Central host',
    );
    expect(elsewhere.rejected.find((r) => r.line === 6)?.reason).toBe(
      'order rejected: marketplace.host: not a Seller Central host',
    );

    const farFuture = mapText(text, FR, new Date(Date.UTC(10001, 0, 1)));
    expect(farFuture.rejected.find((r) => r.line === 6)?.reason).toBe(
      'order rejected: provenance.sellerFulfillmentOrderId.seenAt: Invalid ISO datetime',
    );
  });

  it('strips what the schema strips from the marketplace, and gives each order its own copy', () => {
    const text = readFileSync(join(FIXTURES, 'fulfilled-shipments-amazon-order.txt'), 'utf8');
    const withExtra = { ...FR, extra: 1 } as Marketplace;
    const [first, second] = mapText(text, withExtra).orders;
    expect(first!.marketplace).toStrictEqual(FR);
    expect(first!.marketplace).not.toBe(second!.marketplace);
  });

  it('counts repeated shipment items of a large order once, and when two large halves join', () => {
    const header =
      'amazon-order-id\tmerchant-order-id\tshipment-item-id\tsku\tquantity-shipped\tsales-channel';
    const row = (a: string, m: string, item: string) => `${a}\t${m}\t${item}\t${item}\t1\tNon-Amazon`;
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const big = [header, ...[1, 2].flatMap(() => range(1, 12).map((i) => row('A1', '', `I${i}`)))];
    const repeated = mapText(big.join('\n'));
    expect(repeated.duplicates).toBe(12);
    expect(repeated.orders[0]!.items.map((i) => i.sellerSku)).toEqual(range(1, 12).map((i) => `I${i}`));

    const halves = [
      header,
      ...range(1, 10).map((i) => row('', 'M1', `J${i}`)),
      ...range(5, 14).map((i) => row('A1', '', `J${i}`)),
      row('A1', 'M1', 'J15'),
      row('A1', '', 'J3'),
    ];
    const joined = mapText(halves.join('\n'));
    // J5..J10 of the second half, then J3 of the last row, were already in the order.
    expect(joined.duplicates).toBe(7);
    expect(joined.orders).toHaveLength(1);
    expect(joined.orders[0]).toMatchObject({ sellerFulfillmentOrderId: 'A1', displayableOrderId: 'M1' });
    expect(joined.orders[0]!.items.map((i) => i.sellerSku)).toEqual(range(1, 15).map((i) => `J${i}`));
  });

  it('reads report dates with its memory exactly as without, around day and DST boundaries', () => {
    const zones = [
      'Europe/Paris',
      'America/Los_Angeles',
      'Asia/Tokyo',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    const offsets = ['Z', '+00:00', '+0530', '-08:00', '+14:00'];
    const pad = (n: number) => String(n).padStart(2, '0');
    const textAt = (ms: number, offset: string) => {
      const minutes =
        offset === 'Z'
          ? 0
          : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)));
      const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
      return `${local}${offset}`;
    };
    // Instants next to the start of days around the DST changes of 2024 (and any day of 2023-2025).
    const boundaryDays = ['2024-03-10', '2024-03-31', '2024-04-07', '2024-10-06', '2024-10-27', '2024-11-03'];
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 0, 1) }),
      fc
        .tuple(fc.constantFrom(...boundaryDays), fc.constantFrom(...zones), fc.integer({ min: -2, max: 2 }))
        .map(([day, zone, delta]) => startOfDayInstant(day, zone).getTime() + delta * 60_000),
    );
    const text = fc.oneof(
      fc.tuple(instant, fc.constantFrom(...offsets)).map(([ms, offset]) => textAt(ms, offset)),
      fc
        .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }))
        .map(([d, m]) => `${pad(d)}/${pad(m)}/2024 10:15`),
      fc.constantFrom('2024-02-30', '2024-12-03', '3 déc. 2024', 'demain', '2024-12-01T10:00:00+25:00'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.array(text, { maxLength: 60 }), (zone, texts) => {
        const read = reportDayReader(zone, 'fr-FR');
        // A fresh reader per text remembers nothing: the plain conversion.
        for (const t of texts) expect(read(t)).toBe(reportDayReader(zone, 'fr-FR')(t));
      }),
      { numRuns: 300 },
    );
  });
});
