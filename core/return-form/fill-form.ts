import { sameText, setEditorText } from '../forms/editor-text';
import { type NativeControl, notifyChange, setKatalTextValue, setNativeValue } from '../forms/set-value';
import { setCombobox } from './combobox';
import { outOfSight } from './out-of-sight';
import { checkRadio } from './radio-group';
import { currentValue, innerControl, type LocatedField, locateReturnForm, sameLabel } from './read-form';
import { categoryOf, setCategoryOf } from './reason-category';
import { enabledByTick, inDisabledFieldset, isDisabled } from './row-selection';
import type { FieldOutcome, FillOperation, ProblemCode } from './schema';
import { setSpinbutton } from './spinbutton';
import { setUnitBoxes } from './unit-boxes';
import { answered, setListbox, setStepper } from './widgets';

// Applies a fill plan to the live form, in the page's main world (Katal's `value` properties are
// defined by page scripts an isolated world cannot see). Each operation first checks that the
// field read when the plan was made is still there, unchanged; then sets the value the way a
// framework notices (native value setter, `input` and `change` that bubble and cross shadow
// roots), reads it back and reports. Nothing but the planned fields is touched; Submit never is.

/** Sets a Katal dropdown through its own property; falls back to clicking the matching option. */
function setDropdown(el: Element, value: string): void {
  let changed = false;
  const onChange = () => {
    changed = true;
  };
  el.addEventListener('change', onChange);
  try {
    if ('value' in el) (el as unknown as { value: string }).value = value;
    if (currentValue(el) !== value) {
      const option = Array.from(el.querySelectorAll('kat-option')).find(
        (o) => o.getAttribute('value') === value,
      );
      (option as HTMLElement | undefined)?.click();
    }
  } finally {
    el.removeEventListener('change', onChange);
  }
  // The component announced the change itself; otherwise tell the page's listeners.
  if (!changed && currentValue(el) === value) notifyChange(el);
}

async function setValue(located: LocatedField, value: string): Promise<void> {
  const { element, field } = located;
  switch (field.kind) {
    case 'select': {
      const category = categoryOf(element);
      if (category) await setCategoryOf(element as HTMLSelectElement, category, value);
      setNativeValue(element as NativeControl, value);
      notifyChange(element);
      return;
    }
    case 'input':
    case 'textarea':
      setNativeValue(element as NativeControl, value);
      notifyChange(element);
      return;
    case 'kat-dropdown':
      setDropdown(element, value);
      return;
    case 'kat-input':
    case 'kat-textarea':
      setKatalTextValue(element, innerControl(element), value);
      return;
    case 'radio-group':
      checkRadio(element as HTMLInputElement, value, notifyChange);
      return;
    case 'contenteditable':
      setEditorText(element as HTMLElement, value);
      return;
    case 'stepper':
      await setStepper(element, value);
      return;
    case 'listbox':
      setListbox(element, value);
      return;
    case 'spinbutton':
      await setSpinbutton(element, value);
      return;
    case 'combobox':
      setCombobox(element, value);
      return;
    case 'unit-boxes':
      setUnitBoxes(element, value, notifyChange);
      return;
    case 'checkbox': {
      // As a click would, so that the page's own listeners hear it.
      const box = element as HTMLInputElement;
      if (box.checked !== (value === 'true')) box.click();
      if (box.checked !== (value === 'true')) {
        box.checked = value === 'true';
        notifyChange(box);
      }
      return;
    }
  }
}

/** The item, row and report line of an operation, carried into its outcome. */
export function where(op: FillOperation): Pick<FieldOutcome, 'sku' | 'row' | 'line'> {
  return {
    ...(op.sku ? { sku: op.sku } : {}),
    ...(op.row !== undefined ? { row: op.row } : {}),
    ...(op.line !== undefined ? { line: op.line } : {}),
  };
}

/**
 * A field left unfilled, with what was asked, where, and why. The read-back (verify.ts) also names
 * the report line the field belongs to.
 */
export function notFilled(
  op: FillOperation,
  code: ProblemCode,
  detail?: string,
  { withLine = false }: { withLine?: boolean } = {},
): FieldOutcome {
  return {
    role: op.role,
    status: 'not-filled',
    label: op.label,
    ...where(op),
    problem: {
      role: op.role,
      code,
      requested: op.value,
      ...(op.sku ? { sku: op.sku } : {}),
      ...(detail !== undefined ? { detail: detail.slice(0, 500) } : {}),
      ...(withLine && op.line !== undefined ? { line: op.line } : {}),
    },
  };
}

/** Why the live field no longer is the one the plan was made for, or null if it still is. */
export function changeSince(op: FillOperation, live: LocatedField | undefined): string | null {
  if (!live) return 'field gone';
  const f = live.field;
  if (f.role !== op.role || f.kind !== op.kind || !sameLabel(f.label, op.label)) return 'different field';
  if (f.context !== op.context || f.row !== op.row) return 'different row';
  if (f.options && !f.options.some((o) => o.value === op.value)) return 'option no longer offered';
  return null;
}

/**
 * Fills the planned fields one after another; asynchronous because a stepper's clicks are each
 * answered by the page's own script before the next.
 */
export async function fillReturnForm(
  root: ParentNode,
  operations: readonly FillOperation[],
): Promise<FieldOutcome[]> {
  const live = new Map(locateReturnForm(root).map((l) => [l.field.id, l]));
  const outcomes: FieldOutcome[] = [];
  for (const op of operations) {
    const located = live.get(op.fieldId);
    const change = changeSince(op, located);
    if (change || !located) {
      outcomes.push(notFilled(op, 'page-changed', change ?? undefined));
      continue;
    }
    // A control the page still hides once the quantities are set (a wizard's step 2, shown only
    // after its "Next"; a closed <details>) is not the seller's to fill yet: writing it would send
    // what they never saw.
    if (outOfSight(located.element) && !(await answered(() => !outOfSight(located.element)))) {
      outcomes.push(notFilled(op, 'not-shown'));
      continue;
    }
    // A radio group's first radio disabled is only one choice it lacks (radio-group.ts).
    const disabled = op.kind === 'radio-group' ? inDisabledFieldset : isDisabled;
    if (disabled(located.element)) {
      // Only the page enables a disabled control, when its row's own selection box is ticked
      // (read-form.ts); one it keeps disabled is left as it stands, and said.
      const ticked = [...live.values()].some(
        (l) => l.field.role === 'include' && l.field.row === op.row && currentValue(l.element) === 'true',
      );
      if (!ticked || !(await enabledByTick(located.element))) {
        outcomes.push(notFilled(op, 'value-rejected', 'disabled'));
        continue;
      }
    }
    try {
      await setValue(located, op.value);
    } catch (error) {
      outcomes.push(notFilled(op, 'value-rejected', error instanceof Error ? error.message : String(error)));
      continue;
    }
    const kept = currentValue(located.element);
    if (kept !== op.value && !(op.kind === 'contenteditable' && sameText(kept, op.value)))
      outcomes.push(notFilled(op, 'value-rejected', kept));
    else
      outcomes.push({
        role: op.role,
        status: 'filled',
        label: op.label,
        value: kept.slice(0, 5000),
        ...where(op),
      });
  }
  return outcomes;
}
