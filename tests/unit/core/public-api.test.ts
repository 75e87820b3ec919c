import { describe, expect, it } from 'vitest';
import * as core from '../../../core';

// The core's public API (issue 3 §5): what entry points and tools may rely on.
describe('core/index.ts', () => {
  it('exports the schemas, the engine, the readers and the mappers', () => {
    for (const name of [
      'OrderSchema',
      'FindingSchema',
      'AssessmentSchema',
      'SettingsSchema',
      'parseMarketplaceDate',
      'assessOrder',
      'claimText',
      'fromSpApi',
      'readOrderPage',
      'orderJsonSchema',
      'mergeOrder',
      'ClaimSchema',
      'parseReimbursementsReport',
      'matchReimbursements',
      'prepareCases',
      'caseText',
      'claimRate',
      'wouldCross',
    ]) {
      expect(core, name).toHaveProperty(name);
    }
  });

  it('works end to end on plain data: an order past EDD + 8 in transit is claimable', () => {
    const order = core.OrderSchema.parse({
      sellerFulfillmentOrderId: '402-1234567-1234567',
      marketplace: core.marketplaceFor('sellercentral.amazon.fr'),
      shipments: [
        {
          fulfillmentShipmentStatus: 'SHIPPED',
          shippingDate: core.parseMarketplaceDate('mar. 3 nov. 2026', 'fr'),
          estimatedArrivalDate: core.parseMarketplaceDate('6 nov. 2026', 'fr'),
          packages: [{ trackingNumber: '6A1', currentStatus: 'IN_TRANSIT' }],
        },
      ],
    });
    const { findings } = core.assessOrder(order, new Date('2026-11-14T08:00:00+01:00'), {});
    expect(findings.map((f) => f.kind)).toEqual(['lost-claimable']);
    expect(core.claimText(order, findings[0]!, 'en')).toContain('402-1234567-1234567');
  });
});
