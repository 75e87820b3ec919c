import { byIdInRoot } from '../forms/by-id';
import { editorText, isTextEditor } from '../forms/editor-text';
import { parentCrossingShadow } from '../forms/hidden';
import { reachableInModal } from '../forms/modal';
import { comboboxOptions, comboboxValue, controlledListbox, isCombobox } from './combobox';
import { readItemIds } from './id-table';
import { isBareQuantityLabel, isSubmitLabel, normalizeLabel, roleOfLabel } from './labels';
import { outOfSight } from './out-of-sight';
import { quantityOfOption } from './quantity-options';
import { groupLabels, groupOptions, groupValue, isRadio, opensGroup } from './radio-group';
import { categoryOf, pairName } from './reason-category';
import { inDisabledFieldset, isDisabled, selectsRowItem } from './row-selection';
import { rowTooltips } from './row-tooltips';
import type { ControlKind, FieldRole, FormDescription, FormField, FormOption } from './schema';
import { isSpinbutton, spinbuttonMax, spinbuttonValue } from './spinbutton';
import { opensUnitBoxes, unitBoxesOf, unitBoxesOptions, unitBoxesValue, unitGroup } from './unit-boxes';
import { isStepper, listboxOptions, listboxValue, stepButtons, stepperValue } from './widgets';

// Finds the fields of Seller Central's "Create customer return" form by their visible, localized
// labels (domain.md §2: the form's DOM is unknown; newer pages use Katal components whose labels
// live in a `label=` attribute or only inside an open shadow root). Pure: it takes the root to
// search, reads nothing global and changes nothing.

/** A field found on the page, with the element to fill (used only inside the page). */
export interface LocatedField {
  field: FormField;
  element: Element;
}

const KATAL_CONTROLS: Readonly<Record<string, ControlKind>> = {
  'kat-dropdown': 'kat-dropdown',
  'kat-input': 'kat-input',
  'kat-textarea': 'kat-textarea',
};
const TEXT_INPUT_TYPES = new Set(['', 'text', 'number', 'search', 'tel']);
/**
 * Elements whose text is not part of a row's description: among them the controls, whose shown
 * value (a Katal dropdown renders its choice in its shadow root) changes as they are filled.
 */
const SKIPPED_TEXT = new Set([
  'script',
  'style',
  'template',
  'select',
  'option',
  'kat-option',
  'textarea',
  'kat-dropdown',
  'kat-input',
  'kat-textarea',
]);

const isCheckbox = (el: Element): boolean =>
  el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'checkbox';

export function kindOf(el: Element): ControlKind | null {
  const name = el.localName;
  const katal = KATAL_CONTROLS[name];
  if (katal) return katal;
  if (name === 'select' || name === 'textarea') return name;
  if (isRadio(el)) return opensGroup(el) ? 'radio-group' : null;
  // One box per unit: the group is one quantity, read at its first box.
  if (unitBoxesOf(el)) return opensUnitBoxes(el) ? 'unit-boxes' : null;
  if (isCheckbox(el)) return 'checkbox';
  if (isCombobox(el)) return 'combobox';
  if (name === 'input' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase())) return 'input';
  if (isTextEditor(el)) return 'contenteditable';
  if (el.getAttribute('role') === 'listbox') return 'listbox';
  if (isStepper(el)) return 'stepper';
  if (isSpinbutton(el)) return 'spinbutton';
  return null;
}

/**
 * Every element under `root` in document order, entering open shadow roots, except those of our
 * Katal controls (their inner input is part of the control, not a field of its own).
 */
export function* walk(root: ParentNode): Generator<Element> {
  for (const child of Array.from(root.children)) {
    yield child;
    const shadow = child.shadowRoot;
    if (shadow && !KATAL_CONTROLS[child.localName]) yield* walk(shadow);
    yield* walk(child);
  }
}

