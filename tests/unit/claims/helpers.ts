import { type Claim, ClaimSchema } from '../../../core/claims/claim';

/** A claim for order MCF-1 (amazon.fr), one line of 2 units, filed on 12 April 2024. */
export function claim(fields: Partial<Claim> = {}): Claim {
  return ClaimSchema.parse({
    id: 'c1',
    reason: 'lost',
    countryCode: 'FR',
    filedOn: '2024-04-12',
    lines: [
      {
        orderKey: '-/FR/MCF-1',
        amazonOrderId: '402-1234567-1234567',
        sellerFulfillmentOrderId: 'MCF-1',
        items: [{ sellerSku: 'SKU-A', quantity: 2 }],
      },
    ],
    status: 'filed',
    payments: [],
    updatedAt: '2024-04-12T10:00:00.000Z',
    ...fields,
  });
}

/** One payment row as the matching records it. */
export function payment(
  reimbursementId: string,
  amount: number,
  quantity: number,
  fields: Partial<Claim['payments'][number]> = {},
): Claim['payments'][number] {
  return {
    reimbursementId,
    approvalDate: '2024-05-02',
    amount: { amount, currency: 'EUR' },
    quantity,
    ...fields,
  };
}
