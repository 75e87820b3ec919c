import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { parseReportText, ReportFormatError } from '../../../core/import/parse-report';
import { marketplaceFor } from '../../../core/marketplaces';
import { mergeOrder } from '../../../core/merge/merge-order';
import { OrderSchema, orderKey } from '../../../core/model/order';

const FR = marketplaceFor('sellercentral.amazon.fr')!;
const OBSERVED = new Date('2024-12-20T10:00:00Z');
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/reports', name), 'utf8');
const map = (name: string) =>
  mapFulfilledShipments(parseReportText(fixture(name)), { marketplace: FR, observedAt: OBSERVED });

describe('Amazon Fulfilled Shipments report mapper', () => {
  it('maps the report as Seller Central downloads it: MCF rows only, grouped per order', () => {
    const result = map('fulfilled-shipments-amazon-order.txt');
    expect(result.rowsRead).toBe(5);
    expect(result.notMcf).toBe(1);
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.orders.map(orderKey)).toEqual(['-/FR/402-1111111-1000001', '-/FR/402-3333333-3000003']);

    const [first, split] = result.orders;
    expect(first).toMatchObject({
      sellerFulfillmentOrderId: '402-1111111-1000001',
      displayableOrderId: 'SHOP-1001',
      salesChannel: 'Non-Amazon',
      marketplace: FR,
      items: [
        { sellerSku: 'MUG-RED', quantity: 2, title: 'Mug rouge 33 cl' },
        // The report does not quote: a product name may begin with a quote.
        { sellerSku: 'MUG-BLUE', quantity: 1, title: '"Grand" mug bleu' },
      ],
      shipments: [
        {
          amazonShipmentId: 'DkXyZ1',
          fulfillmentShipmentStatus: 'SHIPPED',
          // 16:30 UTC is 17:30 in Paris, same day; 20:00 UTC is 21:00 in Paris.
          shippingDate: '2024-11-29',
          estimatedArrivalDate: '2024-12-03',
          packages: [{ carrierCode: 'COLISSIMO', trackingNumber: '6A12345678901', events: [] }],
        },
      ],
    });
    // The report says nothing of delivery.
    expect(first!.shipments[0]!.packages[0]!.currentStatus).toBeUndefined();
    expect(first!.provenance['shipments.0.estimatedArrivalDate']).toEqual({
      source: 'report',
      seenAt: OBSERVED.toISOString(),
    });
    expect(first!.provenance.marketplace).toBeUndefined();

    // 23:30 UTC on 1 December is 2 December in Paris: days are counted in the marketplace zone.
    expect(
      split!.shipments.map((s) => [s.amazonShipmentId, s.shippingDate, s.packages[0]?.carrierCode]),
    ).toEqual([
      ['DkSp1', '2024-12-02', 'DHL'],
      ['DkSp2', '2024-12-02', 'UPS'],
    ]);
  });

  it('finds columns by name in any order, ignores extra ones, and reads a BOM + CRLF file the same', () => {
    const reordered = map('fulfilled-shipments-reordered-bom-crlf.txt');
    const original = map('fulfilled-shipments-amazon-order.txt');
    expect(reordered.rowsRead).toBe(5);
    expect(reordered.rejected).toEqual([]);
    expect(reordered.orders.map(orderKey)).toEqual(original.orders.map(orderKey));
    // Same shipments, packages, dates; titles come from a column this file lacks.
    expect(reordered.orders.map((o) => o.shipments)).toEqual(original.orders.map((o) => o.shipments));
    expect(reordered.orders[0]!.items).toEqual([
      { sellerSku: 'MUG-RED', quantity: 2 },
      { sellerSku: 'MUG-BLUE', quantity: 1 },
    ]);
    expect(reordered.orders[0]!.displayableOrderId).toBe('SHOP-1001');
  });

  it('reads a French semicolon CSV: decimal commas, local dates, quoted cells', () => {
    const result = map('fulfilled-shipments-fr-semicolon.csv');
    expect(result.rejected).toEqual([]);
    expect(result.orders).toHaveLength(2);
    const [mugs, lamp] = result.orders;
    expect(mugs!.items).toEqual([
      { sellerSku: 'MUG-RED', quantity: 2 },
      { sellerSku: 'MUG-BLUE', quantity: 1 },
    ]);
    expect(mugs!.shipments[0]).toMatchObject({
      shippingDate: '2024-11-29',
      estimatedArrivalDate: '2024-12-03',
    });
    expect(lamp!.items).toEqual([{ sellerSku: 'LAMPE; modèle "Nuit"', quantity: 1 }]);
    expect(lamp!.shipments[0]).toMatchObject({
      shippingDate: '2024-12-02',
      estimatedArrivalDate: '2024-12-06',
    });
  });

  it('reads a comma CSV with quoted commas', () => {
    const result = map('fulfilled-shipments-comma.csv');
    expect(result.rejected).toEqual([]);
    expect(result.orders[0]!.items).toEqual([{ sellerSku: 'SKU,WITH,COMMAS', quantity: 1 }]);
    expect(result.orders[0]!.shipments[0]).toMatchObject({
      shippingDate: '2024-12-01',
      estimatedArrivalDate: '2024-12-04',
      packages: [{ carrierCode: 'GLS', trackingNumber: 'GL123' }],
    });
  });

  it('maps what it can when columns are missing, and says what is missing', () => {
    const result = map('fulfilled-shipments-missing-columns.txt');
    expect(result.rejected).toEqual([]);
    expect(result.orders.map((o) => o.displayableOrderId)).toEqual(['SHOP-2001', 'SHOP-2002']);
    expect(result.orders[0]!.sellerFulfillmentOrderId).toBeUndefined();
    expect(result.orders[0]!.shipments[0]).toMatchObject({
      shippingDate: '2024-12-01',
      packages: [{ trackingNumber: 'TRK1' }],
    });
    expect(result.orders[0]!.shipments[0]!.estimatedArrivalDate).toBeUndefined();
    expect(result.orders[1]!.shipments[0]!.packages).toEqual([]);
    expect(result.warnings.join('\n')).toMatch(/sales-channel[\s\S]*estimated-arrival-date[\s\S]*carrier/);
  });

  it('rejects bad rows with their line number and reason, without touching the good rows of the same order', () => {
    const result = map('fulfilled-shipments-bad-rows.txt');
    expect(result.rowsRead).toBe(7);
    expect(result.rejected.map((r) => r.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      'no amazon-order-id or merchant-order-id',
      'shipment-date is not a date: "demain"',
      'quantity-shipped is not a whole number: "1,5"',
      'empty sales-channel: cannot tell an MCF order from an Amazon one',
      'merchant-order-id "SHOP-X" differs from line 2',
      'estimated-arrival-date is not a date: "2024-02-30"',
    ]);
    expect(result.orders).toHaveLength(1);
    expect(result.orders[0]!.items).toEqual([{ sellerSku: 'A', quantity: 1 }]);
    expect(result.orders[0]!.displayableOrderId).toBe('SHOP-6');
  });

  it('refuses a file that is not the report, with a message naming what it lacks', () => {
    expect(() => map('not-a-report.csv')).toThrow(ReportFormatError);
    expect(() => map('not-a-report.csv')).toThrow(/no "amazon-order-id" or "merchant-order-id" column/);
    expect(() => parseReportText('')).toThrow(/empty/);
    expect(() => parseReportText('\uFEFF\r\n')).toThrow(/empty/);
  });

  it('is deterministic: the same file maps to the same orders (idempotent imports)', () => {
    expect(map('fulfilled-shipments-amazon-order.txt')).toEqual(map('fulfilled-shipments-amazon-order.txt'));
  });

  it('counts a repeated shipment item once', () => {
    const text = fixture('fulfilled-shipments-amazon-order.txt');
    const lines = text.trimEnd().split('\n');
    const doubled = `${[...lines, lines[1]].join('\n')}\n`;
    const result = mapFulfilledShipments(parseReportText(doubled), { marketplace: FR, observedAt: OBSERVED });
    expect(result.duplicates).toBe(1);
    expect(result.orders[0]!.items[0]).toEqual({
      sellerSku: 'MUG-RED',
      quantity: 2,
      title: 'Mug rouge 33 cl',
    });
  });

  it('groups the rows of one order that name it by different ids (union of both ids)', () => {
    const result = map('fulfilled-shipments-split-ids.txt');
    expect(result.rejected).toEqual([]);
    // Line 3 gives only SHOP-7; lines 4 and 5 are joined by line 6, which gives both ids.
    expect(result.orders.map((o) => [o.sellerFulfillmentOrderId, o.displayableOrderId])).toEqual([
      ['402-7777777-7000007', 'SHOP-7'],
      ['402-5555555-5000005', 'SHOP-5'],
    ]);
    expect(result.orders[0]!.items).toEqual([
      { sellerSku: 'MUG-RED', quantity: 2 },
      { sellerSku: 'MUG-BLUE', quantity: 1 },
    ]);
    expect(result.orders[0]!.shipments.map((s) => s.amazonShipmentId)).toEqual(['Dk7a', 'Dk7b']);
    // Line 6 repeats line 4's shipment item, once the two halves are one order.
    expect(result.duplicates).toBe(1);
  });

  it('leaves out an item whose quantity-shipped is unknown instead of storing 0', () => {
    const result = map('fulfilled-shipments-split-ids.txt');
    // PLATE has no quantity-shipped: a 0 would overwrite the page's quantity and cap returns at 0.
    expect(result.orders[1]!.items).toEqual([{ sellerSku: 'BOWL', quantity: 1 }]);
    expect(Object.keys(result.orders[1]!.provenance).filter((p) => p.startsWith('items.1'))).toEqual([]);

    const noColumn = map('fulfilled-shipments-missing-columns.txt');
    expect(noColumn.orders.flatMap((o) => o.items)).toEqual([]);
    expect(noColumn.warnings.join('\n')).toMatch(/quantity-shipped.*left out/);
  });

  it('a report without quantities never lowers the quantity a page read', () => {
    const page = OrderSchema.parse({
      sellerFulfillmentOrderId: '402-5555555-5000005',
      marketplace: FR,
      items: [
        { sellerSku: 'PLATE', quantity: 3 },
        { sellerSku: 'BOWL', quantity: 1 },
      ],
    });
    const fromReport = map('fulfilled-shipments-split-ids.txt').orders[1]!;
    const merged = mergeOrder(page, fromReport, 'report', OBSERVED.toISOString()).order;
    expect(merged.items.find((i) => i.sellerSku === 'PLATE')?.quantity).toBe(3);
    // Imported first, then the page: the page's quantity is the only one.
    const first = mergeOrder(undefined, fromReport, 'report', OBSERVED.toISOString()).order;
    expect(first.items.map((i) => i.sellerSku)).toEqual(['BOWL']);
  });

  it('numbers lines across quoted multi-line cells', () => {
    const parsed = parseReportText('amazon-order-id,sku\n"402-1","a\nb"\n\n402-2,c\n');
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 5]);
  });
});
