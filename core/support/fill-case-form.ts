import { editorText, sameText, setEditorText } from '../forms/editor-text';
import { type NativeControl, notifyChange, setKatalTextValue, setNativeValue } from '../forms/set-value';
import { currentValue, innerControl } from '../return-form/read-form';
import { type CaseFormRefusal, type LocatedCaseField, locateCaseForm } from './find-case-form';
import { fitToBox } from './fit-to-box';
import type { CaseFieldRole } from './labels';
import { orderOption, orderSelectValue } from './order-select';
import { holdsPageTemplate } from './page-template';
import type { CaseFieldOutcome, CasePrefill } from './schema';

// Fills the case form's boxes, in the page's main world (Katal's `value` properties are defined by
// page scripts an isolated world cannot see): the description with the case text, and the subject
// and order id when the form has one box for each. Each value is set the way a framework notices
// (core/forms/set-value.ts), then read back. Nothing else is touched; no button is ever pressed:
// the seller reads the case and sends it.

export type CaseFillResult =
  | { outcomes: CaseFieldOutcome[]; refusal?: undefined }
  | { refusal: CaseFormRefusal; outcomes?: undefined };

/** The value asked for a box of this role; none: the box is left alone. */
export function valueFor(role: CaseFieldRole, prefill: CasePrefill): string | undefined {
  if (role === 'description') return prefill.text;
  return role === 'subject' ? prefill.subject : prefill.orderId;
}

function setCaseValue({ element, kind }: LocatedCaseField, value: string): void {
  if (kind === 'contenteditable') {
    setEditorText(element as HTMLElement, value);
    return;
  }
  if (kind === 'kat-input' || kind === 'kat-textarea') {
    setKatalTextValue(element, innerControl(element), value);
    return;
  }
  if (kind === 'select') {
    const option = orderOption(element as HTMLSelectElement, value);
    if (!option) throw new Error('order not listed');
    setNativeValue(element as NativeControl, option.value);
    notifyChange(element);
    return;
  }
  setNativeValue(element as NativeControl, value);
  notifyChange(element);
}

/** What the box holds: a control's value, an editor's text, the order a list of orders shows. */
export function boxValue({ element, kind }: LocatedCaseField, asked = ''): string {
  if (kind === 'select') return orderSelectValue(element as HTMLSelectElement, asked);
  return kind === 'contenteditable' ? editorText(element) : currentValue(element);
}

export function fillCaseForm(root: ParentNode, prefill: CasePrefill): CaseFillResult {
  const search = locateCaseForm(root);
  if (!search.ok) return { refusal: search.refusal };
  const outcomes = search.fields.flatMap((field): CaseFieldOutcome[] => {
    const asked = valueFor(field.role, prefill);
    if (asked === undefined || asked === '') return [];
    const value = fitToBox(field, asked);
    const base = { role: field.role, label: field.label, length: value.length };
    // The seller already wrote in this box: their text stays (the case text is in the clipboard).
    // The page's own template in it is no text of theirs (./page-template.ts).
    const before = boxValue(field, value);
    if (before.trim() !== '' && before !== value && !holdsPageTemplate(field))
      return [{ ...base, status: 'kept', detail: before.slice(0, 200) }];
    // Longer than the box takes: never cut (the cut would fall mid-sentence in the seller's case);
    // the text is in the clipboard, to shorten and paste.
    if (field.maxLength !== undefined && value.length > field.maxLength)
      return [{ ...base, status: 'not-filled', limit: field.maxLength }];
    try {
      setCaseValue(field, value);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return [{ ...base, status: 'not-filled', detail: detail.slice(0, 200) }];
    }
    const kept = boxValue(field, value);
    return kept === value || (field.kind === 'contenteditable' && sameText(kept, value))
      ? [{ ...base, status: 'filled' }]
      : [{ ...base, status: 'not-filled', detail: kept.slice(0, 200) }];
  });
  return { outcomes };
}
