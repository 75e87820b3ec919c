import { isCarrierName } from '../carrier-names';
import { isAmazonOrderId } from '../shapes';
import { INLINE_ELEMENTS, OWN_UI_TAG } from '../text';
import { matchLabel, matchReturnStatus, matchStatus } from '../vocabulary';
import { isNeverShown, visibilityJudge } from './visibility';

// Stage 1 of the reader: the visible page, indexed once. The page is flattened the way it is
// rendered (an open shadow root replaces its host's children, a <slot> shows the host's light
// children assigned to it), hidden subtrees are left out, and every node is recorded in document
// order with the range of its subtree, so that later stages never walk the DOM again. The walk is
// iterative: a page may nest thousands of levels.
//
// It also notes every Amazon-shaped order id in the visible text: a page that shows many orders
// (a list served at a detail URL) is recognized here and its walk stopped early.

export const ELEMENT = 1;
export const TEXT = 3;

export class VNode {
  children: VNode[] = [];
  /** Index in `parent.children`. */
  index = 0;
  /** Position of the last node of this subtree. */
  end: number;
  constructor(
    readonly kind: 1 | 3,
    /** The DOM node; for a Katal attribute text, the element carrying it. */
    readonly node: Node,
    /** localName of an element, '' for text. */
    readonly name: string,
    /** Text of a text node, '' for an element. */
    readonly data: string,
    readonly parent: VNode | null,
    /** Position in `VisibleTree.nodes`. */
    readonly pos: number,
  ) {
    this.end = pos;
  }

  get element(): Element {
    return this.node as Element;
  }

  /** Elements that break lines: everything but inline elements and text (a popover floats apart). */
  get isBlock(): boolean {
    return this.kind === ELEMENT && (!INLINE_ELEMENTS.has(this.name) || this.isPopover);
  }

  private popoverValue: boolean | undefined;
  /**
   * An open tooltip or popover: text laid over the page, not part of what it stands in ("Numéro
   * de suivi : [another order's history]"). Its own text is read; its ancestors' text leaves it out.
   * A sentence or more: a short one is the trigger holding a value ("<a data-popover>6A…</a>", a
   * CSS tooltip's `role=tooltip` text with its tip in `aria-label`).
   */
  get isPopover(): boolean {
    if (this.popoverValue === undefined) {
      const marked =
        this.kind === ELEMENT &&
        (this.role === 'tooltip' || this.attribute('data-popover') !== null) &&
        this.attribute('aria-label') === null;
      const text = marked ? (this.element.textContent ?? '').trim() : '';
      this.popoverValue = marked && text.length >= POPOVER_TEXT && text.split(/\s+/).length >= 5;
    }
    return this.popoverValue;
  }

  attribute(name: string): string | null {
    return this.kind === ELEMENT ? this.element.getAttribute(name) : null;
  }

  private roleValue: string | undefined;
  /** The `role` attribute ('' when absent), read once: structure tests ask it often. */
  get role(): string {
    if (this.roleValue === undefined) this.roleValue = this.attribute('role') ?? '';
    return this.roleValue;
  }

  contains(other: VNode): boolean {
    return other.pos >= this.pos && other.pos <= this.end;
  }

  nextElementSibling(): VNode | null {
    const siblings = this.parent?.children;
    if (!siblings) return null;
    for (let i = this.index + 1; i < siblings.length; i++) {
      const sibling = siblings[i] as VNode;
      if (sibling.kind === ELEMENT) return sibling;
    }
    return null;
  }
}

export interface IdMention {
  id: string;
  /** The text node holding it. */
  node: VNode;
  /** Where the id starts in the node's text. */
  at: number;
}

export interface VisibleTree {
  nodes: VNode[];
  root: VNode;
  /** Amazon-shaped order ids in visible text, in document order. */
  mentions: IdMention[];
  /**
   * The walk stopped early: so many distinct order ids that the page is a list whatever text
   * holds them (fewer, `CROWDED_IDS`, are judged once customer-written text is known).
   */
  crowded: boolean;
  /** The walk stopped at the node budget. */
  truncated: boolean;
}

export interface TreeOptions {
  /** Use the browser's layout-aware `checkVisibility()`. */
  nativeVisibility: boolean;
  /** Ids that do not count towards `crowded` (the one the URL names). */
  expectedIds: readonly string[];
  /** Walk only this element (an order's details opened over a list): the rest is not the order's page. */
  root?: Element;
}

/** Characters from which a tooltip's text is a popover's, not a value's (see `isPopover`). */
const POPOVER_TEXT = 40;

