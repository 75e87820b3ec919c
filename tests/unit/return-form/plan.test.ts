import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../core/model/order';
import {
  commentFromTemplate,
  mergeOutcomes,
  planReturnFill,
  shippedQuantity,
} from '../../../core/return-form/plan';
import type { FieldProblem, FormDescription, FormField } from '../../../core/return-form/schema';

const items: Item[] = [
  { sellerSku: 'MUG-BLEU-350', quantity: 2, title: 'Mug' },
  { sellerSku: 'SOUS-VERRE-LIEGE', quantity: 1 },
];
const zeroTo = (n: number) =>
  Array.from({ length: n + 1 }, (_, i) => ({ value: String(i), label: String(i) }));
const quantity = (n: number, context: string, max: number): FormField => ({
  id: `quantity#${n}`,
  role: 'quantity',
  kind: 'select',
  label: 'Retour',
  options: zeroTo(max),
  context,
  value: '0',
});
const reason: FormField = {
  id: 'reason#0',
  role: 'reason',
  kind: 'kat-dropdown',
  label: 'Motif du retour',
  options: [
    { value: 'CR-DEFECTIVE', label: 'Article défectueux' },
    { value: 'R-17', label: 'Endommagé par le transporteur' },
  ],
  context: '',
  value: '',
};
const comment: FormField = {
  id: 'comment#0',
  role: 'comment',
  kind: 'textarea',
  label: 'Commentaires',
  context: '',
  value: '',
};
const fullForm: FormDescription = {
  fields: [
    quantity(0, 'SOUS-VERRE-LIEGE Sous-verres 1', 1),
    quantity(1, 'MUG-BLEU-350 Mug 2', 2),
    reason,
    comment,
  ],
  hasSubmit: true,
};

/** Problems without their report line (tested on its own). */
const withoutLines = (problems: readonly FieldProblem[]) => problems.map(({ line: _line, ...rest }) => rest);

describe('planReturnFill', () => {
  it('puts each quantity in its item’s row, maps the reason by label and fills the comment', () => {
    const plan = planReturnFill(
      { items },
      {
        quantities: { 'MUG-BLEU-350': 2, 'SOUS-VERRE-LIEGE': 1 },
        reason: 'CR-DAMAGED_BY_CARRIER',
        comment: 'Retour 402',
      },
      fullForm,
    );
    expect(withoutLines(plan.problems)).toEqual([]);
    expect(plan.operations.map((o) => [o.fieldId, o.value, o.sku])).toEqual([
      ['quantity#1', '2', 'MUG-BLEU-350'],
      ['quantity#0', '1', 'SOUS-VERRE-LIEGE'],
      ['reason#0', 'R-17', undefined],
      ['comment#0', 'Retour 402', undefined],
    ]);
    // The operation remembers the field as read, to notice a page that changed since.
    expect(plan.operations[0]).toMatchObject({
      kind: 'select',
      label: 'Retour',
      context: 'MUG-BLEU-350 Mug 2',
    });
  });

  it('refuses a quantity above what shipped and still fills the rest', () => {
    const plan = planReturnFill(
      { items },
      { quantities: { 'MUG-BLEU-350': 3, 'SOUS-VERRE-LIEGE': 1 }, reason: 'CR-DEFECTIVE', comment: 'c' },
      fullForm,
    );
    expect(withoutLines(plan.problems)).toEqual([
      { role: 'quantity', code: 'above-shipped', sku: 'MUG-BLEU-350', requested: '3', detail: '2' },
    ]);
    expect(plan.operations.map((o) => o.fieldId)).toEqual(['quantity#0', 'reason#0', 'comment#0']);
  });

  it('says which fields the form lacks, and a reason it does not offer', () => {
    const plan = planReturnFill(
      { items },
      { quantities: { 'MUG-BLEU-350': 1 }, reason: 'CR-MISSING_PARTS', comment: 'c' },
      { fields: [quantity(0, 'MUG-BLEU-350', 2), reason], hasSubmit: true },
    );
    expect(withoutLines(plan.problems)).toEqual([
      { role: 'reason', code: 'unknown-reason', requested: 'CR-MISSING_PARTS' },
      { role: 'comment', code: 'field-not-found', requested: 'c' },
    ]);
    expect(plan.operations.map((o) => [o.fieldId, o.value])).toEqual([['quantity#0', '1']]);
  });

  it('says an item has no row on the form, and a quantity the dropdown does not offer', () => {
    const plan = planReturnFill(
      { items },
      { quantities: { 'MUG-BLEU-350': 2, 'SOUS-VERRE-LIEGE': 1 }, reason: '', comment: '' },
      { fields: [quantity(0, 'MUG-BLEU-350', 1)], hasSubmit: false },
    );
    expect(withoutLines(plan.problems)).toEqual([
      { role: 'quantity', code: 'option-not-offered', sku: 'MUG-BLEU-350', requested: '2', detail: '1' },
      { role: 'quantity', code: 'item-not-on-form', sku: 'SOUS-VERRE-LIEGE', requested: '1' },
    ]);
    expect(plan.operations).toEqual([]);
  });

  it('matches the only quantity field of a single-item order even without its SKU', () => {
    const plan = planReturnFill(
      { items: [{ sellerSku: 'A', quantity: 1 }] },
      { quantities: { A: 1 }, reason: '', comment: '' },
      { fields: [quantity(0, 'Mug bleu', 1)], hasSubmit: true },
    );
    expect(plan.operations.map((o) => [o.fieldId, o.value])).toEqual([['quantity#0', '1']]);
  });

  it('never plans a quantity above what shipped nor outside the form’s options (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 10 }), fc.integer({ min: -3, max: 10 }), (mug, coasters) => {
        const plan = planReturnFill(
          { items },
          { quantities: { 'MUG-BLEU-350': mug, 'SOUS-VERRE-LIEGE': coasters }, reason: '', comment: '' },
          fullForm,
        );
        for (const op of plan.operations) {
          const shipped = items.find((i) => i.sellerSku === op.sku)?.quantity ?? -1;
          expect(Number(op.value)).toBeGreaterThanOrEqual(0);
          expect(Number(op.value)).toBeLessThanOrEqual(shipped);
        }
        // Every item is either planned or explained.
        expect(plan.operations.length + plan.problems.length).toBe(2);
      }),
    );
  });
});

