import { composedText, normalizeLabel, parentOrHost } from '../page/text';

// Where a picked value sits, said so that the next page of the same layout can be read: the
// label nearest to it (a preceding sibling, a dt for its dd, a column or row header, an
// aria-label), normalized as the dictionaries store labels; where no label is near, a path of
// child indexes from the nearest ancestor with an id or a data-test-id.

const MAX_LABEL = 80;
const HAS_LETTER = /\p{L}/u;

export type PickedPlace = { label: string } | { path: string } | null;

/** A text that may be a label: short, with letters, not the value itself. */
function asLabel(text: string | null, value: string): string | null {
  if (!text || text.length > MAX_LABEL || !HAS_LETTER.test(text) || text === value) return null;
  const normalized = normalizeLabel(text);
  return normalized.length > 0 ? normalized : null;
}

/** The header cell of a cell's column, or the first cell of its row when that is a header. */
function headerOf(cell: Element, value: string): string | null {
  const row = cell.parentElement;
  if (!row) return null;
  const first = row.firstElementChild;
  if (first && first !== cell && first.localName === 'th')
    return asLabel(composedText(first, MAX_LABEL), value);
  const index = Array.prototype.indexOf.call(row.children, cell) as number;
  const table = row.closest('table');
  const headerRow = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  const header = headerRow && headerRow !== row ? headerRow.children[index] : undefined;
  return header ? asLabel(composedText(header, MAX_LABEL), value) : null;
}

export function placeOf(picked: Element): PickedPlace {
  const value = composedText(picked, 200) ?? '';
  let element: Element | null = picked;
  for (let level = 0; element && level < 4; level++, element = parentOrHost(element)) {
    const aria =
      element.getAttribute('aria-label') ??
      (element.localName.startsWith('kat-') ? element.getAttribute('label') : null);
    const fromAria = asLabel(aria, value);
    if (fromAria) return { label: fromAria };
    if (element.localName === 'dd') {
      let dt = element.previousElementSibling;
      while (dt && dt.localName !== 'dt') dt = dt.previousElementSibling;
      const fromDt = dt ? asLabel(composedText(dt, MAX_LABEL), value) : null;
      if (fromDt) return { label: fromDt };
    }
    if (element.localName === 'td' || element.localName === 'th') {
      const fromHeader = headerOf(element, value);
      if (fromHeader) return { label: fromHeader };
    }
    // The sibling just before: "<span>Label</span><span>value</span>".
    for (
      let sibling = element.previousElementSibling, n = 0;
      sibling && n < 2;
      sibling = sibling.previousElementSibling, n++
    ) {
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