/** More distinct order ids than this (besides the expected ones): a list, not one order's page. */
export const CROWDED_IDS = 6;
/** Distinct ids past which the walk stops: a list even if a buyer's message named some of them. */
const SURELY_A_LIST_IDS = 4 * CROWDED_IDS;
const MAX_NODES = 300_000;
/** An Amazon-shaped order id inside a text (not part of a longer code). */
export const AMAZON_ID_IN_TEXT = /(?<![A-Za-z0-9-])[A-Z0-9]{3}-\d{7}-\d{7}(?![A-Za-z0-9-])/g;
const MAYBE_ID = /\d{7}-\d/;
// Characters that draw nothing, the marks and isolates of bidirectional text among them (LRM, RLM, LRE…PDF, LRI…PDI).
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]/;
const INVISIBLES = /[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]/g;

/**
 * The children a host renders: its open shadow root's (ours excepted), or its own; a slot's
 * assigned nodes. An array only for a slot: elsewhere the walk follows `nextSibling` from the
 * first child (a live NodeList costs more to index than a sibling link to follow).
 */
function renderedChildren(element: Element): Node | Node[] | null {
  if (element.localName === 'slot') {
    const root = element.getRootNode() as ShadowRoot;
    const host = root && root.nodeType === 11 ? root.host : null;
    if (host) {
      const name = element.getAttribute('name') ?? '';
      const assigned: Node[] = [];
      for (let child = host.firstChild; child; child = child.nextSibling) {
        const slot = child.nodeType === ELEMENT ? ((child as Element).getAttribute('slot') ?? '') : '';
        if (slot === name && (child.nodeType === ELEMENT || child.nodeType === TEXT)) assigned.push(child);
      }
      if (assigned.length > 0) return assigned;
    }
    return element.firstChild;
  }
  const shadow = element.localName === OWN_UI_TAG ? null : element.shadowRoot;
  return shadow ? shadow.firstChild : element.firstChild;
}

/** Katal components may carry their text in an attribute only (domain.md §2). */
function attributeText(element: Element): string | null {
  if (!element.localName.startsWith('kat-')) return null;
  return element.getAttribute('text') ?? element.getAttribute('label');
}

/** A read-only form field shows its value as text (a detail page built from a form). */
export function fieldValue(element: Element): string | null {
  if (element.localName !== 'input') return null;
  const input = element as HTMLInputElement;
  if (
    !(input.readOnly || input.disabled) ||
    !['text', 'date', 'number', ''].includes(input.getAttribute('type') ?? '')
  )
    return null;
  return input.value || null;
}

/**
 * Whether an icon only decorates a label printed beside it: a truck named "Camion" before
 * "Transporteur" is not the label, the text is. (An icon beside a value is that value's label.)
 */
function decoratesLabel(element: Element): boolean {
  for (const sibling of Array.from(element.parentNode?.childNodes ?? [])) {
    if (sibling === element || (sibling.nodeType !== 3 && sibling.nodeType !== 1)) continue;
    const text = sibling.textContent?.trim() ?? '';
    if (text !== '' && text.length <= 60 && matchLabel(text)) return true;
  }
  return false;
}

/**
 * "<abbr title="Numéro de commande">N° cde</abbr>": a label shortened on screen and spelled out in
 * its title, read as the title when only the title is a label.
 */
function abbreviatedLabel(element: Element): string | null {
  const title = element.getAttribute('title')?.trim();
  if (!title || title.length > 60 || !matchLabel(title)) return null;
  const shown = element.textContent?.trim() ?? '';
  return matchLabel(shown) ? null : title;
}

/**
 * A value whose field is named only by its box's `aria-label` or tooltip ("<div
 * aria-label="Versanddienstleister">DHL</div>"): that name, read as a label before the value.
 * Only a known label naming a short text that holds no label of its own: a tooltip repeating
 * the value, or a box that already prints its label, adds nothing.
 */
const INTERACTIVE = new Set(['a', 'button', 'input', 'select', 'textarea', 'summary', 'option']);

function attributeLabel(element: Element): string | null {
  // A control's name says what it does ("Transporteur" on a "Modifier" button), not what a value is.
  if (
    INTERACTIVE.has(element.localName) ||
    /^(?:button|link|menuitem|tab|option|checkbox|switch)$/.test(element.getAttribute('role') ?? '')
  )
    return null;
  const named = (element.getAttribute('aria-label') ?? element.getAttribute('title'))?.trim();
  if (!named || named.length > 60 || !matchLabel(named)) return null;
  const shown = element.textContent?.trim() ?? '';
  if (shown === '' || shown.length > 80) return null;
  const lowered = shown.toLowerCase();
  if (lowered.includes(named.toLowerCase()) || matchLabel(shown)) return null;
  return named;
}

/**
 * A Katal section's title, drawn by the component from its attribute above what it holds
 * (`<kat-accordion-item label="Paket 3 · DHL JJD…">`, `<kat-expander heading=…>`). A leaf's
 * attribute is read as its text (`leafText`); this is a container's.
 */
