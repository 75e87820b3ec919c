import { isHidden, parentCrossingShadow } from '../forms/hidden';

// Whether the seller can see a control where it stands. A control the page hides (a wizard's
// step not reached, a paginated row) and one inside a closed <details> (a section the seller has
// not opened) alike: writing it would send what the seller never saw on screen, so the filler
// leaves it and says so (`not-shown`). A <details>' summary is always shown.

/** Inside a closed <details>, outside its summary, through shadow roots. */
export function inClosedDetails(el: Element): boolean {
  let child: Element = el;
  for (let node = parentCrossingShadow(el); node; child = node, node = parentCrossingShadow(node)) {
    if (node.localName === 'details' && !node.hasAttribute('open') && child.localName !== 'summary')
      return true;
  }
  return false;
}

export const outOfSight = (el: Element): boolean => isHidden(el) || inClosedDetails(el);
