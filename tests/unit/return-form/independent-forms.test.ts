// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../core/model/order';
import { fillReturnForm } from '../../../core/return-form/fill-form';
import { mergeOutcomes, planReturnFill, type ReturnChoices } from '../../../core/return-form/plan';
import { readReturnForm } from '../../../core/return-form/read-form';
import type { KnownRole } from '../../../core/return-form/schema';
import { controlValue, independentFixtures, loadFixtureBody, withKatal } from './dom';

// Return forms written independently of the filler (tests/fixtures/return-forms/independent/):
// each `.html` was written from a description of a plausible "Create customer return" form in one
// of the five languages before the filler's code was read, and its `.expected.json` says, from
// that description only, what a correct prefill puts in each control, which controls it leaves
// alone, and which roles it must report it could not fill. Every mismatch names the form, the
// control, what was expected and what the page holds.

const FOLDER = 'return-forms/independent';

interface ExpectedForm {
  description: string;
  url: string;
  items: { sellerSku: string; quantity: number }[];
  /**
   * The seller's plan; `reasons` (SKU → reason) is the fixtures' way to write a reason per item,
   * given to the planner as each item's own (`perItem`), as the popup's "one per item" mode does.
   */
  choices: Omit<ReturnChoices, 'perItem'> & { reasons?: Readonly<Record<string, string>> };
  /** Controls and their value after a correct prefill. */
  expect: { selector: string; value: string }[];
  /** Controls the prefill must leave as they are. */
  untouched?: { selector: string; value: string }[];
  /** Roles the filler must report as not filled (no such control, no matching reason, …). */
  notFilled?: KnownRole[];
}

function planChoices({ reasons, ...choices }: ExpectedForm['choices']): ReturnChoices {
  if (!reasons) return choices;
  const perItem = Object.fromEntries(Object.entries(reasons).map(([sku, reason]) => [sku, { reason }]));
  return { ...choices, perItem };
}

const { pages: forms, expectedOf } = independentFixtures<ExpectedForm>(FOLDER);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('prefilling independently written return forms', () => {
  it('has forms in the five languages', () => {
    expect(forms.length).toBeGreaterThanOrEqual(8);
  });

  for (const form of forms) {
    it(`fills ${form}`, async () => {
      const expected = expectedOf(form);
      withKatal();
      loadFixtureBody(form, FOLDER);
      const order = {
        items: expected.items as Item[],
        // The quantities on the form are what shipped: every unit left.
        fulfillmentOrderStatus: 'Complete' as const,
      };
      const plan = planReturnFill(order, planChoices(expected.choices), readReturnForm(document));
      const outcomes = mergeOutcomes(plan, await fillReturnForm(document, plan.operations));
      const lines: string[] = [];
      if (plan.refusal) lines.push(`refused: ${JSON.stringify(plan.refusal)}`);
      for (const { selector, value } of expected.expect) {
        const got = controlValue(selector);
        if (got !== value)
          lines.push(`${selector}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got)}`);
      }
      for (const { selector, value } of expected.untouched ?? []) {
        const got = controlValue(selector);
        if (got !== value)
          lines.push(`${selector} touched: was ${JSON.stringify(value)}, now ${JSON.stringify(got)}`);
      }
      const reported = new Set(outcomes.filter((o) => o.status === 'not-filled').map((o) => o.role));
      for (const role of expected.notFilled ?? [])
        if (!reported.has(role)) lines.push(`${role}: not reported as not filled`);
      for (const role of reported)
        if (role !== 'other' && !(expected.notFilled ?? []).includes(role))
          lines.push(
            `${role} reported not filled: ${JSON.stringify(outcomes.filter((o) => o.role === role && o.status === 'not-filled'))}`,
          );
      expect(lines, `${form}: ${expected.description}`).toEqual([]);
    });
  }
});
