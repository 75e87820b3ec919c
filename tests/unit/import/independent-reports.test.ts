import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFileBytes } from '../../../core/import/decode-file';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { parseReportText, ReportFormatError } from '../../../core/import/parse-report';
import { marketplaceFor } from '../../../core/marketplaces';
import type { Order } from '../../../core/model/order';

// Report files written without reading the importer (tests/fixtures/reports/independent/README.md),
// each imported from its bytes as the dashboard does, and compared with what its expected file
// says a correct import yields. Every difference is one message naming file, order, field,
// expected and got, so a failure lists all of them at once.

interface ExpectedShipment {
  shipmentId: string;
  shipDay: string;
  eddDay: string | null;
  carrier: string | null;
  tracking: string[];
}
interface ExpectedOrder {
  ids: string[];
  shipments: ExpectedShipment[];
  items: { sku: string; quantity: number }[];
}
interface Expected {
  marketplace: string;
  timeZone: string;
  refused: boolean;
  orders: ExpectedOrder[];
  rejectedRows: number;
  duplicateRows: number;
  amazonRowsLeftOut: number;
}

const FOLDER = join(__dirname, '../../fixtures/reports/independent');
const OBSERVED = new Date('2024-12-20T10:00:00Z');
const files = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.expected.json'))
  .sort();

const allMismatches: string[] = [];

function idsOf(order: Order): string[] {
  return [order.sellerFulfillmentOrderId, order.displayableOrderId].filter((id): id is string => !!id).sort();
}

function compare(file: string, expected: Expected, report: string): string[] {
  const out: string[] = [];
  const miss = (where: string, field: string, want: unknown, got: unknown) =>
    out.push(`${file} ${where} ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  const marketplace = marketplaceFor(expected.marketplace);
  if (!marketplace) return [`${file}: unknown marketplace ${expected.marketplace}`];
  if (marketplace.timeZone !== expected.timeZone)
    miss('-', 'timeZone', expected.timeZone, marketplace.timeZone);

  let mapping: ReturnType<typeof mapFulfilledShipments>;
  try {
    // As runImport reads a file.
    mapping = mapFulfilledShipments(parseReportText(report, { tabQuotes: 'detect' }), {
      marketplace,
      observedAt: OBSERVED,
    });
  } catch (error) {
    if (!(error instanceof ReportFormatError)) return [`${file}: threw ${String(error)}`];
    if (!expected.refused) return [`${file}: refused, expected an import: ${error.message}`];
    // A refusal is a sentence a seller reads.
    if (!/^[A-Z"].*[.)]$/s.test(error.message)) miss('-', 'refusal sentence', 'a sentence', error.message);
    return out;
  }
  if (expected.refused) return [`${file}: imported ${mapping.orders.length} orders, expected a refusal`];

  if (mapping.rejected.length !== expected.rejectedRows)
    miss('-', 'rejected rows', expected.rejectedRows, mapping.rejected);
  if (mapping.duplicates !== expected.duplicateRows)
    miss('-', 'duplicate rows', expected.duplicateRows, mapping.duplicates);
  if (mapping.notMcf !== expected.amazonRowsLeftOut)
    miss('-', 'Amazon rows left out', expected.amazonRowsLeftOut, mapping.notMcf);

  const byIds = new Map(mapping.orders.map((o) => [idsOf(o).join('+'), o]));
  const wanted = new Set(expected.orders.map((o) => [...o.ids].sort().join('+')));
  for (const key of byIds.keys()) if (!wanted.has(key)) miss(`order ${key}`, 'order', 'absent', 'present');
  for (const want of expected.orders) {
    const key = [...want.ids].sort().join('+');
    const got = byIds.get(key);
    if (!got) {
      miss(`order ${key}`, 'order', 'present', 'absent');
      continue;
    }
    const where = `order ${key}`;
    const items = got.items.map((i) => ({ sku: i.sellerSku, quantity: i.quantity }));
    items.sort((a, b) => a.sku.localeCompare(b.sku));
    const wantItems = [...want.items].sort((a, b) => a.sku.localeCompare(b.sku));
    if (JSON.stringify(items) !== JSON.stringify(wantItems)) miss(where, 'items', wantItems, items);
    if (got.shipments.length !== want.shipments.length)
      miss(where, 'shipment count', want.shipments.length, got.shipments.length);
    for (const ws of want.shipments) {
      const gs = got.shipments.find((s) => s.amazonShipmentId === ws.shipmentId);
      const at = `${where} shipment ${ws.shipmentId}`;
      if (!gs) {
        miss(at, 'shipment', 'present', 'absent');
        continue;
      }
      if ((gs.shippingDate ?? null) !== ws.shipDay) miss(at, 'ship day', ws.shipDay, gs.shippingDate ?? null);
      if ((gs.estimatedArrivalDate ?? null) !== ws.eddDay)
        miss(at, 'EDD day', ws.eddDay, gs.estimatedArrivalDate ?? null);
      const carriers = [...new Set(gs.packages.map((p) => p.carrierCode).filter(Boolean))];
      const carrier = carriers.length === 0 ? null : carriers.join('|');
      if (carrier !== ws.carrier) miss(at, 'carrier', ws.carrier, carrier);
      const tracking = gs.packages
        .map((p) => p.trackingNumber)
        .filter((t): t is string => !!t)
        .sort();
      if (JSON.stringify(tracking) !== JSON.stringify(ws.tracking))
        miss(at, 'tracking', ws.tracking, tracking);
    }
  }
  return out;
}

describe('independent Fulfilled Shipments reports', () => {
  it('has at least 20 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const expectedFile of files) {
    const expected = JSON.parse(readFileSync(join(FOLDER, expectedFile), 'utf8')) as Expected & {
      file: string;
    };
    it(`imports ${expected.file} as expected`, () => {
      const { text } = decodeFileBytes(new Uint8Array(readFileSync(join(FOLDER, expected.file))));
      const mismatches = compare(expected.file, expected, text);
      allMismatches.push(...mismatches);
      expect(mismatches).toEqual([]);
    });
  }

  afterAll(() => {
    if (allMismatches.length > 0)
      console.log(`${allMismatches.length} mismatches:\n${allMismatches.join('\n')}`);
  });
});
