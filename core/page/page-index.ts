import { attributeText, collapse, HIDDEN_ELEMENTS, INLINE_ELEMENTS, NODE, OWN_UI_TAG } from './text';

// The page read once: every element and text node (open shadow roots included) recorded in one
// walk, in the reader's document order, with its children kept in arrays. Everything the
// collector asks afterwards (siblings, parents, composed text) is answered from these records,
// so that no part of the page is walked twice. Composed text is computed on demand, once per
// node, from the texts of its children: what `composedText` (text.ts) returns, without walking
// the subtree again.

const ELEMENT = NODE.ELEMENT;
const TEXT = NODE.TEXT;
const FRAGMENT = NODE.FRAGMENT;
const DOCUMENT = 9;
const NO_CHILDREN: PageNode[] = [];
/**
 * The spaces of `\s` that `collapse` keeps in a text it only trims (its IRREGULAR_SPACE finds
 * the others). A text without them collapses as if every run of spaces became one space.
 */
const ODD_SPACES = /[\u1680\u2000-\u2006\u2008\u200a\u2028\u2029\u205f\u3000\ufeff]/;
// The same hidden and inline elements as `composedText`.
const HIDDEN = HIDDEN_ELEMENTS;
const INLINE = INLINE_ELEMENTS;
/** The built-in elements `attachShadow` accepts (besides custom elements, whose names hold a '-'). */
const SHADOW_HOSTS: ReadonlySet<string> = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

export class PageNode {
  /** Light children (elements and text; comments left out), or a shadow root's children. */
  children: PageNode[] = NO_CHILDREN;
  /** The open shadow root (a record of kind FRAGMENT), except our own overlay's. */
  shadow: PageNode | null = null;
  /** Position of the last node of this subtree (shadow content included) in document order. */
  end: number;
  /** `role` attribute, read once on demand ('' when absent). */
  private roleValue: string | undefined;
  /** Raw text length and raw text, without (0) and with (1) the host of this node's tree known. */
  private length0 = -1;
  private length1 = -1;
  private raw0: string | undefined;
  private raw1: string | undefined;
  /** Whitespace-collapsed composed text (read from outside: host unknown). */
  private collapsed: string | undefined;
  /** Whether the raw text (host unknown) holds none of ODD_SPACES: 0 unknown, 1 yes, 2 no. */
  private plainState = 0;

  constructor(
    readonly node: Node,
    /** ELEMENT, TEXT, FRAGMENT (a shadow root) or 9 (the document). */
    readonly kind: number,
    /** localName of an element, '' otherwise. */
    readonly name: string,
    /** Text of a text node, '' otherwise. */
    readonly data: string,
    /** Record of the DOM parentNode; a shadow root's is its host. */
    readonly parent: PageNode | null,
    /** Index in `parent.children`. */
    readonly index: number,
    /** Host of the shadow root whose tree holds this node; null in the document's tree. */
    readonly treeHost: PageNode | null,
    /** Document order (1-based, elements and text only; shadow content right after its host). */
    readonly pos: number,
    /** An element with attributes. */
    readonly attributed: boolean,
  ) {
    this.end = pos;
  }

  get role(): string {
    if (this.roleValue === undefined)
      this.roleValue = this.attributed ? ((this.node as Element).getAttribute('role') ?? '') : '';
    return this.roleValue;
  }

  /** Parent element, or the shadow host for a node at the top of a shadow root (`parentOrHost`). */
  get parentOrHost(): PageNode | null {
    const parent = this.parent;
    if (!parent) return null;
    if (parent.kind === FRAGMENT) return parent.parent;
    return parent.kind === ELEMENT ? parent : null;
  }

  get nextSibling(): PageNode | null {
    return this.parent?.children[this.index + 1] ?? null;
  }

  get nextElementSibling(): PageNode | null {
    const siblings = this.parent?.children;
    if (!siblings) return null;
    for (let i = this.index + 1; i < siblings.length; i++) {
      const sibling = siblings[i] as PageNode;
      if (sibling.kind === ELEMENT) return sibling;
    }
    return null;
  }

  /** `composedText(this.node, cap)`: the text a user sees, collapsed; null past `cap`. */
  text(cap: number): string | null {
    if (this.kind === TEXT) {
      const text = this.collapsedText();
      return text.length <= cap ? text : null;
    }
    // Raw text carries indentation: past this length, the text is not read at all.
    if (this.rawLength(false) > cap * 4 + 256) return null;
    const text = this.collapsedText();
    return text.length <= cap ? text : null;
  }

  private collapsedText(): string {
    if (this.collapsed !== undefined) return this.collapsed;
    // An element around one node (`<dd>value</dd>`, `<td><span>value</span></td>`) shows that
    // node's text: the spaces a block adds around it collapse away, as long as `collapse` treats
    // every space of that text alike (see `plain`).
    if (
      this.kind === ELEMENT &&
      this.children.length === 1 &&
      this.shadow === null &&
      !HIDDEN.has(this.name)
    ) {
      const only = this.children[0] as PageNode;
      if (only.rawLength(false) > 0 && only.plain()) {
        this.collapsed = only.collapsedText();
        return this.collapsed;
      }
    }
    this.collapsed = collapse(this.kind === TEXT ? this.data : this.raw(false));
    return this.collapsed;
  }

