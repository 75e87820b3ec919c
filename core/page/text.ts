// Text as the reader compares it. Only textContent-like reads: never innerHTML.

const ELEMENT = 1;
const TEXT = 3;
const FRAGMENT = 11;

const WHITESPACE = /[\s\u00a0\u202f\u2007\u2009\u200b]+/g;
const IRREGULAR_SPACE = /[\t\n\r\f\v\u00a0\u202f\u2007\u2009\u200b]| {2}/;
const ACCENTS = /[\u0300-\u036f]/g;
const QUOTES = /[’`]/g;

/** Collapses every run of (Unicode) whitespace to one space and trims. */
export function collapse(text: string): string {
  // Most texts have single spaces only: test before allocating a replaced copy.
  return IRREGULAR_SPACE.test(text) ? text.replace(WHITESPACE, ' ').trim() : text.trim();
}

/** The form labels and status words are compared in: lower case, no accents, no trailing colon. */
export function normalizeLabel(text: string): string {
  return normalizeCollapsed(collapse(text));
}

/** `normalizeLabel` of a text already collapsed. */
export function normalizeCollapsed(collapsed: string): string {
  let folded = collapsed.toLowerCase();
  // One scan decides which of the costlier steps (accent folding, quote replacement) apply.
  let nonAscii = false;
  let backtick = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c > 0x7f) nonAscii = true;
    else if (c === 0x60) backtick = true;
  }
  if (nonAscii) {
    folded = foldAccents(folded);
    // A few characters decompose to a backtick (U+1FED, U+1FEF): it is a quote like the others.
    backtick ||= folded.includes('`');
  }
  const last = folded.charCodeAt(folded.length - 1);
  if (last === 0x3a || last === 0xff1a || last === 0x23 || last === 0x20) {
    // What /[\s:：#]+$/ would remove, one character at a time.
    let end = folded.length - 1;
    while (end > 0 && isTrailingPunctuation(folded.charCodeAt(end - 1))) end--;
    folded = folded.slice(0, end);
  }
  // ’ is not ASCII: only a text that had other characters than ASCII may hold it.
  return backtick || (nonAscii && folded.includes('’')) ? folded.replace(QUOTES, "'") : folded;
}

/** A character of /[\s:：#]/: a colon, a full-width colon, '#', or a space of `\s`. */
function isTrailingPunctuation(c: number): boolean {
  if (c === 0x3a || c === 0x23 || c === 0x20 || c === 0xff1a) return true;
  if (c < 0xa0) return c >= 0x09 && c <= 0x0d;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Accent folding of each character below U+0370 (Latin letters and combining accents): its
 * decomposition without accents, or undefined when that would keep another mark.
 */
let foldedChars: (string | undefined)[] | undefined;
function foldedCharsTable(): (string | undefined)[] {
  const table: (string | undefined)[] = [];
  for (let c = 0x80; c < 0x370; c++) {
    const folded = String.fromCharCode(c).normalize('NFD').replace(ACCENTS, '');
    let plain = true;
    for (let i = 0; i < folded.length; i++) if (folded.charCodeAt(i) >= 0x300) plain = false;
    table[c] = plain ? folded : undefined;
  }
  return table;
}

/**
 * `text.normalize('NFD')` without its accents, for lower-case text. ICU's normalization is the
 * costliest step of reading a label: characters of the table are folded one by one instead (the
 * same result: once every accent is dropped, their canonical order no longer matters), and any
 * other character sends the whole text through ICU.
 */
function foldAccents(lower: string): string {
  foldedChars ??= foldedCharsTable();
  let out = '';
  let start = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // ’ and the full-width colon have no canonical decomposition.
    if (c < 0x80 || c === 0x2019 || c === 0xff1a) continue;
    const folded = foldedChars[c];
    if (folded === undefined) return lower.normalize('NFD').replace(ACCENTS, '');
    if (folded.length === 1 && folded.charCodeAt(0) === c) continue;
    out += lower.slice(start, i) + folded;
    start = i + 1;
  }
  return start === 0 ? lower : out + lower.slice(start);
}

