import { styleHides } from '../page/reader/visibility';

// Whether the page hides a control from the seller. Pure DOM: the element brings its own window.

/** The element's parent, or the host of the shadow root it sits in. */
export function parentCrossingShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode() as ShadowRoot | Document;
  return 'host' in root ? root.host : null;
}

/**
 * A `hidden` or `display: none` on it or around it (a wizard's earlier step kept in the page), through
 * shadow roots. The computed style only where the page has one (a browser).
 */
export function isHidden(el: Element): boolean {
  const view = el.ownerDocument?.defaultView;
  for (let node: Element | null = el; node; node = parentCrossingShadow(node)) {
    if (node.hasAttribute('hidden') || styleHides(node.getAttribute('style') ?? '')) return true;
    const style = typeof view?.getComputedStyle === 'function' ? view.getComputedStyle(node) : null;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}