  /**
   * Whether the raw text (host unknown) holds no ODD_SPACES: then `collapse` turns every run of
   * spaces into one space and trims, so that spaces added around it change nothing. Elements
   * with a shadow root are not looked into (answered false).
   */
  private plain(): boolean {
    if (this.plainState === 0) {
      let plain = true;
      if (this.kind === TEXT) plain = !ODD_SPACES.test(this.data);
      else if (this.kind !== ELEMENT || this.shadow !== null) plain = false;
      else if (!HIDDEN.has(this.name)) {
        let innerLength = 0;
        for (const child of this.children) {
          if (!child.plain()) {
            plain = false;
            break;
          }
          innerLength += child.rawLength(false);
        }
        if (plain && innerLength === 0) {
          const fromAttribute = attributeText(this.node as Element);
          if (fromAttribute) plain = !ODD_SPACES.test(fromAttribute);
        }
      }
      this.plainState = plain ? 1 : 2;
    }
    return this.plainState === 1;
  }

  /**
   * Length of the raw text as `composedText` counts it (text and attribute text; not the spaces
   * added around blocks). `hosted`: reached through the shadow root of `treeHost`, so that a
   * `<slot>` shows the host's light children.
   */
  private rawLength(hosted: boolean): number {
    const withHost = hosted && this.treeHost !== null;
    const known = withHost ? this.length1 : this.length0;
    if (known >= 0) return known;
    let length = 0;
    if (this.kind === TEXT) length = this.data.length;
    else if (this.kind === FRAGMENT) {
      for (const child of this.children) length += child.rawLength(true);
    } else if (this.kind === ELEMENT && !HIDDEN.has(this.name)) {
      if (this.name === 'slot' && withHost) {
        for (const child of (this.treeHost as PageNode).children) length += child.rawLength(false);
      } else {
        if (this.shadow) length = this.shadow.rawLength(true);
        else for (const child of this.children) length += child.rawLength(withHost);
        if (length === 0) {
          const fromAttribute = attributeText(this.node as Element);
          if (fromAttribute) length = fromAttribute.length + 2;
        }
      }
    }
    if (withHost) this.length1 = length;
    else this.length0 = length;
    return length;
  }

  /** The raw text `composedText` joins before collapsing it. */
  private raw(hosted: boolean): string {
    const withHost = hosted && this.treeHost !== null;
    const known = withHost ? this.raw1 : this.raw0;
    if (known !== undefined) return known;
    let raw = '';
    if (this.kind === TEXT) raw = this.data;
    else if (this.kind === FRAGMENT) {
      for (const child of this.children) raw += child.raw(true);
    } else if (this.kind === ELEMENT && !HIDDEN.has(this.name)) {
      if (this.name === 'slot' && withHost) {
        for (const child of (this.treeHost as PageNode).children) raw += child.raw(false);
      } else {
        let inner = '';
        let innerLength = 0;
        if (this.shadow) {
          inner = this.shadow.raw(true);
          innerLength = this.shadow.rawLength(true);
        } else {
          for (const child of this.children) {
            inner += child.raw(withHost);
            innerLength += child.rawLength(withHost);
          }
        }
        if (innerLength === 0) {
          const fromAttribute = attributeText(this.node as Element);
          if (fromAttribute) inner += ` ${fromAttribute} `;
        }
        raw = INLINE.has(this.name) ? inner : ` ${inner} `;
      }
    }
    if (withHost) this.raw1 = raw;
    else this.raw0 = raw;
    return raw;
  }
}

export interface PageIndex {
  /** Elements and text nodes in document order: `nodes[pos - 1]`. */
  nodes: PageNode[];
  document: PageNode;
}

/** Records the page in one walk (see the comment at the top of this file). */
export function indexPage(doc: Document): PageIndex {
  const nodes: PageNode[] = [];
  const document = new PageNode(doc, DOCUMENT, '', '', null, 0, null, 0, false);
  const visit = (record: PageNode, parent: Node, treeHost: PageNode | null) => {
    let child = parent.firstChild;
    if (child === null) return;
    const children: PageNode[] = [];
    record.children = children;
    for (; child !== null; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === TEXT) {
        const text = new PageNode(
          child,
          TEXT,
          '',
          (child as Text).data,
          record,
          children.length,
          treeHost,
          nodes.length + 1,
          false,
        );
        children.push(text);
        nodes.push(text);
      } else if (type === ELEMENT) {
        const element = child as Element;
        const name = element.localName;
        const entry = new PageNode(
          child,
          ELEMENT,
          name,
          '',
          record,
          children.length,
          treeHost,
          nodes.length + 1,
          element.hasAttributes(),
        );
        children.push(entry);
        nodes.push(entry);
        // Our own overlay's shadow root is never read (`shadowOf`). Only custom elements and a
        // few others may host a shadow root (DOM `attachShadow`): the rest are not asked.
        const shadow =
          name === OWN_UI_TAG || !(SHADOW_HOSTS.has(name) || name.includes('-')) ? null : element.shadowRoot;
        if (shadow) {
          const root = new PageNode(shadow, FRAGMENT, '', '', entry, 0, entry, 0, false);
          entry.shadow = root;
          visit(root, shadow, entry);
        }
        visit(entry, element, treeHost);
        entry.end = nodes.length;
      }
    }
  };
  visit(document, doc, null);
  document.end = nodes.length;
  return { nodes, document };
}