/** Katal components may carry their text in an attribute only (domain.md §2). */
export function attributeText(element: Element): string | null {
  if (!element.localName.startsWith('kat-')) return null;
  return element.getAttribute('text') ?? element.getAttribute('label');
}

/** Elements whose content is not shown. */
export const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);
const SKIPPED = HIDDEN_ELEMENTS;
/**
 * Elements that do not break a line: no space is added around them. A `<wbr>` inside a long
 * tracking number, a `<time>` around a date or an `<s>` around an old price are part of the text
 * they sit in, not a line of their own.
 */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/**
 * The text a user sees in `node`, reading open shadow roots (a `<slot>` shows the host's light
 * children) and Katal text attributes, whitespace collapsed. Returns null past `cap` characters,
 * so that checking whether a large element "is" a short label stays cheap.
 */
export function composedText(node: Node, cap = Number.POSITIVE_INFINITY): string | null {
  // Fast paths: a text node, and an element holding one text node (most labels and values).
  if (node.nodeType === TEXT) return capped(collapse((node as Text).data), cap);
  if (node.nodeType === ELEMENT) {
    const element = node as Element;
    const only = element.firstChild;
    if (
      only !== null &&
      only.nodeType === TEXT &&
      only === element.lastChild &&
      shadowOf(element) === null &&
      !SKIPPED.has(element.localName) &&
      element.localName !== 'slot'
    ) {
      const data = (only as Text).data;
      if (data.length > cap * 4 + 256) return null;
      const text = collapse(data);
      if (text.length > 0) return capped(text, cap);
    }
  }
  const parts: string[] = [];
  // Raw text carries indentation; stop reading well past the cap, then judge the collapsed text.
  const rawLimit = cap * 4 + 256;
  let length = 0;
  const visit = (current: Node, host: Element | null): boolean => {
    if (current.nodeType === TEXT) {
      const data = (current as Text).data;
      parts.push(data);
      length += data.length;
      return length <= rawLimit;
    }
    if (current.nodeType === FRAGMENT) {
      for (let child = current.firstChild; child; child = child.nextSibling)
        if (!visit(child, host)) return false;
      return true;
    }
    if (current.nodeType !== ELEMENT) return true;
    const element = current as Element;
    if (SKIPPED.has(element.localName)) return true;
    if (element.localName === 'slot' && host) {
      for (let child = host.firstChild; child; child = child.nextSibling)
        if (!visit(child, null)) return false;
      return true;
    }
    const before = length;
    const block = !INLINE_ELEMENTS.has(element.localName);
    if (block) parts.push(' ');
    const shadow = shadowOf(element);
    if (shadow) {
      if (!visit(shadow, element)) return false;
    } else {
      for (let child = element.firstChild; child; child = child.nextSibling)
        if (!visit(child, host)) return false;
    }
    if (length === before) {
      const fromAttribute = attributeText(element);
      if (fromAttribute) {
        parts.push(' ', fromAttribute, ' ');
        length += fromAttribute.length + 2;
      }
    }
    if (block) parts.push(' ');
    return length <= rawLimit;
  };
  if (!visit(node, null)) return null;
  const text = collapse(parts.join(''));
  return text.length <= cap ? text : null;
}

const capped = (text: string, cap: number): string | null => (text.length <= cap ? text : null);

/** Parent element, or the shadow host when `node` sits at the top of a shadow root. */
export function parentOrHost(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === FRAGMENT) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === ELEMENT ? (parent as Element) : null;
}

export const NODE = { ELEMENT, TEXT, FRAGMENT } as const;

/**
 * MCF Desk's own overlay lives in an open shadow root on the page (so that tests and assistive
 * tools can reach it). The reader must not read it back: it shows the order's dates too.
 */
export const OWN_UI_TAG = 'mcf-desk-overlay';

/** The open shadow root of an element, except our own overlay's. */
export function shadowOf(element: Element): ShadowRoot | null {
  return element.localName === OWN_UI_TAG ? null : element.shadowRoot;
}
