import { describe, expect, it } from 'vitest';
import { CLAIMS_TEXTS } from '../../../components/dashboard/claims/texts';
import { caseText } from '../../../core/claims/case-text';
import type { ClaimRate } from '../../../core/claims/claim-rate';
import { type ClaimableOrder, prepareCases } from '../../../core/claims/prepare-cases';
import type { Order } from '../../../core/model/order';
import { assessOrder } from '../../../core/policy/assess';
import { caseProposals } from '../../../entrypoints/dashboard/case-proposals';
import { at, order } from '../policy/helpers';

// The Claims tab's case cards from the claimable orders: one card per prepared case, its text in
// the marketplace's support language (or the one set), that language named in the UI language,
// and a warning only when filing it would take the region's claim rate over the reported level.

const TODAY = at('2024-05-20', '12:00', 'Europe/Paris');
const BERLIN = {
  host: 'sellercentral.amazon.de',
  countryCode: 'DE',
  locale: 'de-DE',
  timeZone: 'Europe/Berlin',
};

function lost(id: string, marketplace?: typeof BERLIN): ClaimableOrder {
  const o: Order = order({
    sellerFulfillmentOrderId: id,
    ...(marketplace ? { marketplace } : {}),
    items: [{ sellerSku: `SKU-${id}`, quantity: 1 }],
    shipments: [
      {
        fulfillmentShipmentStatus: 'SHIPPED',
        shippingDate: '2024-04-01',
        estimatedArrivalDate: '2024-04-03',
        packages: [
          { carrierCode: 'DHL', trackingNumber: `TRK-${id}`, currentStatus: 'IN_TRANSIT', events: [] },
        ],
      },
    ],
  });
  return { key: `-/${o.marketplace.countryCode}/${id}`, order: o, findings: assessOrder(o, TODAY).findings };
}

const rate = (shippedOrders: number, claimsFiled: number): ClaimRate => ({
  region: 'EU',
  from: '2023-11-23',
  to: '2024-05-20',
  shippedOrders,
  claimsFiled,
  claimsPaid: 0,
  filedPercent: (claimsFiled / shippedOrders) * 100,
  paidPercent: 0,
});

describe('the cases the Claims tab proposes', () => {
  const claimable = [lost('402-0000001-0000001'), lost('402-0000002-0000002', BERLIN)];
  const settings = { maxItemsPerCase: 5, caseTextLanguage: 'marketplace' as const };

  it('writes each case in its marketplace support’s language and names that language in the UI’s', () => {
    const data = { entries: [], claims: [], claimable, rates: [rate(1000, 1)] };
    const proposals = caseProposals(data, settings, 'en');
    const prepared = prepareCases(claimable, [], 5);
    expect(proposals.map((p) => p.orderIds)).toEqual(
      prepared.map((c) => c.orders.map((o) => o.order.sellerFulfillmentOrderId)),
    );
    const german = proposals.find((p) => p.host === 'sellercentral.amazon.de');
    const french = proposals.find((p) => p.host === 'sellercentral.amazon.fr');
    expect(german?.text).toBe(caseText(prepared.find((c) => c.countryCode === 'DE')!, 'de'));
    expect(german?.languageName).toBe('German');
    expect(french?.languageName).toBe('French');
    expect(caseProposals(data, settings, 'fr').find((p) => p.host === french?.host)?.languageName).toBe(
      'français',
    );
    expect(proposals.every((p) => p.warning === null)).toBe(true);
    expect(new Set(proposals.map((p) => p.id)).size).toBe(proposals.length);
  });

  it('follows the case-text language setting, and warns only when the case would cross the level', () => {
    const inEnglish = caseProposals(
      { entries: [], claims: [], claimable, rates: [rate(100, 2)] },
      { ...settings, caseTextLanguage: 'en' },
      'fr',
    );
    const prepared = prepareCases(claimable, [], 5);
    expect(inEnglish.map((p) => p.text)).toEqual(prepared.map((c) => caseText(c, 'en')));
    // 2 claims over 100 shipped orders: one more is 3 %, over the 2 % level sellers report.
    const t = CLAIMS_TEXTS.fr;
    expect(inEnglish.every((p) => p.warning === t.prepare.crossWarning(t.gauge.regions.EU, 3))).toBe(true);
  });
});
