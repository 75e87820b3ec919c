import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../../core/model/finding';
import { assessOrder } from '../../../core/policy/assess';
import { POLICY_RULES } from '../../../core/policy/rules';
import { at, order, SHIPPED_APRIL_1, shippedOrder } from './helpers';

const NOON = (date: string) => at(date, '12:00', 'Europe/Paris');
const kinds = (o: ReturnType<typeof order>, date: string) =>
  assessOrder(o, NOON(date)).findings.map((f) => f.kind);

describe('rules.ts, the list of rules', () => {
  it('names a rule for every finding kind, and a file and a policy sentence for each rule', () => {
    const raised = new Set(POLICY_RULES.flatMap((r) => r.raises));
    expect([...raised].sort()).toEqual([...FINDING_KINDS].sort());
    for (const rule of POLICY_RULES) {
      expect(rule.policy.length).toBeGreaterThan(20);
      expect(rule.file).toMatch(/^core\/policy\/rules\/[a-z-]+\.ts$/);
    }
  });
});

describe('assessOrder', () => {
  it('raises nothing for a cancelled order, whatever its dates', () => {
    const o = order({ fulfillmentOrderStatus: 'Cancelled', estimatedArrivalDate: '2024-01-01' });
    expect(assessOrder(o, NOON('2024-06-01'))).toEqual({ findings: [], nextReviewAt: null });
  });

  it('judges each shipment on its own dates and keeps its index', () => {
    const o = order({
      estimatedArrivalDate: '2024-05-01',
      shipments: [
        {
          fulfillmentShipmentStatus: 'SHIPPED',
          shippingDate: '2024-04-01',
          estimatedArrivalDate: '2024-04-03',
          packages: [{ trackingNumber: 'A', currentStatus: 'DELAYED' }],
        },
        {
          fulfillmentShipmentStatus: 'SHIPPED',
          shippingDate: '2024-04-10',
          packages: [{ trackingNumber: 'B', currentStatus: 'IN_TRANSIT' }],
        },
      ],
    });
    const { findings } = assessOrder(o, NOON('2024-04-20'));
    expect(findings.map((f) => [f.kind, f.shipmentIndex, f.deadline])).toEqual([
      ['lost-claimable', 0, '2024-07-02'],
    ]);
    // The second shipment falls back on the order's D (1 May): not even late yet.
    expect(kinds(o, '2024-05-02')).toEqual(['lost-claimable', 'lost-watch']);
  });

  it('claims only the packages the carrier does not say delivered', () => {
    const o = shippedOrder([
      { trackingNumber: 'DELIVERED-1', events: [{ code: 'EVENT_301', date: '2024-04-03' }] },
      { trackingNumber: 'LOST-2', currentStatus: 'UNDELIVERABLE' },
    ]);
    const [finding] = assessOrder(o, NOON('2024-04-11')).findings;
    expect(finding?.kind).toBe('lost-claimable');
    expect(finding?.facts.trackingNumbers).toBe('LOST-2');
  });

  it('never reads a delivered event, locker delivery or delivered date as lost', () => {
    for (const pkg of [
      { trackingNumber: 'T', events: [{ code: 'EVENT_801' }] },
      { trackingNumber: 'T', deliveredDate: '2024-04-04', currentStatus: 'IN_TRANSIT' },
      { trackingNumber: 'T', currentStatus: 'PICKUP_SUCCESSFUL' },
    ]) {
      const o = shippedOrder([pkg]);
      expect(kinds(o, '2024-04-20')).toEqual([]);
    }
  });

  it('turns a lost check into a claim once the carrier status is known', () => {
    const shipment = SHIPPED_APRIL_1;
    expect(
      kinds(
        order({
          shipments: [{ ...shipment, packages: [{ trackingNumber: 'T', currentStatus: 'UNKNOWN' }] }],
        }),
        '2024-04-20',
      ),
    ).toEqual(['lost-check']);
    expect(
      kinds(
        order({
          shipments: [{ ...shipment, packages: [{ trackingNumber: 'T', events: [{ code: 'EVENT_409' }] }] }],
        }),
        '2024-04-20',
      ),
    ).toEqual(['lost-claimable']);
  });

  it('asks for S or D instead of guessing, naming the missing fields', () => {
    const o = order({
      shipments: [{ fulfillmentShipmentStatus: 'SHIPPED', packages: [{ carrierCode: 'UPS' }] }],
      provenance: {
        'shipments.0.fulfillmentShipmentStatus': { source: 'page', seenAt: '2024-04-02T08:00:00Z' },
      },
    });
    const { findings, nextReviewAt } = assessOrder(o, NOON('2024-05-20'));
    expect(findings).toEqual([
      {
        kind: 'needs-data',
        severity: 'warning',
        startedOn: '2024-04-02',
        facts: { missing: 'shipments.0.estimatedArrivalDate,shipments.0.shippingDate', missingCount: 2 },
        messageKey: 'needs-data',
      },
    ]);
    expect(nextReviewAt).toBeNull();
  });

  it('does not ask for D of a removal order, which cannot be claimed anyway', () => {
    const o = order({
      purpose: 'removal',
      shipments: [
        {
          fulfillmentShipmentStatus: 'SHIPPED',
          shippingDate: '2024-04-01',
          packages: [{ trackingNumber: 'T' }],
        },
      ],
    });
    expect(kinds(o, '2024-05-20')).toEqual([]);
  });

  it('says why an Amazon-order MCF shipment is not claimable', () => {
    const o = shippedOrder([{ trackingNumber: 'T', events: [{ code: 'EVENT_405', date: '2024-04-02' }] }], {
      purpose: 'amazon-order',
    });
    const { findings } = assessOrder(o, NOON('2024-04-20'));
    expect(findings).toMatchObject([
      {
        kind: 'not-eligible',
        startedOn: '2024-04-02',
        messageKey: 'not-eligible.amazon-order',
        facts: { purpose: 'amazon-order', wouldHaveRaised: 'damaged-claimable' },
      },
    ]);
  });

  it('raises a damage claim for a carrier event, a damaged return and a seller mark, not twice for one damage', () => {
    const o = shippedOrder(
      [
        {
          trackingNumber: 'T',
          currentStatus: 'IN_TRANSIT',
          events: [{ code: 'EVENT_405', date: '2024-04-02' }],
        },
      ],
      {
        returns: [
          {
            rmaId: 'RMA-9',
            items: [{ sellerSku: 'S', quantity: 1 }],
            status: 'received',
            receivedCondition: 'CARRIERDAMAGED',
            receivedDate: '2024-04-15',
          },
        ],
        damage: { reportedDate: '2024-04-02', source: 'carrier-event' },
      },
    );
    const { findings } = assessOrder(o, NOON('2024-04-20'));
    expect(findings.map((f) => [f.kind, f.startedOn, f.facts.damageSource])).toEqual([
      // The damaged unit came back unsellable: a removal order too (issue 14).
      ['return-removal', '2024-04-15', undefined],
      ['damaged-claimable', '2024-04-02', 'carrier-event'],
      ['damaged-claimable', '2024-04-15', 'return'],
    ]);
    const claims = findings.filter((f) => f.kind === 'damaged-claimable');
    expect(claims[0]?.facts.proof).toContain('photo-shipping-labels');
  });

  it('points an unfulfillable order to the inventory report, a dangerous-goods one to the hazmat review', () => {
    const inventory = assessOrder(
      order({ fulfillmentOrderStatus: 'Unfulfillable', estimatedArrivalDate: '2024-04-01' }),
      NOON('2024-04-20'),
    );
    expect(inventory.findings).toMatchObject([
      {
        kind: 'unfulfillable',
        severity: 'action',
        facts: { check: 'inventory-history-report' },
        messageKey: 'unfulfillable.status',
      },
    ]);
    const hazmat = assessOrder(
      order({ unfulfillableReason: 'dangerous-goods', estimatedArrivalDate: '2024-04-01' }),
      NOON('2024-04-20'),
    );
    expect(hazmat.findings).toMatchObject([
      {
        kind: 'unfulfillable',
        facts: { check: 'dangerous-goods-review' },
        messageKey: 'unfulfillable.dangerous-goods',
      },
    ]);
  });

  it('honours the claim window and return reminder settings', () => {
    const o = shippedOrder([{ trackingNumber: 'T', currentStatus: 'DELAYED' }], {
      returns: [{ rmaId: 'R', items: [], createdDate: '2024-04-20', status: 'in-transit' }],
    });
    const { findings } = assessOrder(o, NOON('2024-05-04'), { claimWindowDays: 30, returnReminderDays: 7 });
    expect(findings.map((f) => `${f.kind}:${f.severity}`)).toEqual([
      'return-open:warning',
      'claim-expired:info',
    ]);
  });

  it('reads an explicit PENDING status over its (estimated) shipping date', () => {
    const o = order({
      shipments: [
        {
          fulfillmentShipmentStatus: 'PENDING',
          shippingDate: '2024-04-01',
          estimatedArrivalDate: '2024-04-05',
        },
      ],
    });
    expect(kinds(o, '2024-04-03')).toEqual([]);
    expect(kinds(o, '2024-04-05')).toEqual(['not-shipped-by-edd']);
  });
});
