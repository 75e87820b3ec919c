import { isHidden } from '../forms/hidden';
import { reachableInModal } from '../forms/modal';
import { candidateLabels, kindOf, walk } from '../return-form/read-form';
import type { ControlKind } from '../return-form/schema';
import { isChatComposer } from './chat-composer';
import { inFeedbackSurvey, isFeedbackSurvey } from './feedback-survey';
import { firstOfNumberedBoxes } from './further-order-boxes';
import { type CaseFieldRole, caseRoleOfLabel, isDescriptionFallbackLabel } from './labels';

// Finds the boxes of a Selling Partner Support case form by their visible, localized labels
// (core/support/labels.ts), the way the return form is found (core/return-form/read-form.ts):
// through open shadow roots, native controls or Katal ones (label in a `label=` attribute, a
// `<label>`, or only inside the component's shadow root). The Help Hub may draw its form in a
// frame of its own origin: frames we may read are searched too. Pure: it takes the root to search,
// reads nothing global and changes nothing.
//
// The description box is the one that matters: it is filled only when exactly one multi-line box
// carries a description label. Several such boxes, or none with several unlabelled ones, cannot be
// told apart: refused, never guessed. A subject and an order-id box are filled when there is one.

/** A box: a form control, or a rich-text editor (`contenteditable`) standing for a textarea. */
export type CaseBoxKind = ControlKind | 'contenteditable';

const MULTI_LINE: ReadonlySet<CaseBoxKind> = new Set(['textarea', 'kat-textarea', 'contenteditable']);
const SINGLE_LINE: ReadonlySet<CaseBoxKind> = new Set(['input', 'kat-input']);

export interface LocatedCaseField {
  role: CaseFieldRole;
  kind: CaseBoxKind;
  /** The label it was found by, as the page shows it. */
  label: string;
  element: Element;
  /** Its `maxlength`: a longer text would be cut or refused. */
  maxLength?: number;
  /** Its `pattern`: the form refuses a value that does not match it whole. */
  pattern?: string;
}

/**
 * `form-hidden`: the case form is in the page but not shown yet (its step comes after a topic the
 * seller chooses and a button they press): nothing is filled until it shows.
 */
export type CaseFormRefusal = 'no-box' | 'several-boxes' | 'form-hidden';

export type CaseFormSearch =
  | { ok: true; fields: LocatedCaseField[] }
  | { ok: false; refusal: CaseFormRefusal; boxes: number };