function sectionTitle(element: Element): string | null {
  if (!KATAL_SECTIONS.has(element.localName) || element.firstElementChild === null) return null;
  const title = (element.getAttribute('label') ?? element.getAttribute('heading'))?.trim();
  return title ? withoutInvisibles(title) : null;
}
const KATAL_SECTIONS: ReadonlySet<string> = new Set([
  'kat-accordion-item',
  'kat-expander',
  'kat-box',
  'kat-card',
  'kat-tab',
]);

/** A carrier's logo (`<img alt="UPS">`): the carrier's name, as the seller reads it. */
function carrierLogo(element: Element): string | null {
  if (element.localName !== 'img') return null;
  const alt = element.getAttribute('alt')?.trim();
  // Only a logo standing alone in its box: beside a label or a value it would join their text.
  // Never Amazon's own badge ("Expédié par Amazon"), which names no carrier.
  if (!alt || !isCarrierName(alt) || alt.toLowerCase() === 'amazon') return null;
  return (element.parentElement?.textContent ?? '').trim() === '' ? alt : null;
}

/**
 * An icon standing for a label (a calendar before the delivery date, a truck before the
 * carrier): its accessible name, from `aria-label` or `title` on an empty <i>, <span> or
 * `role="img"` element, or an <svg>'s `aria-label` or <title>. Only for elements with no content
 * of their own: a tooltip on text (`<div title="…">value</div>`) is not what the seller reads.
 */
function iconName(element: Element): string | null {
  const name = element.localName;
  let named: string | null | undefined;
  if (name === 'svg')
    named = element.getAttribute('aria-label') ?? element.querySelector('title')?.textContent ?? null;
  else if (name === 'i' || name === 'span' || element.getAttribute('role') === 'img')
    named = element.getAttribute('aria-label') ?? element.getAttribute('title');
  const text = named?.trim();
  // Only an icon that has a name is asked whether it decorates a label beside it.
  return text && !decoratesLabel(element) && !explainsText(element, text) ? text : null;
}

/**
 * An info icon whose name is a sentence beside text of its own ("Übergeben am <i title="Zeitpunkt
 * der Übergabe an den Paketdienst">"): help for the words beside it, not page text. An icon
 * alone in its box may stand for its value, one named by a label for that label, and one named by
 * a state is that state ("Votre colis a été livré" before the day).
 */
function explainsText(element: Element, name: string): boolean {
  // An icon named by a label stands for that label ("Date de livraison estimée").
  if (name.split(/\s+/).length < 4 || matchLabel(name) || matchStatus(name) || matchReturnStatus(name))
    return false;
  for (const sibling of Array.from(element.parentNode?.childNodes ?? []))
    if (sibling !== element && (sibling.textContent ?? '').trim() !== '') return true;
  return false;
}

/**
 * Zero-width spaces, joiners and soft hyphens break words for layout only: an id printed
 * "WERKZEUG-\u200bDE-\u200b2207" is one word.
 */
const withoutInvisibles = (data: string): string =>
  INVISIBLE.test(data) ? data.replace(INVISIBLES, '') : data;

/**
 * The text a line break continues: the break falls right after a hyphen inside a word and right
 * before the word's next character ("S01-4471092-<br>6619034", "FUNDA-NORDICA-<br>150-LINO"), or
 * inside a link whose address holds the pieces joined ("PQ4F6P0712<br>45832012" of
 * "…track?id=PQ4F6P071245832012…"). A break after a label or a sentence is kept ("Statut<br>Livré").
 */
function continuationAfterBreak(text: Text, soFar: string, link: string): Text | null {
  const br = text.nextSibling;
  if (br?.nodeType !== ELEMENT || (br as Element).localName !== 'br') return null;
  const after = br.nextSibling;
  if (after?.nodeType !== TEXT) return null;
  const next = (after as Text).data.trimEnd();
  // The rest of the word is the whole next line: "BOUGIE-12-<br>2 unités" is two lines.
  if (!WORD_AT_START.test(next) || /\s/.test(next)) return null;
  const before = soFar.trim();
  const wrapped =
    (HYPHEN_AT_END.test(before) && shapeOf(before.slice(0, -1).split(/\s/).pop() ?? '') !== shapeOf(next)) ||
    (link !== '' && /^\S+$/.test(before) && link.includes(before + next));
  return wrapped ? (after as Text) : null;
}
/** Letters as A, digits as 9: "6A12345678901-<br>6A12345678902" are two values of one shape. */
const shapeOf = (word: string): string => word.replace(/\p{L}/gu, 'A').replace(/\p{N}/gu, '9');
const HYPHEN_AT_END = /[\p{L}\p{N}]-$/u;
const WORD_AT_START = /^[\p{L}\p{N}]/u;

