import { parseMarketplaceDateTime } from '../dates/date-time';
import { parseMarketplaceDate } from '../dates/parse-date';
import { isCarrierName } from '../page/carrier-names';
import { flatGridWidth, gridChildOf } from '../page/grid-strip';
import { hasShape } from '../page/shapes';
import { columnHeaderOf, isCell, tableOf } from '../page/table-grid';
import { composedText, normalizeLabel, parentOrHost } from '../page/text';
import { matchWholeStatus } from '../page/vocabulary';
import { pickedText, splitLabelledDate, textBesideControls } from './picked-text';

// Where a picked value sits, said so that the next page of the same layout can be read: the
// label nearest to it (the words before a date in the value's own sentence, a preceding sibling or
// the name of an icon standing for it, a dt for its dd, a column or row header, the step after a
// date in a row of a history, the heading over its column in a grid drawn without
// rows, an aria-label of the element or its parent, and last a caption printed under it),
// normalized as the dictionaries store labels; where no label is near, a path of child indexes
// from the nearest ancestor with an id or a data-test-id, or from the block its heading names ("Parcel 1 of 1": Seller Central's class names are hashed
// and its blocks rarely have ids, so a block's heading is often the only stable name it has).
// A text shaped like a value (a date, an order id, a tracking number, a status, a carrier, mostly
// digits), a line of several facts, a whole label/value row, a table's header row and a
// landmark's aria-label are never taken as the label.

const MAX_LABEL = 80;
const HAS_LETTER = /\p{L}/u;

export type Place = { label: string } | { path: string };
export type PickedPlace = Place | null;

/** An Amazon order id anywhere in a text: the previous row's value, never a label. */
const HAS_ORDER_ID = /\d{3}-\d{7}-\d{7}/;
/**
 * Whether a text is a value rather than a label: mostly digits, an order id, a date in the page's
 * language, a tracking number (whole or in groups), a status word or a carrier's name.
 */
function isValueShaped(text: string, locale: string): boolean {
  const chars = text.replace(/\s/g, '');
  const digits = chars.replace(/\D/g, '').length;
  if (digits * 2 >= chars.length) return true;
  if (HAS_ORDER_ID.test(text)) return true;
  if (digits > 0 && parseMarketplaceDate(text, locale) !== null) return true;
  if (/^[A-Za-z0-9 -]+$/.test(text) && hasShape('trackingNumber', text.replace(/\s+/g, ''))) return true;
  // A carrier's name is the value before a tracking number, not its label.
  return matchWholeStatus(text) !== undefined || isCarrierName(text);
}

/**
 * A line of several facts ("Royal Mail Tracked 48 · 1 item · dispatched 20 Nov", "Carrier: DPD ·
 * Tracking: 0123…"): parts joined by a middle dot or a bar, or a label with its value after its
 * colon. A label stands alone, at most with its own colon at the end; a line like these changes
 * with every order and names no place.
 */
const SEVERAL_FACTS = /\s[·•|]\s|[:：]\s*\S/;

/** A text that may be a label: short, with letters, not the value itself, not shaped like a value. */
function asLabelIn(text: string | null, value: string, locale: string): string | null {
  if (!text || text.length > MAX_LABEL || !HAS_LETTER.test(text) || text === value) return null;
  if (isValueShaped(text, locale) || SEVERAL_FACTS.test(text)) return null;
  const normalized = normalizeLabel(text);
  return normalized.length > 0 ? normalized : null;
}

/** Landmarks and regions: their aria-label names a part of the page, not a value. */
const LANDMARK_ROLES = new Set([
  'region',
  'main',
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'form',
  'search',
  'dialog',
  'group',
]);
const LANDMARK_ELEMENTS = new Set([
  'section',
  'main',
  'nav',
  'aside',
  'header',
  'footer',
  'form',
  'article',
  'body',
]);
const isLandmark = (element: Element): boolean =>
  LANDMARK_ELEMENTS.has(element.localName) ||
  LANDMARK_ROLES.has((element.getAttribute('role') ?? '').trim().toLowerCase());

/** A label/value pair (two or more children showing text): a row, never a label. */
function isRow(element: Element): boolean {
  let shown = 0;
  for (const child of Array.from(element.children))
    if (composedText(child, MAX_LABEL) && ++shown >= 2) return true;
  return false;
}
// A table's parts: a header row is every column's label at once, never one value's (the column's
// own header is found by `headerOf`).
const NEVER_LABELS = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'colgroup',
]);

