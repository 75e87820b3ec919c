import { describe, expect, it } from 'vitest';
import { claimText } from '../../../core/claims/claim-text';
import { OrderSchema } from '../../../core/model/order';
import { assessOrder } from '../../../core/policy/assess';

const marketplace = {
  host: 'sellercentral.amazon.fr',
  countryCode: 'FR',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
};
const NOW = new Date('2024-04-20T10:00:00Z');

const lost = OrderSchema.parse({
  sellerFulfillmentOrderId: '402-1234567-1234567',
  displayableOrderId: 'SHOP-1001',
  marketplace,
  items: [
    { sellerSku: 'MUG-RED', quantity: 2, asin: 'B0TESTASIN', fnsku: 'X00FNSKU01', title: 'Mug rouge' },
    { sellerSku: 'CAP-01', quantity: 1 },
  ],
  shipments: [
    {
      amazonShipmentId: 'DchKfcZ9N',
      fulfillmentShipmentStatus: 'SHIPPED',
      shippingDate: '2024-04-01',
      estimatedArrivalDate: '2024-04-03',
      packages: [{ carrierCode: 'DPD', trackingNumber: '09876543210', currentStatus: 'IN_TRANSIT' }],
    },
  ],
});

const damaged = OrderSchema.parse({
  ...lost,
  shipments: [
    {
      ...lost.shipments[0],
      packages: [
        {
          carrierCode: 'DPD',
          trackingNumber: '09876543210',
          events: [{ code: 'EVENT_405', date: '2024-04-02' }],
        },
      ],
    },
  ],
});

function finding(order: typeof lost, kind: string) {
  const found = assessOrder(order, NOW).findings.find((f) => f.kind === kind);
  if (!found) throw new Error(`no ${kind} finding`);
  return found;
}

describe('claimText', () => {
  it.each(['fr', 'en'] as const)(
    'writes a lost-order claim in %s with ids, dates, carrier, tracking, items and deadline',
    (locale) => {
      const text = claimText(lost, finding(lost, 'lost-claimable'), locale);
      for (const expected of [
        '402-1234567-1234567',
        'SHOP-1001',
        'DchKfcZ9N',
        'DPD',
        '09876543210',
        'MUG-RED',
        '× 2',
        'CAP-01',
        '× 1',
        'B0TESTASIN',
        'X00FNSKU01',
      ]) {
        expect(text).toContain(expected);
      }
      // Deadline: D (3 April) + 90 days = 2 July 2024.
      expect(text).toContain(locale === 'fr' ? '2 juillet 2024' : '2 July 2024');
      expect(text).toContain(locale === 'fr' ? '3 avril 2024' : '3 April 2024');
      expect(text).toContain(locale === 'fr' ? 'commande perdue' : 'lost order');
    },
  );

  it.each(['fr', 'en'] as const)('lists the photo proof for a damaged order in %s', (locale) => {
    const text = claimText(damaged, finding(damaged, 'damaged-claimable'), locale);
    const photos =
      locale === 'fr'
        ? [
            'numéro de série',
            "carton d'expédition",
            "toutes les étiquettes d'expédition",
            'ASIN/FNSKU et quantité',
            'hors Amazon',
            'remboursement ou du remplacement',
          ]
        : [
            'serial / model number',
            'shipping box',
            'all shipping labels',
            'ASIN/FNSKU and quantity',
            'non-Amazon order',
            'refund or replacement',
          ];
    for (const expected of [...photos, '402-1234567-1234567', '09876543210', 'MUG-RED'])
      expect(text).toContain(expected);
  });

  it('asks the seller to check Swiship first when the delivery status is unknown', () => {
    const unknown = OrderSchema.parse({
      ...lost,
      shipments: [
        { ...lost.shipments[0], packages: [{ carrierCode: 'DPD', trackingNumber: '09876543210' }] },
      ],
    });
    expect(claimText(unknown, finding(unknown, 'lost-check'), 'en')).toContain('Swiship');
    expect(claimText(unknown, finding(unknown, 'lost-check'), 'fr')).toContain('Swiship');
  });

  it.each(['fr', 'en'] as const)('writes the not-shipped-by-EDD case in %s', (locale) => {
    // Not shipped rests on evidence: the order's status says it is still being processed.
    const late = OrderSchema.parse({
      ...lost,
      fulfillmentOrderStatus: 'Processing',
      shipments: [],
      estimatedArrivalDate: '2024-04-18',
    });
    const text = claimText(late, finding(late, 'not-shipped-by-edd'), locale);
    expect(text).toContain('402-1234567-1234567');
    expect(text).toContain(locale === 'fr' ? '18 avril 2024' : '18 April 2024');
    expect(text).toContain(locale === 'fr' ? "n'a pas été expédiée" : 'has not shipped');
  });

  it('refuses a finding that is not a claim', () => {
    const watch = assessOrder(lost, new Date('2024-04-05T10:00:00Z')).findings[0];
    if (!watch) throw new Error('no finding');
    expect(() => claimText(lost, watch, 'en')).toThrow(/lost-watch/);
  });
});
