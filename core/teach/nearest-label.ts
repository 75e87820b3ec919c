import { parseMarketplaceDate } from '../dates/parse-date';
import { isCarrierName } from '../page/carrier-names';
import { hasShape } from '../page/shapes';
import { composedText, normalizeLabel, parentOrHost } from '../page/text';
import { matchWholeStatus } from '../page/vocabulary';

// Where a picked value sits, said so that the next page of the same layout can be read: the
// label nearest to it (a preceding sibling, a dt for its dd, a column or row header, an
// aria-label of the element or its parent), normalized as the dictionaries store labels; where no
// label is near, a path of child indexes from the nearest ancestor with an id or a data-test-id.
// A text shaped like a value (a date, an order id, a tracking number, a status, a carrier, mostly
// digits), a whole label/value row and a landmark's aria-label are never taken as the label.

const MAX_LABEL = 80;
const HAS_LETTER = /\p{L}/u;

export type PickedPlace = { label: string } | { path: string } | null;

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

/** A text that may be a label: short, with letters, not the value itself, not shaped like a value. */
function asLabelIn(text: string | null, value: string, locale: string): string | null {
  if (!text || text.length > MAX_LABEL || !HAS_LETTER.test(text) || text === value) return null;
  if (isValueShaped(text, locale)) return null;
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
const NEVER_LABELS = new Set(['head', 'script', 'style', 'template', 'noscript']);

/** The header cell of a cell's column, or the first cell of its row when that is a header. */
function headerOf(cell: Element, value: string, locale: string): string | null {
  const row = cell.parentElement;
  if (!row) return null;
  const first = row.firstElementChild;
  if (first && first !== cell && first.localName === 'th')
    return asLabelIn(composedText(first, MAX_LABEL), value, locale);
  const index = Array.prototype.indexOf.call(row.children, cell) as number;
  const table = row.closest('table');
  const headerRow = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  const header = headerRow && headerRow !== row ? headerRow.children[index] : undefined;
  return header ? asLabelIn(composedText(header, MAX_LABEL), value, locale) : null;
}

export function placeOf(picked: Element): PickedPlace {
  const value = composedText(picked, 200) ?? '';
  const locale = picked.ownerDocument?.documentElement?.getAttribute('lang') || 'en';
  const asLabel = (text: string | null, value: string) => asLabelIn(text, value, locale);
  let element: Element | null = picked;
  for (let level = 0; element && level < 4; level++, element = parentOrHost(element)) {
    // An aria-label names the value only on the picked element or its own parent, never a landmark's.
    if (level <= 1 && !isLandmark(element)) {
      const aria =
        element.getAttribute('aria-label') ??
        (element.localName.startsWith('kat-') ? element.getAttribute('label') : null);
      const fromAria = asLabel(aria, value);
      if (fromAria) return { label: fromAria };
    }
    if (element.localName === 'dd') {
      let dt = element.previousElementSibling;
      while (dt && dt.localName !== 'dt') dt = dt.previousElementSibling;
      const fromDt = dt ? asLabel(composedText(dt, MAX_LABEL), value) : null;
      if (fromDt) return { label: fromDt };
    }
    if (element.localName === 'td' || element.localName === 'th') {
      const fromHeader = headerOf(element, value, locale);
      if (fromHeader) return { label: fromHeader };
    }
    // The sibling just before: "<span>Label</span><span>value</span>".
    for (
      let sibling = element.previousElementSibling, n = 0;
      sibling && n < 2;
      sibling = sibling.previousElementSibling, n++
    ) {
      if (NEVER_LABELS.has(sibling.localName) || isRow(sibling)) continue;
      const fromSibling = asLabel(composedText(sibling, MAX_LABEL), value);
      if (fromSibling) return { label: fromSibling };
    }
    // A text node before it in the same parent: "Label : <b>value</b>".
    for (let node = element.previousSibling; node; node = node.previousSibling) {
      if (node.nodeType !== 3) continue;
      const fromText = asLabel((node.textContent ?? '').trim(), value);
      if (fromText) return { label: fromText };
    }
  }
  return pathOf(picked);
}

/** Child indexes from the nearest ancestor with an id or a data-test-id (light DOM only). */
function pathOf(picked: Element): PickedPlace {
  const steps: number[] = [];
  let element: Element | null = picked;
  while (element && steps.length < 30) {
    const testId = element.getAttribute('data-test-id');
    if (testId && /^[\w-]{1,100}$/.test(testId))
      return { path: `[data-test-id="${testId}"]${steps.map((s) => `>${s}`).join('')}` };
    if (element.id && /^[\w-]{1,100}$/.test(element.id))
      return { path: `#${element.id}${steps.map((s) => `>${s}`).join('')}` };
    const parent: Element | null = element.parentElement;
    if (!parent) return null;
    steps.unshift(Array.prototype.indexOf.call(parent.children, element) as number);
    element = parent;
  }
  return null;
}

/** The element a path names in `doc`, or null. */
export function elementAtPath(doc: Document, path: string): Element | null {
  const [start, ...steps] = path.split('>');
  if (!start) return null;
  let element: Element | null = start.startsWith('#')
    ? doc.getElementById(start.slice(1))
    : doc.querySelector(start);
  for (const step of steps) element = element?.children[Number(step)] ?? null;
  return element;
}
