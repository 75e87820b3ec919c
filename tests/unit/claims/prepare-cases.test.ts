import { describe, expect, it } from 'vitest';
import { caseText } from '../../../core/claims/case-text';
import { claimText } from '../../../core/claims/claim-text';
import { type ClaimableOrder, type PreparedCase, prepareCases } from '../../../core/claims/prepare-cases';
import { LANGS } from '../../../core/i18n/lang';
import type { Order } from '../../../core/model/order';
import { assessOrder } from '../../../core/policy/assess';
import { at, order, PARIS } from '../policy/helpers';
import { claim } from './helpers';

const BERLIN = {
  host: 'sellercentral.amazon.de',
  countryCode: 'DE',
  locale: 'de-DE',
  timeZone: 'Europe/Berlin',
};
const TODAY = at('2024-05-20', '12:00', 'Europe/Paris');

/** A lost parcel (in transit, never delivered) expected on `edd`, with `units` of one SKU. */
function lostOrder(id: string, edd: string, units: number, marketplace = PARIS): Order {
  return order({
    sellerFulfillmentOrderId: id,
    marketplace,
    items: [{ sellerSku: `SKU-${id}`, quantity: units, title: `Item ${id}`, asin: 'B0TEST0001' }],
    shipments: [
      {
        fulfillmentShipmentStatus: 'SHIPPED',
        shippingDate: '2024-04-01',
        estimatedArrivalDate: edd,
        packages: [
          {
            carrierCode: 'COLISSIMO',
            trackingNumber: `TRK-${id}`,
            currentStatus: 'IN_TRANSIT',
            events: [{ code: 'EVENT_101', date: '2024-04-02', description: 'Carrier pickup' }],
          },
        ],
      },
    ],
  });
}

function damagedOrder(id: string, units: number): Order {
  return order({
    sellerFulfillmentOrderId: id,
    items: [{ sellerSku: `SKU-${id}`, quantity: units }],
    shipments: [
      {
        fulfillmentShipmentStatus: 'SHIPPED',
        shippingDate: '2024-04-01',
        estimatedArrivalDate: '2024-04-03',
        packages: [
          {
            trackingNumber: `TRK-${id}`,
            currentStatus: 'IN_TRANSIT',
            events: [{ code: 'EVENT_405', date: '2024-04-04', description: 'Shipment damaged' }],
          },
        ],
      },
    ],
  });
}

/** As the app gives them: each order with its assessment's findings of today. */
const claimable = (o: Order): ClaimableOrder => ({
  key: `-/${o.marketplace.countryCode}/${o.sellerFulfillmentOrderId}`,
  order: o,
  findings: assessOrder(o, TODAY).findings,
});
const summary = (cases: PreparedCase[]) =>
  cases.map((c) => ({
    reason: c.reason,
    country: c.countryCode,
    ids: c.orders.map((o) => o.order.sellerFulfillmentOrderId),
    items: c.items,
    deadline: c.deadline,
    overLimit: c.overLimit,
  }));

