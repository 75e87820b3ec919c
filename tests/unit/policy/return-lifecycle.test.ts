import { describe, expect, it } from 'vitest';
import { returnStepStates } from '../../../core/checklists/checklists';
import type { Return } from '../../../core/model/order';
import { assessOrder } from '../../../core/policy/assess';
import { fromSpApi } from '../../../core/sp-api/from-sp-api';
import { at, shippedOrder } from './helpers';

// Issue 14: a customer return followed to the end (R8, domain.md §6): authorized → in transit →
// received, with the unit's condition; "now" injected. Nothing received N days after the
// authorization: the return warning; received unsellable: the removal reminder; received damaged
// by the carrier or the fulfilment centre: the removal reminder and the damage claim (R5).

const NOON = (date: string) => at(date, '12:00', 'Europe/Paris');
const RMA = 'DkXyZ1234';
const withReturn = (ret: Partial<Return>) =>
  shippedOrder([{ carrierCode: 'UPS', trackingNumber: '1Z999', currentStatus: 'DELIVERED' }], {
    returns: [
      {
        rmaId: RMA,
        items: [{ sellerSku: 'MUG-BLEU-350', quantity: 1 }],
        status: 'authorized',
        createdDate: '2024-05-02',
        ...ret,
      },
    ],
  });
const kinds = (o: ReturnType<typeof withReturn>, date: string) =>
  assessOrder(o, NOON(date), { returnReminderDays: 14 })
    .findings.filter((f) => f.kind.startsWith('return') || f.kind === 'damaged-claimable')
    .map((f) => `${f.kind}:${f.severity}`)
    .sort();

describe('a return from its authorization to its end', () => {
  it('authorized, then in transit: open, and a warning when nothing is received 14 days after', () => {
    expect(kinds(withReturn({}), '2024-05-03')).toEqual(['return-open:info']);
    expect(kinds(withReturn({ status: 'in-transit' }), '2024-05-15')).toEqual(['return-open:info']);
    expect(kinds(withReturn({ status: 'in-transit' }), '2024-05-16')).toEqual(['return-open:warning']);
  });

  it('received sellable: nothing more to do', () => {
    expect(
      kinds(
        withReturn({ status: 'received', receivedCondition: 'Sellable', receivedDate: '2024-05-10' }),
        '2024-05-20',
      ),
    ).toEqual([]);
  });

  it('received unsellable (defective, damaged by the customer): the removal-order reminder', () => {
    for (const receivedCondition of ['Defective', 'CustomerDamaged'] as const) {
      const o = withReturn({ status: 'received', receivedCondition, receivedDate: '2024-05-10' });
      expect(kinds(o, '2024-05-12')).toEqual(['return-removal:warning']);
      const finding = assessOrder(o, NOON('2024-05-12')).findings.find((f) => f.kind === 'return-removal');
      expect(finding).toMatchObject({
        startedOn: '2024-05-10',
        facts: { rmaId: RMA, receivedCondition, receivedDate: '2024-05-10', units: 1, claimable: false },
      });
    }
  });

  it('received damaged by the carrier or the fulfilment centre: removal reminder and damage claim (R5)', () => {
    for (const receivedCondition of ['CarrierDamaged', 'FulfillerDamaged'] as const) {
      const o = withReturn({ status: 'received', receivedCondition, receivedDate: '2024-05-10' });
      expect(kinds(o, '2024-05-12')).toEqual(['damaged-claimable:action', 'return-removal:warning']);
    }
  });

  it('a return the seller closed asks nothing more', () => {
    const o = withReturn({ status: 'closed', receivedCondition: 'Defective', receivedDate: '2024-05-10' });
    expect(kinds(o, '2024-05-12')).toEqual([]);
  });

  it('its checklist shows the steps the return’s state has passed, and which do not apply', () => {
    const steps = (ret: Partial<Return> | null) => {
      const { done, notApplicable } = returnStepStates(ret ? withReturn(ret) : shippedOrder([]));
      return { done: [...done].sort(), notApplicable: [...notApplicable].sort() };
    };
    expect(steps(null)).toEqual({ done: [], notApplicable: [] });
    expect(steps({}).done).toEqual([
      'comments',
      'create-return',
      'open-order',
      'quantities',
      'reason',
      'submit',
    ]);
    expect(steps({ status: 'in-transit' }).done).toContain('send-rma');
    expect(steps({ status: 'in-transit' }).done).toContain('label');
    expect(steps({ status: 'in-transit' }).done).not.toContain('follow');
    expect(steps({ status: 'received', receivedCondition: 'Defective' })).toMatchObject({
      notApplicable: ['damaged-claim', 'restocked'],
    });
    expect(steps({ status: 'received', receivedCondition: 'Defective' }).done).toContain('received');
    expect(steps({ status: 'received', receivedCondition: 'Sellable' }).notApplicable).toEqual([
      'damaged-claim',
      'removal',
    ]);
    expect(steps({ status: 'received', receivedCondition: 'CarrierDamaged' }).notApplicable).toEqual([
      'restocked',
    ]);
  });

  it('from an SP-API import: a processed return item with its condition is received, and reminded', () => {
    const [imported] = fromSpApi(
      {
        payload: {
          fulfillmentOrder: {
            sellerFulfillmentOrderId: 'MCF-RET-1',
            displayableOrderId: 'SHOP-1042',
            marketplaceId: 'A13V1IB3VIYZZH',
            fulfillmentOrderStatus: 'Complete',
            displayableOrderDate: '2024-04-01T10:00:00Z',
            displayableOrderComment: 'x',
            shippingSpeedCategory: 'Standard',
            destinationAddress: { name: 'x', addressLine1: 'x', countryCode: 'FR' },
            receivedDate: '2024-04-01T10:00:00Z',
            statusUpdatedDate: '2024-05-10T10:00:00Z',
          },
          fulfillmentOrderItems: [
            { sellerSku: 'MUG-BLEU-350', sellerFulfillmentOrderItemId: 'i1', quantity: 1 },
          ],
          returnItems: [
            {
              sellerReturnItemId: 'r1',
              sellerFulfillmentOrderItemId: 'i1',
              amazonShipmentId: 's1',
              sellerReturnReasonCode: 'CR-DAMAGED_BY_CARRIER',
              status: 'Processed',
              statusChangedDate: '2024-05-10T10:00:00Z',
              returnAuthorizationId: 'ra1',
              returnReceivedCondition: 'CarrierDamaged',
            },
          ],
          returnAuthorizations: [{ returnAuthorizationId: 'ra1', amazonRmaId: RMA }],
        },
      },
      new Date('2024-05-11T08:00:00Z'),
    );
    expect(imported?.returns).toMatchObject([
      { rmaId: RMA, status: 'received', receivedCondition: 'CarrierDamaged' },
    ]);
    const found = assessOrder(imported!, NOON('2024-05-12')).findings.map((f) => f.kind);
    expect(found).toContain('return-removal');
    expect(found).toContain('damaged-claimable');
  });
});
