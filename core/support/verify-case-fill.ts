import { editorText, sameText } from '../forms/editor-text';
import { innerControl } from '../return-form/read-form';
import { valueFor } from './fill-case-form';
import { type LocatedCaseField, locateCaseForm } from './find-case-form';
import { fitToBox } from './fit-to-box';
import { orderSelectValue } from './order-select';
import type { CaseFieldOutcome, CaseFillReport, CasePrefill } from './schema';

// The case-form report, checked by the extension itself. The main-world filler answers through
// window.postMessage, which any page script can read and answer first: its outcomes are a claim.
// The isolated world finds the boxes again and reads back what it can (a native box, the native
// box inside an open Katal component): ✓ only for a value it read itself. A box only page scripts
// can read keeps the page's word (≈), never ✓. Pure: the root to read and the claims go in.

/** The value the extension can read itself, or null when only page scripts can. */
function readBack({ element, kind }: LocatedCaseField, asked: string): string | null {
  if (kind === 'contenteditable') return editorText(element);
  if (kind === 'select') return orderSelectValue(element as HTMLSelectElement, asked);
  if (kind === 'kat-input' || kind === 'kat-textarea') return innerControl(element)?.value ?? null;
  return (element as HTMLInputElement | HTMLTextAreaElement).value;
}

export function verifyCaseFill(
  root: ParentNode,
  prefill: CasePrefill,
  claims: readonly CaseFieldOutcome[] = [],
): CaseFillReport {
  const search = locateCaseForm(root);
  if (!search.ok) return { outcomes: [], refusal: search.refusal, boxes: search.boxes };
  const outcomes = search.fields.flatMap((field): CaseFieldOutcome[] => {
    const asked = valueFor(field.role, prefill);
    if (asked === undefined || asked === '') return [];
    const value = fitToBox(field, asked);
    const base = { role: field.role, label: field.label, length: value.length };
    const claim = claims.find((c) => c.role === field.role);
    const seen = readBack(field, value);
    // Longer than the box takes: left to the seller (fill-case-form.ts), whatever the page says,
    // unless the box holds the seller's own text.
    if (field.maxLength !== undefined && value.length > field.maxLength && seen !== value) {
      if (claim?.status === 'kept' && (seen ?? '').trim() !== '')
        return [{ ...base, status: 'kept', detail: (seen as string).slice(0, 200) }];
      return [{ ...base, status: 'not-filled', limit: field.maxLength }];
    }
    if (seen !== null) {
      if (seen === value || (field.kind === 'contenteditable' && sameText(seen, value)))
        return [{ ...base, status: 'filled' }];
      // The seller's own text, found in the box when it was to be filled, is still there: kept.
      if (claim?.status === 'kept' && seen.trim() !== '')
        return [{ ...base, status: 'kept', detail: seen.slice(0, 200) }];
      return [{ ...base, status: 'not-filled', detail: seen.slice(0, 200) }];
    }
    // Only the page's scripts can read this box: their word for it.
    if (claim?.status === 'kept')
      return [{ ...base, status: 'kept', ...(claim.detail ? { detail: claim.detail } : {}) }];
    if (claim?.status === 'filled' && claim.length === value.length)
      return [{ ...base, status: 'confirmed-by-page' }];
    return [{ ...base, status: 'not-filled', ...(claim?.detail ? { detail: claim.detail } : {}) }];
  });
  return { outcomes };
}