describe('prepareCases (issue 15 item 5)', () => {
  // EDD + 90 days is the deadline: A 2 Jul, B 30 Jun, C 5 Jul, D 1 Jul.
  const orders = [
    lostOrder('A', '2024-04-03', 2),
    lostOrder('B', '2024-04-01', 3),
    lostOrder('C', '2024-04-06', 1),
    lostOrder('D', '2024-04-02', 2),
    lostOrder('BIG', '2024-04-05', 7),
    lostOrder('DE1', '2024-04-03', 1, BERLIN),
    damagedOrder('DMG', 1),
    order({ sellerFulfillmentOrderId: 'FINE', items: [{ sellerSku: 'X', quantity: 1 }] }),
  ].map(claimable);

  it('groups by reason and marketplace, at most N items a case, soonest deadline first, an order over N alone and flagged', () => {
    expect(summary(prepareCases(orders, [], 5))).toEqual([
      { reason: 'lost', country: 'FR', ids: ['B', 'D'], items: 5, deadline: '2024-06-30', overLimit: false },
      // Same deadline: by reason, then country.
      { reason: 'lost', country: 'DE', ids: ['DE1'], items: 1, deadline: '2024-07-02', overLimit: false },
      { reason: 'lost', country: 'FR', ids: ['A', 'C'], items: 3, deadline: '2024-07-02', overLimit: false },
      { reason: 'lost', country: 'FR', ids: ['BIG'], items: 7, deadline: '2024-07-04', overLimit: true },
      { reason: 'damaged', country: 'FR', ids: ['DMG'], items: 1, deadline: undefined, overLimit: false },
    ]);
  });

  it('leaves out the orders a claim of the same reason covers, and is the same whatever the input order', () => {
    const covering = claim({
      lines: [
        { orderKey: '-/FR/B', sellerFulfillmentOrderId: 'B', items: [{ sellerSku: 'SKU-B', quantity: 3 }] },
      ],
    });
    const cases = prepareCases([...orders].reverse(), [covering], 5);
    expect(cases.flatMap((c) => c.orders.map((o) => o.order.sellerFulfillmentOrderId))).not.toContain('B');
    expect(summary(cases)[0]).toMatchObject({ ids: ['D', 'A', 'C'], items: 5 });
    const damagedClaim = claim({
      reason: 'damaged',
      lines: [
        { orderKey: '-/FR/A', sellerFulfillmentOrderId: 'A', items: [{ sellerSku: 'SKU-A', quantity: 2 }] },
      ],
    });
    // A damage claim does not cover a loss.
    expect(prepareCases(orders, [damagedClaim], 5)).toEqual(prepareCases(orders, [], 5));
  });

  it('with a limit of 1 item, every order is its own case, flagged when over it', () => {
    const cases = prepareCases(orders.slice(0, 4), [], 1);
    // B (3 items), D (2), A (2) are each over the limit; C (1) fits.
    expect(cases.map((c) => [c.orders[0]?.order.sellerFulfillmentOrderId, c.overLimit])).toEqual([
      ['B', true],
      ['D', true],
      ['A', true],
      ['C', false],
    ]);
  });
});