/**
 * The header naming a cell: the first cell of its row when that is a header, else the header
 * cell over its column in the table's grid (colspans counted). Of several header rows (a group
 * row "Suivi du colis" above the columns'), the one naming the fewest columns; else the table's
 * first row.
 */
function headerOf(cell: Element, value: string, locale: string): string | null {
  const row = cell.parentElement;
  const table = row ? tableOf(row) : null;
  if (!row || !table) return null;
  const first = row.firstElementChild;
  if (first && first !== cell && (first.localName === 'th' || first.getAttribute('role') === 'rowheader'))
    return asLabelIn(composedText(first, MAX_LABEL), value, locale);
  const header = columnHeaderOf(cell);
  return header ? asLabelIn(composedText(header, MAX_LABEL), value, locale) : null;
}

/**
 * Where a picked value sits: the nearest place, or, given `readsBack`, the nearest place that
 * reads the value back (a label the reader pairs with another value, a heading far above it, is
 * passed over for the next place). Null when no place is found, or none reads back.
 */
export function placeOf(picked: Element, readsBack?: (place: Place) => boolean): PickedPlace {
  for (const place of placesOf(picked)) if (!readsBack || readsBack(place)) return place;
  return null;
}

/** Every place of a picked value, nearest first: labels, then paths from identified ancestors. */
export function* placesOf(picked: Element): Generator<Place> {
  const seen = new Set<string>();
  const holder = holderBesideControls(picked);
  const paths = holder ? [...pathsOf(holder), ...pathsOf(picked)] : [...pathsOf(picked)];
  for (const place of [...labelsOf(picked), ...paths]) {
    const key = 'label' in place ? `l:${place.label}` : `p:${place.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    yield place;
  }
}

function* labelsOf(picked: Element): Generator<Place> {
  const value = pickedText(picked, 200) ?? '';
  const locale = picked.ownerDocument?.documentElement?.getAttribute('lang') || 'en';
  const asLabel = (text: string | null, value: string) => asLabelIn(text, value, locale);
  // "Sortie d’entrepôt le 14/11/2024 à 06:18": the words before the date, in the value's own text
  // (one text: a row of a label's element and a value's is read as such, not as a sentence).
  const inText = isOneText(picked) ? labelBeforeDate(value, locale) : null;
  if (inText) yield { label: inText };
  // Captions are the last labels tried: a label before the value, even an ancestor's, is nearer.
  const captions: string[] = [];
  let element: Element | null = picked;
  for (let level = 0; element && level < 4; level++, element = parentOrHost(element)) {
    // An aria-label names the value only on the picked element or its own parent, never a landmark's.
    if (level <= 1 && !isLandmark(element)) {
      const aria =
        element.getAttribute('aria-label') ??
        (element.localName.startsWith('kat-') ? element.getAttribute('label') : null);
      const fromAria = asLabel(aria, value);
      if (fromAria) yield { label: fromAria };
    }
    if (element.localName === 'dd') {
      let dt = element.previousElementSibling;
      while (dt && dt.localName !== 'dt') dt = dt.previousElementSibling;
      const fromDt = dt ? asLabel(composedText(dt, MAX_LABEL), value) : null;
      if (fromDt) yield { label: fromDt };
    }
    if (isCell(element)) {
      const fromHeader = headerOf(element, value, locale);
      if (fromHeader) yield { label: fromHeader };
      // A row of a history ("15/11/2024 18:27 | Pris en charge par le transporteur | Montélimar"):
      // the step after the date names it where its column header names every event's date.
      for (const after of cellsAfter(element)) {
        const fromStep = asLabel(composedText(after, MAX_LABEL), value);
        if (fromStep) yield { label: fromStep };
      }
    }
    // Only what holds the value alone (the value, or a wrapper around it) is labelled by its column
    // or its caption: a card holding it among other lines is not.
    const alone = level === 0 || composedText(element, 200) === value;
    const fromGrid = alone ? flatGridHeaderOf(element) : null;
    const fromColumn = fromGrid ? asLabel(composedText(fromGrid, MAX_LABEL), value) : null;
    if (fromColumn) yield { label: fromColumn };
    // The sibling just before: "<span>Label</span><span>value</span>".
    for (
      let sibling = element.previousElementSibling, n = 0;
      sibling && n < 2;
      sibling = sibling.previousElementSibling, n++
    ) {
      if (NEVER_LABELS.has(sibling.localName) || isRow(sibling)) continue;
      const fromSibling = asLabel(composedText(sibling, MAX_LABEL) || iconName(sibling), value);
      if (fromSibling) yield { label: fromSibling };
    }
    // A text node before it in the same parent: "Label : <b>value</b>".
    for (let node = element.previousSibling; node; node = node.previousSibling) {
      if (node.nodeType !== 3) continue;
      const fromText = asLabel((node.textContent ?? '').trim(), value);
      if (fromText) yield { label: fromText };
    }
    // A caption under its value (a big date, then what it is), as the reader pairs them.
    const caption = alone ? captionOf(element) : null;
    const captionText = caption ? composedText(caption, MAX_LABEL) : null;
    const fromCaption = captionText && CAPTION.test(captionText) ? asLabel(captionText, value) : null;
    if (fromCaption) captions.push(fromCaption);
  }
  for (const caption of captions) yield { label: caption };
}

/**
 * An icon standing for a label ("<span role=img aria-label="Acheminement"></span>"): the name of an
 * element that shows no text, from its `aria-label` or `title` (or its only child's).
 */
function iconName(element: Element): string | null {
  if ((element.textContent ?? '').trim() !== '') return null;
  // The icon itself, or alone in its element ("<td><i title=…></i></td>").
  let icon: Element | null = element;
  while (icon && !icon.hasAttribute('aria-label') && !icon.hasAttribute('title'))
    icon = icon.children.length === 1 ? (icon.firstElementChild as Element) : null;
  return icon ? (icon.getAttribute('aria-label') ?? icon.getAttribute('title')) : null;
}

/** The cells after a cell in its row, at most two (a step, its place). */
function cellsAfter(cell: Element): Element[] {
  const cells: Element[] = [];
  for (let next = cell.nextElementSibling; next && cells.length < 2; next = next.nextElementSibling)
    if (isCell(next)) cells.push(next);
  return cells;
}

/**
 * A caption names its value in words: no digit (" · mise à jour le 16 nov." is a remark of this
 * order), not a continuation of the value's line (starting with a separator).
 */
const CAPTION = /^[\p{L}][^\d]*$/u;
/** Controls after a value ("Copy", "Track") act on it; they do not name it. */
const CONTROLS = new Set(['a', 'button', 'input', 'select', 'textarea', 'label', 'summary']);
const CONTROL_ROLES = new Set(['button', 'link', 'menuitem', 'tab', 'checkbox', 'switch']);
const isControl = (element: Element): boolean =>
  CONTROLS.has(element.localName) ||
  CONTROL_ROLES.has((element.getAttribute('role') ?? '').trim().toLowerCase()) ||
  /^kat-(?:button|link|toggle|checkbox)/.test(element.localName) ||
  element.querySelector('a, button, [role="button"], [role="link"]') !== null;

/**
 * The label before a date in one text ("Sortie d’entrepôt le 14/11/2024 à 06:18" → "sortie
 * d'entrepot"), when the whole text is no date itself.
 */
function labelBeforeDate(text: string, locale: string): string | null {
  const isDate = (value: string) => parseMarketplaceDateTime(value, locale, 'UTC') !== null;
  if (text === '' || isDate(text)) return null;
  const split = splitLabelledDate(text, isDate);
  return split ? asLabelIn(split.label, text, locale) : null;
}

/** Whether an element's text is one text node's (a chip, a sentence), not a row of elements'. */
function isOneText(element: Element): boolean {
  let texts = 0;
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if ((node.textContent ?? '').trim() !== '' && ++texts > 1) return false;
  return texts === 1;
}

/** The heading over an element's column, when its parent is a grid drawn without rows (flat-grid.ts). */
function flatGridHeaderOf(element: Element): Element | null {
  const parent = element.parentElement;
  if (!parent) return null;
  const children = Array.from(parent.children);
  const width = flatGridWidth(children.map(gridChildOf));
  const index = children.indexOf(element);
  return width > 0 && index >= width ? (children[(index - width) % width] ?? null) : null;
}

/**
 * The caption after a value: the second of exactly two shown parts of their parent, the value
 * being the first (the reader's "value above its label").
 */
function captionOf(element: Element): Element | null {
  const parent = element.parentElement;
  if (!parent) return null;
  const shown = Array.from(parent.childNodes).filter((node) =>
    node.nodeType === 3
      ? (node.textContent ?? '').trim() !== ''
      : node.nodeType === 1 && !['br', 'img'].includes((node as Element).localName),
  );
  const [first, second] = shown;
  if (shown.length !== 2 || first !== element || second?.nodeType !== 1) return null;
  return isControl(second as Element) ? null : (second as Element);
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** A heading's text as a path names it: a label's form, without what would end the path's anchor. */
const HEADING_TEXT = /^[^"\]>]{1,80}$/;

/** The text naming a block by its heading: its first child heading's, when it has letters. */
function headingOf(block: Element): string | null {
  for (const child of Array.from(block.children)) {
    if (!child.matches(HEADINGS)) continue;
    const text = composedText(child, MAX_LABEL);
    // A heading that lists facts ("Colis 1 sur 1 · Colissimo") changes with the order.
    if (!text || !HAS_LETTER.test(text) || SEVERAL_FACTS.test(text)) return null;
    const normalized = normalizeLabel(text);
    return HEADING_TEXT.test(normalized) ? normalized : null;
  }
  return null;
}

/**
 * The element holding a value and the buttons or links acting on it ("<td><span>6A…</span><button>
 * Copier</button></td>"), when the value is all it shows besides them: its path reads the value on
 * the next page too, where the button may come first ("<button>Copié ✓</button> <span>XW…</span>").
 */
function holderBesideControls(picked: Element): Element | null {
  const holder = picked.parentElement;
  if (!holder || isLandmark(holder)) return null;
  const value = pickedText(picked, 200);
  return value && textBesideControls(holder, 200) === value ? holder : null;
}

/**
 * Child indexes from each identified ancestor, nearest first: one with a data-test-id or an id,
 * or a block with a heading of its own (light DOM only).
 */
function* pathsOf(picked: Element): Generator<Place> {
  const steps: number[] = [];
  const tail = () => steps.map((s) => `>${s}`).join('');
  let element: Element | null = picked;
  while (element && steps.length <= 30) {
    const testId = element.getAttribute('data-test-id');
    if (testId && /^[\w-]{1,100}$/.test(testId)) yield { path: `[data-test-id="${testId}"]${tail()}` };
    if (element.id && /^[\w-]{1,100}$/.test(element.id)) yield { path: `#${element.id}${tail()}` };
    // The picked element's own heading child would name its content, not the value.
    const heading = element === picked ? null : headingOf(element);
    if (heading && blockHeadedBy(element.ownerDocument, heading) === element)
      yield { path: `[heading="${heading}"]${tail()}` };
    const parent: Element | null = element.parentElement;
    if (!parent) return;
    const index = Array.prototype.indexOf.call(parent.children, element) as number;
    // A place counted among items that vary from order to order (events of a history, rows after
    // the first, cards repeated) names another item on the next order: no path goes through it.
    if (variesByOrder(element, index)) return;
    steps.unshift(index);
    element = parent;
  }
}

