import { collapse } from '../text';
import { TEXT, type VisibleTree, type VNode } from './visible-tree';

// Text as the seller sees it, read from the visible tree (never from the DOM again): the text of
// a subtree, and the page's lines (text runs broken by <br> and by block elements).

/** Texts longer than this are never a label or a value: not composed at all. */
const LONGEST = 400;

export interface Line {
  /** Collapsed text of the line. */
  text: string;
  /** The innermost block element holding the line. */
  owner: VNode;
  /** Its first text node. */
  first: VNode;
}

export class TreeText {
  private readonly cache = new Map<VNode, string | null>();
  private lineList: Line[] | undefined;

  constructor(private readonly tree: VisibleTree) {}

  /** The collapsed text of `node`'s subtree, or null when longer than `cap`. */
  of(node: VNode, cap: number): string | null {
    let text = this.cache.get(node);
    if (text === undefined) {
      text = node.kind === TEXT ? collapse(node.data) : this.compose(node);
      this.cache.set(node, text);
    }
    return text !== null && text.length <= cap ? text : null;
  }

  private compose(node: VNode): string | null {
    // An element around one text node (most labels and values).
    if (node.children.length === 1 && (node.children[0] as VNode).kind === TEXT)
      return capped(collapse((node.children[0] as VNode).data));
    const nodes = this.tree.nodes;
    let raw = '';
    const openBlocks: number[] = [];
    for (let p = node.pos + 1; p <= node.end; p++) {
      const current = nodes[p] as VNode;
      while (openBlocks.length > 0 && (openBlocks[openBlocks.length - 1] as number) < p) {
        openBlocks.pop();
        raw += ' ';
      }
      if (current.kind === TEXT) raw += current.data;
      else if (current.isPopover) {
        // Not the text of what it stands in: skipped whole, a space in its place.
        raw += ' ';
        p = current.end;
      } else if (current.isBlock) {
        raw += ' ';
        openBlocks.push(current.end);
      }
      if (raw.length > LONGEST * 4 + 256) return null;
    }
    return capped(collapse(raw));
  }

  /** The page's lines in document order. */
  lines(): Line[] {
    if (this.lineList) return this.lineList;
    const lines: Line[] = [];
    const blocks: VNode[] = [this.tree.root];
    let raw = '';
    let first: VNode | null = null;
    let owner: VNode = this.tree.root;
    const flush = () => {
      if (first !== null && raw.length <= LONGEST * 4) {
        const text = collapse(raw);
        if (text.length > 0 && text.length <= LONGEST) lines.push({ text, owner, first });
      }
      raw = '';
      first = null;
    };
    for (const node of this.tree.nodes) {
      while (blocks.length > 1 && (blocks[blocks.length - 1] as VNode).end < node.pos) {
        flush();
        blocks.pop();
      }
      if (node.kind === TEXT) {
        if (first === null) {
          if (isBlank(node.data)) continue;
          first = node;
          owner = blocks[blocks.length - 1] as VNode;
        }
        raw += node.data;
      } else if (node.name === 'br') flush();
      else if (node.isBlock && node !== this.tree.root) {
        flush();
        blocks.push(node);
      }
    }
    flush();
    this.lineList = lines;
    return lines;
  }
}

const capped = (text: string): string | null => (text.length <= LONGEST ? text : null);

export function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x202f && c !== 0x200b && c !== 0xfeff) return false;
  }
  return true;
}