/** Every element under `root`, through open shadow roots and the documents of readable frames. */
function* walkWithFrames(root: ParentNode): Generator<Element> {
  for (const el of walk(root)) {
    yield el;
    if (el.localName !== 'iframe' && el.localName !== 'frame') continue;
    let inner: Document | null = null;
    try {
      // Another origin's frame throws or gives null: it is not ours to read.
      inner = (el as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (inner?.documentElement) yield* walkWithFrames(inner);
  }
}

/** A control the seller can type in: not disabled, not read-only. */
function isEditable(el: Element): boolean {
  return !el.hasAttribute('disabled') && !el.hasAttribute('readonly');
}

function boxKind(el: Element): CaseBoxKind | null {
  const kind = kindOf(el);
  // A text box offering suggestions is still typed in: the case's words are its value.
  return kind === 'combobox' ? 'input' : kind;
}

/** A search box (the Help Hub's, an order look-up): never a case box, whatever its label says. */
function isSearch(el: Element): boolean {
  return el.getAttribute('type') === 'search' || el.getAttribute('role') === 'searchbox';
}

/** The case form's boxes under `root`: the description box, and a subject and order-id box if any. */
export function locateCaseForm(root: ParentNode): CaseFormSearch {
  const boxes: { element: Element; kind: CaseBoxKind; hidden: boolean }[] = [];
  for (const element of walkWithFrames(root)) {
    const kind = boxKind(element);
    if (
      !kind ||
      !(MULTI_LINE.has(kind) || SINGLE_LINE.has(kind) || kind === 'select') ||
      !isEditable(element) ||
      isSearch(element)
    )
      continue;
    boxes.push({ element, kind, hidden: isHidden(element) });
  }
  // A case form opened in a modal: the boxes behind it are out of the seller's reach. A survey
  // opened as a modal ("Was this page helpful?") is not the case form: the page behind it is read.
  const roles = (b: { element: Element }) => candidateLabels(b.element).map(caseRoleOfLabel);
  const caseBoxes = boxes.filter((b) => roles(b).some((r) => r === 'subject' || r === 'orderId'));
  const reachable = reachableInModal(
    boxes,
    (b) => b.element,
    (b) => !b.hidden && roles(b).includes('description'),
    (modal) =>
      !isFeedbackSurvey(
        modal,
        caseBoxes.map((b) => b.element),
      ),
  );
  // Only the boxes the seller sees: a hidden copy (an earlier step) is left alone, and a form the
  // page keeps hidden (a later step, shown once the seller picks a topic and presses "Next") is not
  // theirs to fill yet: written there, it would send a case they never read. The prefill waits for
  // it to show (entrypoints/support-prefill.content).
  const shownBoxes = reachable.filter((b) => !b.hidden);
  const shown = findBoxes(shownBoxes);
  if (shown.ok || shownBoxes.some((b) => b.kind === 'contenteditable') || !findBoxes(reachable).ok)
    return shown;
  return { ok: false, refusal: 'form-hidden', boxes: 0 };
}

function locatedBox(
  role: CaseFieldRole,
  kind: CaseBoxKind,
  label: string,
  element: Element,
): LocatedCaseField {
  const maxLength = Number(element.getAttribute('maxlength') ?? Number.NaN);
  const pattern = element.getAttribute('pattern');
  return {
    role,
    kind,
    label: label.replace(/[\s:*]+$/, '').slice(0, 200),
    element,
    ...(Number.isInteger(maxLength) && maxLength > 0 ? { maxLength } : {}),
    ...(pattern ? { pattern } : {}),
  };
}

function findBoxes(boxes: readonly { element: Element; kind: CaseBoxKind }[]): CaseFormSearch {
  const byRole: Record<CaseFieldRole, LocatedCaseField[]> = { description: [], subject: [], orderId: [] };
  let unlabelledMultiLine = 0;
  const detailBoxes: LocatedCaseField[] = [];
  const read: { element: Element; multiLine: boolean; subject: boolean }[] = [];
  for (const { element, kind } of boxes) {
    const labels = candidateLabels(element);
    const label = labels.find((l) => caseRoleOfLabel(l) !== null);
    const role = label === undefined ? null : caseRoleOfLabel(label);
    read.push({ element, multiLine: MULTI_LINE.has(kind), subject: role === 'subject' });
    const detail =
      role === null && MULTI_LINE.has(kind) ? labels.find(isDescriptionFallbackLabel) : undefined;
    if (detail !== undefined) {
      detailBoxes.push(locatedBox('description', kind, detail, element));
      continue;
    }
    // A description is written in a multi-line box; a subject or an order id on one line; an order
    // may also be picked in a list of the seller's orders (./order-select.ts).
    const fits =
      role === 'description'
        ? MULTI_LINE.has(kind)
        : SINGLE_LINE.has(kind) || (role === 'orderId' && kind === 'select');
    if (role && label !== undefined && fits) byRole[role].push(locatedBox(role, kind, label, element));
    else if (MULTI_LINE.has(kind)) unlabelledMultiLine++;
  }
  // A help article's feedback survey beside the case form is no description of a case, even when
  // it is the only box saying "Describe the issue" (the case form's own says "Tell us more").
  const caseBoxes = [...byRole.description, ...detailBoxes, ...byRole.subject, ...byRole.orderId].map(
    (f) => f.element,
  );
  // Nor is a chat assistant's message box (./chat-composer.ts).
  const ofCase = (f: LocatedCaseField) =>
    !inFeedbackSurvey(f.element, caseBoxes) && !isChatComposer(f.element, read);
  const descriptions = byRole.description.filter(ofCase);
  const details = detailBoxes.filter(ofCase);
  // No box says "Description": the one box for more details is it.
  // Only when it is the form's one multi-line box: beside a "Message" box it is another box.
  if (descriptions.length === 0 && details.length === 1 && unlabelledMultiLine === 0)
    descriptions.push(...details);
  else unlabelledMultiLine += descriptions.length === 0 ? details.length : 0;
  if (descriptions.length !== 1) {
    const count = descriptions.length > 1 ? descriptions.length : unlabelledMultiLine;
    return { ok: false, refusal: count > 1 ? 'several-boxes' : 'no-box', boxes: count };
  }
  const [description] = descriptions as [LocatedCaseField];
  const fields = [description];
  // Optional boxes: filled only when the form has exactly one of each; inside the description's
  // own <form> when it has one (a chat widget's "Order ID" beside the case form is not its box).
  const form = description.element.closest('form');
  // A box of the form: inside it, or tied to it by its `form` attribute.
  const ofForm = (f: LocatedCaseField) =>
    form !== null &&
    (form.contains(f.element) || (form.id !== '' && f.element.getAttribute('form') === form.id));
  for (const role of ['subject', 'orderId'] as const) {
    const ofRole = form ? byRole[role].filter(ofForm) : byRole[role];
    const [only, ...more] = ofRole;
    // Order-id boxes numbered after the first (./further-order-boxes.ts): the first is the case's.
    const chosen = more.length === 0 ? only : role === 'orderId' ? firstOfNumberedBoxes(ofRole) : null;
    if (chosen) fields.push(chosen);
  }
  return { ok: true, fields };
}
