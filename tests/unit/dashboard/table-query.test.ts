import { describe, expect, it } from 'vitest';
import {
  countriesOf,
  EMPTY_FILTER,
  filterRows,
  sortRows,
  visibleWindow,
} from '../../../components/dashboard/table-query';
import { type OrderSummary, summarizeOrder } from '../../../core/export/order-summary';
import type { Finding } from '../../../core/model/finding';
import { OrderSchema } from '../../../core/model/order';

const FR = { host: 'sellercentral.amazon.fr', countryCode: 'FR', locale: 'fr-FR', timeZone: 'Europe/Paris' };
const DE = { host: 'sellercentral.amazon.de', countryCode: 'DE', locale: 'de-DE', timeZone: 'Europe/Berlin' };

function finding(kind: Finding['kind'], severity: Finding['severity'], deadline?: string): Finding {
  return {
    kind,
    severity,
    startedOn: '2024-12-01',
    facts: {},
    messageKey: kind,
    ...(deadline ? { deadline } : {}),
  };
}

function row(
  id: string,
  edd: string | undefined,
  findings: Finding[],
  marketplace = FR,
  sku = 'SKU',
): OrderSummary {
  const order = OrderSchema.parse({
    sellerFulfillmentOrderId: id,
    marketplace,
    items: [{ sellerSku: sku, quantity: 1 }],
    shipments: edd
      ? [
          {
            shippingDate: '2024-11-20',
            estimatedArrivalDate: edd,
            packages: [{ trackingNumber: `TRK${id}` }],
          },
        ]
      : [],
  });
  return summarizeOrder(`-/${marketplace.countryCode}/${id}`, order, { findings, nextReviewAt: null });
}

const rows = [
  row('A', '2024-12-03', [finding('lost-check', 'warning', '2025-03-03')]),
  row('B', '2024-12-10', [finding('lost-claimable', 'action', '2025-03-10')], DE, 'MUG-RED'),
  row('C', undefined, []),
  row('D', '2024-11-25', [finding('lost-watch', 'info'), finding('return-open', 'warning')]),
];
const ids = (list: OrderSummary[]) => list.map((r) => r.orderId);

describe('dashboard table filters', () => {
  it('filters by finding kind, severity, marketplace and date range', () => {
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, kind: 'lost-check' }))).toEqual(['A']);
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, kind: 'none' }))).toEqual(['C']);
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, severity: 'warning' }))).toEqual(['A', 'D']);
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, severity: 'none' }))).toEqual(['C']);
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, countryCode: 'DE' }))).toEqual(['B']);
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, from: '2024-12-01', to: '2024-12-05' }))).toEqual(['A']);
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, dateField: 'shipDate', to: '2024-11-20' }))).toEqual([
      'A',
      'B',
      'D',
    ]);
  });

  it('searches order ids, SKUs and tracking numbers, whatever the case', () => {
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, search: 'mug-red' }))).toEqual(['B']);
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, search: ' trkd ' }))).toEqual(['D']);
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, search: 'c' }))).toEqual(['C']);
  });

  it('sorts any column both ways, empty values last', () => {
    expect(ids(sortRows(rows, { column: 'edd', descending: false }))).toEqual(['D', 'A', 'B', 'C']);
    expect(ids(sortRows(rows, { column: 'edd', descending: true }))).toEqual(['B', 'A', 'D', 'C']);
    expect(ids(sortRows(rows, { column: 'findings', descending: true }))).toEqual(['B', 'A', 'D', 'C']);
    expect(ids(sortRows(rows, { column: 'claimDeadline', descending: false }))).toEqual(['A', 'B', 'C', 'D']);
    expect(ids(sortRows(rows, { column: 'countryCode', descending: false }))).toEqual(['B', 'A', 'C', 'D']);
  });

  it('counts marketplaces, most orders first, for the filter and the import default', () => {
    expect(countriesOf(rows)).toEqual([
      { countryCode: 'FR', host: 'sellercentral.amazon.fr', count: 3 },
      { countryCode: 'DE', host: 'sellercentral.amazon.de', count: 1 },
    ]);
  });

  it('keeps only the rows in view (plus a margin) for the virtualized table', () => {
    expect(visibleWindow(0, 360, 36, 100_000)).toEqual({ start: 0, end: 20 });
    expect(visibleWindow(36_000, 360, 36, 100_000)).toEqual({ start: 990, end: 1020 });
    expect(visibleWindow(3_599_640, 360, 36, 100_000)).toEqual({ start: 99_980, end: 100_000 });
  });
});