describe('caseText', () => {
  const lost = [lostOrder('B', '2024-04-01', 3), lostOrder('D', '2024-04-02', 2)].map(claimable);
  const [prepared] = prepareCases(lost, [], 5) as [PreparedCase];

  it('describes every order (ids, items, dates, carrier, tracking, what the carrier says) and the total', () => {
    expect(caseText(prepared, 'en')).toBe(
      [
        'Reimbursement request: 2 lost Multi-Channel Fulfillment orders (5 items)',
        '',
        'The 2 Multi-Channel Fulfillment orders below were not delivered within 7 days of their estimated delivery date, and the carrier does not show them as delivered. I request a reimbursement for these lost orders.',
        '',
        '— Order 1 of 2 —',
        'Order (Amazon ID): B',
        'Marketplace: sellercentral.amazon.fr (FR)',
        'Ship date: 1 April 2024',
        'Estimated delivery date: 1 April 2024',
        'Carrier: COLISSIMO',
        'Tracking number(s): TRK-B',
        'Carrier status: IN_TRANSIT – 2 April 2024, Carrier pickup',
        'Items:',
        '- SKU-B – Item B × 3 (ASIN B0TEST0001)',
        'Claim deadline: 30 June 2024',
        '',
        '— Order 2 of 2 —',
        'Order (Amazon ID): D',
        'Marketplace: sellercentral.amazon.fr (FR)',
        'Ship date: 1 April 2024',
        'Estimated delivery date: 2 April 2024',
        'Carrier: COLISSIMO',
        'Tracking number(s): TRK-D',
        'Carrier status: IN_TRANSIT – 2 April 2024, Carrier pickup',
        'Items:',
        '- SKU-D – Item D × 2 (ASIN B0TEST0001)',
        'Claim deadline: 1 July 2024',
        '',
        'Total items: 5',
        '',
        'Thank you for your help.',
      ].join('\n'),
    );
  });

  it('uses Amazon’s words in each language, French with its narrow space before colons', () => {
    const fr = caseText(prepared, 'fr');
    expect(fr).toMatch(
      /^Demande de remboursement\u202f: 2 commandes Ventes Multi-Sites perdues \(5 articles\)/,
    );
    expect(fr).toContain('Total des articles\u202f: 5');
    expect(caseText(prepared, 'de')).toMatch(
      /^Erstattungsantrag: 2 verlorene Multi-Channel-Versand-Bestellungen/,
    );
    expect(caseText(prepared, 'es')).toContain('Envíos multicanal');
    expect(caseText(prepared, 'it')).toContain('Logistica multicanale');
    for (const lang of LANGS) {
      const text = caseText(prepared, lang);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      for (const id of ['TRK-B', 'TRK-D', 'SKU-B', 'SKU-D']) expect(text).toContain(id);
    }
  });

  it('one order keeps the one-order introduction; a damage case lists the photos to attach', () => {
    const [one] = prepareCases([claimable(damagedOrder('DMG', 2))], [], 5) as [PreparedCase];
    const text = caseText(one, 'en');
    expect(text).toMatch(/^Reimbursement request: 1 damaged Multi-Channel Fulfillment order \(2 items\)/);
    expect(text).toContain('The Multi-Channel Fulfillment order below was damaged in transit.');
    expect(text).toContain('Photos of all shipping labels');
    expect(text).toContain('Damage reported by: the carrier ("Shipment damaged")');
  });

  it('the one-order claim text is unchanged by the shared order lines', () => {
    const only = lost[0] as ClaimableOrder;
    const finding = only.findings.find((f) => f.kind === 'lost-claimable');
    const text = claimText(only.order, finding as NonNullable<typeof finding>, 'en');
    expect(text).toContain('Carrier status: IN_TRANSIT\n');
    expect(text).not.toContain('Carrier pickup');
  });
});

const deadlineOf = (e: ClaimableOrder): string => e.findings[0]?.deadline ?? '';

describe('prepareCases packing', () => {
  it('is first fit in deadline order: the same cases as placing each order in the first case with room', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (const limit of [1, 2, 5, 8]) {
      const entries = Array.from({ length: 300 }, (_, n) => {
        const o = lostOrder(
          `O${String(n).padStart(3, '0')}`,
          '2024-04-01',
          1 + Math.floor(random() * limit * 1.2),
        );
        const deadline = `2024-07-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
        return {
          key: `-/FR/${o.sellerFulfillmentOrderId}`,
          order: o,
          findings: [
            {
              kind: 'lost-claimable',
              severity: 'action',
              startedOn: '2024-04-09',
              deadline,
              facts: {},
              messageKey: 'x',
            },
          ],
        } satisfies ClaimableOrder;
      });
      // The reference: the naive first fit over every open case.
      const sorted = entries
        .map((e) => ({ ...e, deadline: deadlineOf(e) }))
        .sort((a, b) =>
          a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.key < b.key ? -1 : 1,
        );
      const reference: { keys: string[]; items: number }[] = [];
      for (const e of sorted) {
        const items = e.order.items[0]?.quantity ?? 1;
        const fit =
          items > limit ? undefined : reference.find((c) => c.items <= limit - items && c.items > 0);
        if (fit) {
          fit.keys.push(e.key);
          fit.items += items;
        } else reference.push({ keys: [e.key], items: items > limit ? Number.POSITIVE_INFINITY : items });
      }
      const got = prepareCases(entries, [], limit)
        .map((c) => c.orders.map((o) => o.key).join(' '))
        .sort();
      expect(got, `limit ${limit}`).toEqual(reference.map((c) => c.keys.join(' ')).sort());
    }
  });
});
