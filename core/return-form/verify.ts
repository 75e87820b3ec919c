import { sameText } from '../forms/editor-text';
import { changeSince, notFilled, where } from './fill-form';
import { currentValue, innerControl, type LocatedField, locateReturnForm } from './read-form';
import type { FieldOutcome, FillOperation, FillPlan } from './schema';

// The fill report, checked by the extension itself. The main-world filler answers through
// window.postMessage, which any page script can read and answer first: its outcomes are a claim,
// not a fact. After filling, the isolated world reads every field it can back from the DOM (native
// controls, and the native input inside a Katal input or textarea), and says ✓ only for a value
// it read itself. A Katal dropdown keeps its value in a property only page scripts see: its line
// says what the page confirmed, never ✓. Pure: the root to read and the claims go in.

/** The value the extension can read itself, or null when only page scripts can. */
function readBack(located: LocatedField): string | null {
  const { element, field } = located;
  switch (field.kind) {
    case 'select':
    case 'input':
    case 'textarea':
      return (element as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    case 'kat-input':
    case 'kat-textarea':
      return innerControl(element)?.value ?? null;
    case 'kat-dropdown':
      return null;
    case 'radio-group':
    case 'checkbox':
    case 'unit-boxes':
    case 'contenteditable':
    case 'stepper':
    case 'spinbutton':
    case 'listbox':
    case 'combobox':
      return currentValue(element);
  }
}

/** The main world's outcome for the operation at `index`, if it really is about that operation. */
function claimFor(
  op: FillOperation,
  index: number,
  claims: readonly FieldOutcome[],
): FieldOutcome | undefined {
  const claim = claims[index];
  if (!claim || claim.role !== op.role || claim.line !== op.line || claim.sku !== op.sku) return undefined;
  return claim;
}

/**
 * One outcome per planned operation, as the extension itself sees the form under `root` now:
 * - a value read back equal to the one asked: `filled` (✓);
 * - read back different: `not-filled`, with the value the page holds (the main world's own
 *   explanation when it gave one);
 * - not readable here (Katal dropdown): `confirmed-by-page` when the main world says it holds the
 *   value asked, else `not-filled`.
 */
export function verifyFill(
  root: ParentNode,
  plan: Pick<FillPlan, 'operations'>,
  claims: readonly FieldOutcome[] = [],
): FieldOutcome[] {
  const live = new Map(locateReturnForm(root).map((l) => [l.field.id, l]));
  return plan.operations.map((op, index) => {
    const claim = claimFor(op, index, claims);
    const located = live.get(op.fieldId);
    const change = changeSince(op, located);
    if (change || !located) return notFilled(op, 'page-changed', change ?? undefined, { withLine: true });
    const value = readBack(located);
    if (value !== null) {
      if (value === op.value || (op.kind === 'contenteditable' && sameText(value, op.value)))
        return {
          role: op.role,
          status: 'filled',
          label: op.label,
          value: value.slice(0, 5000),
          ...where(op),
        };
      if (claim?.status === 'not-filled' && claim.problem) return { ...claim, ...where(op), label: op.label };
      return notFilled(op, 'read-back-differs', value, { withLine: true });
    }
    if (claim?.status === 'filled' && claim.value === op.value)
      return { role: op.role, status: 'confirmed-by-page', label: op.label, value: op.value, ...where(op) };
    if (claim?.status === 'not-filled' && claim.problem) return { ...claim, ...where(op), label: op.label };
    if (claim?.status === 'filled' && claim.value !== undefined)
      return notFilled(op, 'read-back-differs', claim.value, { withLine: true });
    return notFilled(op, 'not-confirmed', undefined, { withLine: true });
  });
}