/** What an element with no children shows: a Katal label, a read-only field's value, an icon's or a carrier logo's name. */
function leafText(element: Element): string | null {
  const text = attributeText(element) ?? fieldValue(element) ?? iconName(element) ?? carrierLogo(element);
  // A Katal label's `text` attribute wraps like any text ("Numéro de com&shy;mande").
  return text === null ? null : withoutInvisibles(text);
}

export function indexVisibleTree(doc: Document, options: TreeOptions): VisibleTree {
  const judge = visibilityJudge(doc, options.nativeVisibility);
  const nodes: VNode[] = [];
  const mentions: IdMention[] = [];
  const distinct = new Set<string>(options.expectedIds);
  const limit = options.expectedIds.length + SURELY_A_LIST_IDS;
  let crowded = false;
  let truncated = false;
  const top = options.root ?? doc.documentElement;
  const root = new VNode(ELEMENT, top ?? doc, top?.localName ?? '', '', null, 0);
  nodes.push(root);
  if (!top) return { nodes, root, mentions, crowded, truncated };

  const add = (kind: 1 | 3, node: Node, name: string, data: string, parent: VNode): VNode => {
    const record = new VNode(kind, node, name, data, parent, nodes.length);
    nodes.push(record);
    record.index = parent.children.length;
    parent.children.push(record);
    return record;
  };
  const noteMentions = (text: VNode) => {
    if (!MAYBE_ID.test(text.data)) return;
    for (const match of text.data.matchAll(AMAZON_ID_IN_TEXT)) {
      const id = match[0];
      if (!isAmazonOrderId(id)) continue;
      mentions.push({ id, node: text, at: match.index });
      distinct.add(id);
      if (distinct.size > limit) crowded = true;
    }
  };

  interface Frame {
    record: VNode;
    /** The next child to visit (sibling links), or null when done. */
    next: Node | null;
    /** A slot's assigned nodes, walked by index instead. */
    list: Node[] | null;
    index: number;
  }
  const frameOf = (record: VNode, children: Node | Node[] | null): Frame =>
    Array.isArray(children)
      ? { record, next: children[0] ?? null, list: children, index: 0 }
      : { record, next: children, list: null, index: 0 };
  const stack: Frame[] = [frameOf(root, renderedChildren(top))];
  while (stack.length > 0 && !crowded) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next === null) {
      const record = frame.record;
      if (record.children.length === 0 && record.kind === ELEMENT) {
        const shown = leafText(record.element);
        if (shown) add(TEXT, record.node, '', shown, record);
      }
      record.end = nodes.length - 1;
      stack.pop();
      continue;
    }
    const child = frame.next;
    frame.next = frame.list ? (frame.list[++frame.index] ?? null) : child.nextSibling;
    if (nodes.length >= MAX_NODES) {
      truncated = true;
      break;
    }
    if (child.nodeType === TEXT) {
      let data = withoutInvisibles((child as Text).data);
      // "S01-4471092-<br>6619034": one word wrapped after its hyphen reads as one text.
      const link = frame.record.name === 'a' ? (frame.record.element.getAttribute('href') ?? '') : '';
      for (let rest = frame.list ? null : continuationAfterBreak(child as Text, data, link); rest; ) {
        data += withoutInvisibles(rest.data);
        frame.next = rest.nextSibling;
        rest = continuationAfterBreak(rest, data, link);
      }
      noteMentions(add(TEXT, child, '', data, frame.record));
    } else if (child.nodeType === ELEMENT) {
      const element = child as Element;
      const name = element.localName;
      // MCF Desk's own overlay shows the order's dates too: never read back.
      if (name === OWN_UI_TAG || judge.isStruck(element) || judge.isHidden(element)) continue;
      if (isNeverShown(name)) {
        // An <svg> shows no text of its own, but an icon's name may be the label beside a value.
        const icon = name === 'svg' ? iconName(element) : null;
        if (icon) add(TEXT, element, '', icon, add(ELEMENT, element, name, '', frame.record));
        continue;
      }
      const record = add(ELEMENT, element, name, '', frame.record);
      const expanded = name === 'abbr' ? abbreviatedLabel(element) : null;
      if (expanded) {
        add(TEXT, element, '', expanded, record);
        record.end = nodes.length - 1;
        continue;
      }
      const named = attributeLabel(element) ?? sectionTitle(element);
      if (named) add(TEXT, element, '', named, record);
      stack.push(frameOf(record, renderedChildren(element)));
    }
  }
  // Close whatever an early stop left open.
  for (const frame of stack) frame.record.end = nodes.length - 1;
  return { nodes, root, mentions, crowded, truncated };
}