/**
 * Whether the `index`-th child `element` is one of a series whose length changes with the order:
 * a list's item (a tracking history grows at its top), a table row or a card repeated beside its
 * like (an event of a timeline, a second shipment's card) other than the first.
 */
function variesByOrder(element: Element, index: number): boolean {
  const role = element.getAttribute('role');
  if (element.localName === 'li' || role === 'listitem') return true;
  if (index === 0) return false;
  if (element.localName === 'tr' || role === 'row') return true;
  // Cells and leaves are a row's fixed columns; a card holds a structure of its own.
  const parent = element.parentElement;
  if (!parent || element.localName === 'td' || element.localName === 'th' || element.children.length < 2)
    return false;
  const alike = Array.from(parent.children).filter(
    (c) => c.localName === element.localName && c.className === element.className,
  );
  return alike.length >= 2;
}

/** The one block whose heading reads `heading`; null when none or several do. */
function blockHeadedBy(doc: Document, heading: string): Element | null {
  let found: Element | null = null;
  for (const candidate of Array.from(doc.querySelectorAll(HEADINGS))) {
    const block = candidate.parentElement;
    if (!block || headingOf(block) !== heading) continue;
    if (found && found !== block) return null;
    found = block;
  }
  return found;
}

/** The element a path names in `doc`, or null. */
export function elementAtPath(doc: Document, path: string): Element | null {
  const [start, ...steps] = path.split('>');
  if (!start) return null;
  const heading = /^\[heading="(.+)"\]$/.exec(start)?.[1];
  let element: Element | null =
    heading !== undefined
      ? blockHeadedBy(doc, heading)
      : start.startsWith('#')
        ? doc.getElementById(start.slice(1))
        : doc.querySelector(start);
  for (const step of steps) element = element?.children[Number(step)] ?? null;
  return element;
}