describe('shippedQuantity', () => {
  const mug = items[0]!;
  it('is what the order shipped only when the order says so: Complete, or a shipments report', () => {
    expect(shippedQuantity(mug, { fulfillmentOrderStatus: 'Complete' })).toEqual({
      known: true,
      quantity: 2,
    });
    expect(
      shippedQuantity(mug, {
        items,
        provenance: { 'items.0.quantity': { source: 'report', seenAt: '2026-11-01T00:00:00.000Z' } },
      }),
    ).toEqual({ known: true, quantity: 2 });
  });

  it('is unknown (at most the ordered quantity) for a partial order, one not shipped, or no status', () => {
    for (const fulfillmentOrderStatus of ['CompletePartialled', 'Processing', undefined] as const) {
      expect(shippedQuantity(mug, fulfillmentOrderStatus ? { fulfillmentOrderStatus } : {})).toEqual({
        known: false,
        atMost: 2,
      });
    }
    // A page's quantity is the ordered one, even with the page as its source.
    expect(
      shippedQuantity(mug, {
        items,
        fulfillmentOrderStatus: 'CompletePartialled',
        provenance: { 'items.0.quantity': { source: 'page', seenAt: '2026-11-01T00:00:00.000Z' } },
      }),
    ).toEqual({ known: false, atMost: 2 });
  });

  it('never lets a partial order return more than was ordered', () => {
    const plan = planReturnFill(
      { items, fulfillmentOrderStatus: 'CompletePartialled' },
      { quantities: { 'MUG-BLEU-350': 3 }, reason: '', comment: '' },
      fullForm,
    );
    expect(withoutLines(plan.problems)).toEqual([
      { role: 'quantity', code: 'above-shipped', sku: 'MUG-BLEU-350', requested: '3', detail: '2' },
    ]);
  });
});

describe('mergeOutcomes', () => {
  it('lists filled fields and refused ones in form order', () => {
    const merged = mergeOutcomes(
      {
        operations: [],
        problems: [{ role: 'quantity', code: 'above-shipped', sku: 'A', requested: '3', detail: '2' }],
      },
      [{ role: 'comment', status: 'filled', label: 'Commentaires', value: 'x' }],
    );
    expect(merged.map((o) => [o.role, o.status])).toEqual([
      ['quantity', 'not-filled'],
      ['comment', 'filled'],
    ]);
  });
});

it('puts the order id in the comment template', () => {
  expect(commentFromTemplate('Retour {orderId} / Return {orderId}', '402-1')).toBe(
    'Retour 402-1 / Return 402-1',
  );
});