/**
 * A control drawn out of plain elements (a stepper's number, a listbox's choice, a rich-text
 * box's text): what it shows changes as it is filled, so it is no part of its row's description.
 */
const drawnControl = (el: Element): boolean =>
  el.getAttribute('role') === 'listbox' || isTextEditor(el) || stepperValue(el) !== null || isSpinbutton(el);

/** Text of a subtree as a person reads it, through open shadow roots, without option lists. */
export function visibleText(node: Node, max = 500): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (n: Node): void => {
    if (length > max) return;
    if (n.nodeType === 3) {
      const t = n.textContent ?? '';
      parts.push(t);
      length += t.length;
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11) return;
    const el = n as Element;
    if (n !== node && n.nodeType === 1 && (SKIPPED_TEXT.has(el.localName) || drawnControl(el))) return;
    if (n.nodeType === 1 && el.shadowRoot) visit(el.shadowRoot);
    for (const child of Array.from(n.childNodes)) visit(child);
  };
  visit(node);
  return parts
    .join(' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .slice(0, max);
}

/** Header cell of the column a control sits in, for forms laid out as a table of items. */
function columnHeader(el: Element): string | null {
  let cell: Element | null = el;
  while (cell && cell.localName !== 'td' && cell.localName !== 'th') cell = parentCrossingShadow(cell);
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || !table) return null;
  const index = Array.from(row.children).indexOf(cell);
  const headerRow = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!headerRow || headerRow === row) return null;
  const header = headerRow.children[index];
  return header ? visibleText(header, 200) : null;
}

const CONTROLS = 'input, select, textarea, kat-input, kat-textarea, kat-dropdown';

/** A list's first choice when it sends nothing and cannot be chosen back: a label in the list. */
function placeholderOption(el: Element): string | null {
  if (el.localName !== 'select') return null;
  const first = (el as HTMLSelectElement).options[0];
  return first && first.value === '' && first.disabled ? first.text : null;
}

/** A placeholder without its hint: what comes before a colon, without brackets at its end. */
const placeholderHead = (text: string): string =>
  (text.split(/[:：]/u)[0] ?? '').replace(/(?:\s*\([^()]*\))+\s*$/u, '').trim();

/** The label texts a control may carry, most explicit first. */
export function candidateLabels(el: Element): string[] {
  const out: string[] = [];
  const push = (s: string | null | undefined) => {
    if (s?.trim()) out.push(s.trim());
  };
  // A group of radios is named by its group: the first radio's own label is one of its options.
  if (isRadio(el)) return groupLabels(el, (ref) => visibleText(ref, 200));
  // So is a group of unit boxes ("Unit 1 of 3" is its first unit): its legend, else its column.
  if (unitBoxesOf(el)) return unitBoxesLabels(el);
  push(el.getAttribute('aria-label'));
  push(el.getAttribute('label'));
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const ref = byIdInRoot(el, id);
    if (ref) push(visibleText(ref, 200));
  }
  const id = el.getAttribute('id');
  if (id) {
    const root = el.getRootNode() as Document | ShadowRoot;
    for (const label of Array.from(root.querySelectorAll('label[for], kat-label[for]'))) {
      if (label.getAttribute('for') === id) push(label.getAttribute('text') ?? visibleText(label, 200));
    }
  }
  const wrapping = el.closest('label');
  if (wrapping) push(visibleText(wrapping, 200));
  // Katal: a label rendered inside the component's own shadow root.
  const inner = el.shadowRoot?.querySelector('label, kat-label, [part~="label"]');
  if (inner) push(inner.getAttribute('text') ?? visibleText(inner, 200));
  // A label element just before the control (`<kat-label text="…">` or a `<label>` with no `for`).
  let previous = el.previousElementSibling;
  while (previous && !previous.matches('label, kat-label')) {
    if (kindOf(previous)) break;
    previous = previous.previousElementSibling;
  }
  if (previous?.matches('label, kat-label'))
    push(previous.getAttribute('text') ?? visibleText(previous, 200));
  // A description's lead-in ("Return Reason: why the customer…", a tooltip the control points
  // to), for a control with no label of its own: before the text around it, never over a label.
  const describedBy = out.length === 0 ? (el.getAttribute('aria-describedby') ?? '') : '';
  for (const id of describedBy.split(/\s+/).filter(Boolean)) {
    const described = byIdInRoot(el, id);
    const text = described ? visibleText(described, 200) : '';
    const colon = text.indexOf(':');
    if (colon > 0 && colon <= 40) push(text.slice(0, colon));
  }
  // Plain text just before it in its container, nearest first, up to the previous control:
  // "<span>Comentarios</span> <span>(opcional)</span> <textarea>".
  let shown = 0;
  for (let node = el.previousSibling; node && shown < 3; node = node.previousSibling) {
    // A control, or a wrapper holding one (its label is that control's).
    if (node.nodeType === 1 && (kindOf(node as Element) || (node as Element).querySelector(CONTROLS))) break;
    const text =
      node.nodeType === 3 ? node.textContent : node.nodeType === 1 ? visibleText(node as Element, 200) : null;
    if (text?.trim()) {
      push(text);
      shown++;
    }
  }
  push(columnHeader(el));
  // Last: a placeholder, which some forms give instead of a label, and a list's placeholder
  // choice ("Motivo del reso", the empty first option), with the hint after them left out
  // ("Quantità da restituire (max 1)", "Commenti (facoltativo): verranno stampati…").
  const placeholder = el.getAttribute('placeholder') ?? placeholderOption(el);
  push(placeholder);
  push(placeholder ? placeholderHead(placeholder) : null);
  return out;
}

