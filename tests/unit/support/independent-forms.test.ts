// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fillCaseForm } from '../../../core/support/fill-case-form';
import { controlValue, independentFixtures, loadFixtureBody, withKatal } from '../return-form/dom';

// Support case forms written independently of the prefill (tests/fixtures/support-forms/
// independent/): each `.html` was written from a description of a plausible "Contact Selling
// Partner Support" page before the prefill's code was read, and its `.expected.json` says, from
// that description only, what a correct prefill puts in each box, which boxes it leaves alone,
// and whether it must refuse (fill nothing). Every mismatch names the page and the box.

const FOLDER = 'support-forms/independent';

interface ExpectedForm {
  description: string;
  url: string;
  prefill: { text: string; subject: string; orderId: string };
  refused: boolean;
  expect: { selector: string; value: string }[];
  untouched?: { selector: string; value: string }[];
}

const { pages: forms, expectedOf } = independentFixtures<ExpectedForm>(FOLDER);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('prefilling independently written support case forms', () => {
  it('has forms in the five languages', () => {
    expect(forms.length).toBeGreaterThanOrEqual(8);
  });

  for (const form of forms) {
    it(`fills ${form}`, () => {
      const expected = expectedOf(form);
      withKatal();
      loadFixtureBody(form, FOLDER);
      const result = fillCaseForm(document, expected.prefill);
      const lines: string[] = [];
      if (expected.refused && !result.refusal) lines.push(`not refused: ${JSON.stringify(result.outcomes)}`);
      if (!expected.refused && result.refusal) lines.push(`refused: ${JSON.stringify(result.refusal)}`);
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
      expect(lines, `${form}: ${expected.description}`).toEqual([]);
    });
  }
});
