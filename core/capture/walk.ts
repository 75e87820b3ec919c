import { OWN_UI_TAG } from '../page/text';

// The page as the reader sees it, walked without recursion (pages may nest thousands of levels):
// open shadow roots before the light children, a <template>'s content as its children, and MCF
// Desk's own overlay left out.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;
export const DOCTYPE_NODE = 10;
export const FRAGMENT_NODE = 11;

/** Whether the walk leaves `element` and everything in it out (our own overlay). */
export const isOwnUi = (element: Element): boolean => element.localName === OWN_UI_TAG;

/** The nodes an element shows, in order: its open shadow root first, then its light children. */
export function childrenOf(node: Node): Node[] {
  const children: Node[] = [];
  if (node.nodeType === ELEMENT_NODE) {
    const element = node as Element;
    if (isOwnUi(element)) return children;
    if (element.shadowRoot) children.push(element.shadowRoot);
    if (element.localName === 'template') {
      const content = (element as HTMLTemplateElement).content;
      if (content) for (let c = content.firstChild; c; c = c.nextSibling) children.push(c);
      return children;
    }
  }
  for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
  return children;
}

/**
 * Visits every node under `root` (root included) in document order. `visit` returns false to
 * skip a node's content.
 */
export function walkComposed(root: Node, visit: (node: Node) => boolean | undefined): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === ELEMENT_NODE && isOwnUi(node as Element)) continue;
    if (visit(node) === false) continue;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** The text of `node` and everything it shows, shadow roots included, in document order. */
export function textNodesIn(node: Node): Text[] {
  const texts: Text[] = [];
  walkComposed(node, (current) => {
    if (current.nodeType === TEXT_NODE) texts.push(current as Text);
    else if (current.nodeType === ELEMENT_NODE) {
      const name = (current as Element).localName;
      if (name === 'script' || name === 'style') return false;
    }
    return true;
  });
  return texts;
}