/** A `hidden` or an inline `display: none` on the element itself (an option a list keeps out of sight). */
const hidesItself = (el: Element): boolean =>
  el.hasAttribute('hidden') || /(?:^|;)\s*display\s*:\s*none\b/iu.test(el.getAttribute('style') ?? '');

/** The names of a unit group: its aria-label, aria-labelledby, legend, then its column's header. */
function unitBoxesLabels(el: Element): string[] {
  const group = unitGroup(el);
  const labels = [group?.getAttribute('aria-label')];
  for (const id of (group?.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const ref = byIdInRoot(el, id);
    if (ref) labels.push(visibleText(ref, 200));
  }
  const legend = group?.querySelector(':scope > legend');
  if (legend) labels.push(visibleText(legend, 200));
  labels.push(columnHeader(el));
  return labels.flatMap((l) => (l?.trim() ? [l.trim()] : []));
}

function readOptions(el: Element, kind: ControlKind): FormOption[] | undefined {
  if (kind === 'radio-group') return groupOptions(el as HTMLInputElement);
  if (kind === 'unit-boxes') return unitBoxesOptions(el);
  if (kind === 'listbox') return listboxOptions(el);
  if (kind === 'combobox') return comboboxOptions(el);
  if (kind === 'select') {
    // An option the page greys out, alone or with its whole group ("non disponibile…"), is not one
    // the seller can pick. A hidden one is not either when a shown option says the same (a legacy
    // reason kept for older returns); else it may be hidden only until a choice reveals it (a
    // reason list narrowed to the category picked), and stays on offer.
    const groupOf = (o: HTMLOptionElement) =>
      o.parentElement?.localName === 'optgroup' ? o.parentElement : null;
    const label = (o: HTMLOptionElement) => (o.label || o.text).trim();
    const shown = (o: HTMLOptionElement) => [o, groupOf(o)].every((n) => !n || !hidesItself(n));
    const enabled = Array.from((el as HTMLSelectElement).options).filter((o) =>
      [o, groupOf(o)].every((n) => !n || !n.hasAttribute('disabled')),
    );
    const shownLabels = new Set(enabled.filter(shown).map(label));
    return enabled
      .filter((o) => shown(o) || !shownLabels.has(label(o)))
      .map((o) => {
        const group = groupOf(o)?.getAttribute('label') ?? null;
        return {
          value: o.value.slice(0, 200),
          label: label(o).slice(0, 300),
          ...(group?.trim() ? { group: group.trim().slice(0, 300) } : {}),
        };
      });
  }
  if (kind !== 'kat-dropdown') return undefined;
  const children = Array.from(el.querySelectorAll('kat-option'));
  if (children.length > 0) {
    return children.map((o) => ({
      value: (o.getAttribute('value') ?? visibleText(o, 200)).slice(0, 200),
      label: (o.getAttribute('label') ?? visibleText(o, 300)).slice(0, 300),
    }));
  }
  // Katal also takes its options as a property or a JSON attribute: [{ name, value }].
  let raw: unknown = (el as unknown as { options?: unknown }).options;
  if (!Array.isArray(raw) || raw.length === 0) {
    try {
      raw = JSON.parse(el.getAttribute('options') ?? '[]');
    } catch {
      raw = [];
    }
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((o: unknown) => {
    if (typeof o !== 'object' || o === null) return [];
    const { value, name, label } = o as { value?: unknown; name?: unknown; label?: unknown };
    if (value === undefined || value === null) return [];
    const shown = typeof name === 'string' ? name : typeof label === 'string' ? label : String(value);
    return [{ value: String(value).slice(0, 200), label: shown.slice(0, 300) }];
  });
}

/** The inner native control of a Katal input or textarea, when its shadow root is open. */
export function innerControl(el: Element): HTMLInputElement | HTMLTextAreaElement | null {
  return el.shadowRoot?.querySelector('input, textarea') ?? null;
}

/** The value a control holds: the page script's property first (Katal), then the native one. */
export function currentValue(el: Element): string {
  if (isRadio(el)) return groupValue(el);
  if (unitBoxesOf(el)) return unitBoxesValue(el);
  if (isTextEditor(el)) return editorText(el);
  if (el.getAttribute('role') === 'listbox') return listboxValue(el);
  if (isCombobox(el)) return comboboxValue(el);
  const stepped = stepperValue(el);
  if (stepped !== null) return stepped;
  if (isSpinbutton(el)) return spinbuttonValue(el);
  if (isCheckbox(el)) return String((el as HTMLInputElement).checked);
  const own = (el as unknown as { value?: unknown }).value;
  if (typeof own === 'string') return own;
  if (typeof own === 'number') return String(own);
  return innerControl(el)?.value ?? el.getAttribute('value') ?? '';
}

/** Whether `el` is `ancestor` or inside it, through shadow roots. */
function deepContains(ancestor: Element, el: Element): boolean {
  for (let node: Element | null = el; node; node = parentCrossingShadow(node)) {
    if (node === ancestor) return true;
  }
  return false;
}

/** Where climbing stops: a row never spans the whole form or page. */
const ROW_CEILINGS = new Set(['body', 'html', 'form']);

/**
 * The item row of a quantity field: the largest element around it (through shadow roots) that
 * holds no other quantity field and is not the whole form. A table row, a fieldset, a page
 * component per item: whatever the layout, the row is what sets this item apart from the next.
 * On a flat layout (every field a sibling of every other) it is the control alone, which names no
 * item: the plan then refuses the form rather than guess.
 */
function rowOf(quantity: Element, otherQuantities: readonly Element[]): Element {
  let row = quantity;
  for (;;) {
    const parent = parentCrossingShadow(row);
    if (!parent || ROW_CEILINGS.has(parent.localName)) return row;
    if (otherQuantities.some((other) => deepContains(parent, other))) return row;
    row = parent;
  }
}

interface Found {
  element: Element;
  role: FieldRole;
  kind: ControlKind;
  label: string;
}

/**
 * A read-only box shows a value (a summary repeating the quantities, a total) and is nobody's to
 * fill; a stepper's read-only number between its − and + buttons is still its row's quantity.
 */
function displaysOnly(el: Element): boolean {
  if (el.localName !== 'input' && el.localName !== 'textarea') return false;
  if (!el.hasAttribute('readonly') && el.getAttribute('aria-readonly') !== 'true') return false;
  // The stepper's "−" and "+" beside it, or around the box that wraps it.
  for (let box = el.parentElement, up = 0; box && up < 3; box = box.parentElement, up++)
    if (stepButtons(box)) return false;
  return true;
}

/** A box the seller cannot change: disabled, or read-only outside a stepper. */
const fixedBox = (el: Element): boolean => isDisabled(el) || displaysOnly(el);

/** Words that name a return in a dialog's title, normalised (no accents, lower case). */
const RETURN_WORDS =
  /\b(?:retour\w*|return\w*|rucksend\w*|retoure\w*|devolucion\w*|devolver|reso|resi|restitu\w*)\b/u;

/**
 * Whether an open modal dialog is the return form: titled as a return, or holding a control only
 * a return form has (a reason, a "Return this item" box, a quantity labelled as one to return). A
 * dialog of bare "Quantity" boxes and comments under another title (a replacement order) is not.
 */
function showsReturnForm(modal: Element, fields: readonly Found[]): boolean {
  const titles = [modal.getAttribute('aria-label') ?? ''];
  for (const id of (modal.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const ref = byIdInRoot(modal, id);
    if (ref) titles.push(visibleText(ref, 200));
  }
  const heading = modal.querySelector('h1, h2, h3, h4, [role="heading"]');
  if (heading) titles.push(visibleText(heading, 200));
  if (titles.some((t) => RETURN_WORDS.test(normalizeLabel(t)))) return true;
  return fields.some(
    (f) =>
      deepContains(modal, f.element) &&
      (f.role === 'reason' ||
        f.role === 'include' ||
        (f.role === 'quantity' && !isBareQuantityLabel(f.label))),
  );
}

/** A control's `id` and `name`, when it has them (./names-id.ts `keyHoldsId`). */
function controlKeys(el: Element): { keys?: string[] } {
  const keys = [el.getAttribute('id'), el.getAttribute('name')]
    .filter((k): k is string => !!k?.trim())
    .map((k) => k.slice(0, 200));
  return keys.length > 0 ? { keys } : {};
}

/**
 * What one control is for, from the first of its labels that names a role (`known`), or null when
 * none does or the control's make rules the role out.
 */
function roleOfControl(el: Element, kind: ControlKind, known: string | undefined): FieldRole | null {
  let role = known === undefined ? null : roleOfLabel(known);
  // "Quantité" over a box the seller cannot change: the count ordered or shipped.
  if (role === 'quantity' && known !== undefined && isBareQuantityLabel(known) && fixedBox(el)) return null;
  // A quantity is chosen among numbers: radios named "Retour" offering words are something else.
  if (
    role === 'quantity' &&
    kind === 'radio-group' &&
    !groupOptions(el as HTMLInputElement).every((o) => quantityOfOption(o) !== null)
  )
    return null;
  // A checkbox only ever says whether its row's item comes back ("Restituisci questo articolo",
  // "Retour"); a box to fill that says "Devolver" is a quantity.
  if (kind === 'checkbox') return role === 'include' || role === 'quantity' ? 'include' : null;
  // Boxes counting units only ever say how many of them come back.
  if (kind === 'unit-boxes') return role === 'include' || role === 'quantity' ? 'quantity' : null;
  if (role === 'include') role = 'quantity';
  // A rich-text box is only ever written in (a comment), a stepper counts (a quantity), a list
  // offers choices (a reason): anything else of that make is none of ours.
  if (kind === 'contenteditable' && role !== 'comment') return null;
  if ((kind === 'stepper' || kind === 'spinbutton') && role !== 'quantity') return null;
  if ((kind === 'listbox' || kind === 'combobox') && role !== 'reason') return null;
  return role;
}

/**
 * Every control under `root` with its role; 'other' for controls of no role of ours, kept in case
 * they sit in an item row (an unnamed checkbox may still select its row's item: ./row-selection.ts).
 */
function classifyControls(root: ParentNode): Found[] {
  const found: Found[] = [];
  const trim = (label: string) => label.replace(/[\s:*]+$/, '').slice(0, 200);
  // A reason's category list is set with the reason (./reason-category.ts), never on its own.
  const categories = new Map<Element, Element>();
  for (const el of walk(root)) {
    const category = categoryOf(el);
    if (category) categories.set(category, el);
  }
  const details = new Map([...categories].map(([category, detail]) => [detail, category]));
  // A searchable list's options are the box's that controls them, never a field of their own.
  const controlled = new Set<Element>();
  for (const el of walk(root)) {
    const list = controlledListbox(el);
    if (list) controlled.add(list);
  }
  for (const el of walk(root)) {
    const kind = kindOf(el);
    if (!kind || displaysOnly(el) || categories.has(el) || controlled.has(el)) continue;
    const category = details.get(el);
    // The reason of a pair is named by its own label, else by what names the pair.
    const candidates = category
      ? [...candidateLabels(el), pairName(el, category) ?? '', ...candidateLabels(category)].filter(Boolean)
      : candidateLabels(el);
    const known = candidates.find((candidate) => roleOfLabel(candidate) !== null);
    const role = roleOfControl(el, kind, known);
    if (role !== null && known !== undefined) found.push({ element: el, role, kind, label: trim(known) });
    // A named checkbox of another role, and rich-text boxes, steppers and lists not ours: none of ours.
    else if (
      (kind === 'checkbox' && known !== undefined) ||
      ['contenteditable', 'stepper', 'spinbutton', 'listbox', 'combobox'].includes(kind)
    )
      continue;
    else found.push({ element: el, role: 'other', kind, label: trim(candidates[0] ?? '') });
  }
  return found;
}

/** The form as located: its controls, their item rows (one per quantity) and the hidden ones. */
interface Located {
  found: Found[];
  hidden: Set<Found>;
  quantities: Element[];
  rows: Element[];
}

/**
 * The controls within the seller's reach. A form opened in a modal over the order's page: what
 * stands behind it is out of reach. A hidden copy of the form (a wizard's earlier step): its
 * quantities go when shown ones make rows.
 */
function reachableControls(all: Found[]): Located {
  let found = reachableInModal(
    all,
    (f) => f.element,
    (f) => f.role === 'quantity' && !outOfSight(f.element),
    (modal) => showsReturnForm(modal, all),
  );
  const hidden = new Set(found.filter((f) => outOfSight(f.element)));
  if (found.some((f) => f.role === 'quantity' && !hidden.has(f)))
    found = found.filter((f) => f.role !== 'quantity' || !hidden.has(f));
  const quantities = found.filter((f) => f.role === 'quantity').map((f) => f.element);
  const rows = quantities.map((q) =>
    rowOf(
      q,
      quantities.filter((other) => other !== q),
    ),
  );
  return { found, hidden, quantities, rows };
}

/** The controls the prefill may touch, once each row's selection box is known. */
function fillableControls(
  { found, hidden, quantities, rows }: Located,
  rowOfElement: (el: Element) => number,
) {
  for (const f of found) {
    const row = rowOfElement(f.element);
    const rowElement = rows[row];
    const quantity = quantities[row];
    if (f.kind === 'checkbox' && f.role === 'other' && rowElement && quantity && !isDisabled(f.element))
      if (selectsRowItem(f.element, rowElement, visibleText(rowElement), quantity, quantities.length < 2))
        f.role = 'include';
  }
  // A hidden control outside every row (its row's quantity was a hidden copy's) is a twin of any
  // shown control of its role; inside a row, of the shown one of its role in that row.
  const twinShown = (f: Found) => {
    const row = rowOfElement(f.element);
    return found.some(
      (other) =>
        other !== f &&
        !hidden.has(other) &&
        other.role === f.role &&
        (row < 0 || rowOfElement(other.element) === row),
    );
  };
  // A disabled control is nobody's to fill (an earlier return's reason shown greyed out), unless
  // its row's selection box is there to enable it once ticked.
  const selectable = new Set(
    found.filter((f) => f.role === 'include' && !isDisabled(f.element)).map((f) => rowOfElement(f.element)),
  );
  return (
    found
      .filter((f) => !hidden.has(f) || !twinShown(f))
      .filter((f) => f.kind !== 'checkbox' || f.role === 'include')
      // A group's radios are each its own option: one disabled is only a choice the group lacks.
      .filter(
        (f) =>
          (f.kind === 'radio-group' ? !inDisabledFieldset(f.element) : !isDisabled(f.element)) ||
          selectable.has(rowOfElement(f.element)),
      )
      // The rest of the page is none of our business.
      .filter((f) => f.role !== 'other' || rowOfElement(f.element) >= 0)
  );
}

/** What a row says of its item: its text, then its tooltips (./row-tooltips.ts), in 500 characters. */
function rowContext(row: Element): string {
  const tips = rowTooltips(row);
  return tips ? `${visibleText(row, 499 - tips.length)} ${tips}` : visibleText(row);
}

/** The fields of the return form under `root`, with the elements that hold them. */
export function locateReturnForm(root: ParentNode): LocatedField[] {
  const located = reachableControls(classifyControls(root));
  const { rows } = located;
  const rowOfElement = (element: Element) => rows.findIndex((r) => deepContains(r, element));
  const ranks: Record<FieldRole, number> = { quantity: 0, reason: 0, comment: 0, include: 0, other: 0 };
  return fillableControls(located, rowOfElement).map(({ element, role, kind, label }) => {
    const options = readOptions(element, kind);
    const maxAttr = Number(element.getAttribute('max') ?? spinbuttonMax(element) ?? Number.NaN);
    const maxLength = Number(element.getAttribute('maxlength') ?? Number.NaN);
    const row = rowOfElement(element);
    const rowElement = rows[row];
    return {
      element,
      field: {
        id: `${role}#${ranks[role]++}`,
        role,
        kind,
        label,
        ...(options ? { options } : {}),
        context: role === 'quantity' && rowElement ? rowContext(rowElement) : '',
        ...(role === 'quantity' ? controlKeys(element) : {}),
        ...(Number.isFinite(maxAttr) ? { max: maxAttr } : {}),
        ...(Number.isInteger(maxLength) && maxLength > 0 ? { maxLength } : {}),
        value: currentValue(element).slice(0, 5000),
        ...(row >= 0 ? { row } : {}),
      },
    };
  });
}

export function hasSubmitButton(root: ParentNode): boolean {
  for (const el of walk(root)) {
    const isButton =
      el.localName === 'button' ||
      el.localName === 'kat-button' ||
      (el.localName === 'input' && ['submit', 'button'].includes(el.getAttribute('type') ?? ''));
    if (!isButton) continue;
    const text = el.getAttribute('label') ?? el.getAttribute('value') ?? visibleText(el, 100);
    if (isSubmitLabel(text)) return true;
  }
  return false;
}

/** What the popup needs to know about the form: its fields and their real options. */
export function readReturnForm(root: ParentNode): FormDescription {
  const itemIds = readItemIds(root);
  return {
    fields: locateReturnForm(root).map((l) => l.field),
    ...(itemIds.length > 0 ? { itemIds } : {}),
    hasSubmit: hasSubmitButton(root),
  };
}

export function sameLabel(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}
