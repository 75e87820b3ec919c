import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportFormatError } from '../../../core/import/parse-report';
import { chunksOf, detectImportKind, mapSpApiFile } from '../../../core/import/sp-api-file';
import { marketplaceFor } from '../../../core/marketplaces';

// Amazon's own example responses, copied to tests/fixtures/sp-api by the policy engineer.
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/sp-api', name), 'utf8');
const US = marketplaceFor('sellercentral.amazon.com')!;
const OBSERVED = new Date('2024-12-20T10:00:00Z');

describe('SP-API file import', () => {
  it('reads a getFulfillmentOrder response', () => {
    const { orders } = mapSpApiFile(fixture('getFulfillmentOrder.json'), OBSERVED, US);
    expect(orders).toHaveLength(1);
    expect(orders[0]!.shipments.length).toBeGreaterThan(0);
    expect(Object.values(orders[0]!.provenance).every((p) => p.source === 'api')).toBe(true);
  });

  it('reads a listAllFulfillmentOrders response, and an array of responses', () => {
    const list = mapSpApiFile(fixture('listAllFulfillmentOrders.json'), OBSERVED, US).orders;
    expect(list.length).toBeGreaterThan(0);
    const both = `[${fixture('getFulfillmentOrder.json')},${fixture('listAllFulfillmentOrders.json')}]`;
    expect(mapSpApiFile(both, OBSERVED, US).orders).toHaveLength(list.length + 1);
  });

  it('refuses broken JSON and JSON that is not a fulfillment order, with one sentence', () => {
    expect(() => mapSpApiFile('{"payload": ', OBSERVED, US)).toThrow(
      /^Not valid JSON \(.*\): nothing was imported\.$/,
    );
    expect(() => mapSpApiFile('{"hello": 1}', OBSERVED, US)).toThrow(ReportFormatError);
    expect(() => mapSpApiFile('{"hello": 1}', OBSERVED, US)).toThrow(
      'This JSON file is neither SP-API fulfillment orders (getFulfillmentOrder, listAllFulfillmentOrders) nor package tracking details (getPackageTrackingDetails): nothing was imported.',
    );
    expect(() => mapSpApiFile('[]', OBSERVED, US)).toThrow(/no fulfillment order and no tracking details/);
    // A tracking details file is read by readSpApiFile (tests/unit/sp-api/tracking-details.test.ts).
    expect(() => mapSpApiFile(fixture('getPackageTrackingDetails.json'), OBSERVED, US)).toThrow(
      'This file holds tracking details, not fulfillment orders: nothing was imported.',
    );
  });

  it('tells JSON from a report, and slices orders into chunks', () => {
    expect(detectImportKind('\uFEFF  {"payload":{}}')).toBe('api');
    expect(detectImportKind('[{}]')).toBe('api');
    expect(detectImportKind('amazon-order-id\tsku')).toBe('report');
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
