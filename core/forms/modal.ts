import { isHidden, parentCrossingShadow } from './hidden';

// An open modal dialog ("Créer un retour client" opened over the order's page, a case form over
// the Help Hub) makes the page behind it inert: the seller cannot reach it until the dialog
// closes. A control behind it (an older draft left open on the page, a copy of the form in a
// panel) is no part of what the seller is filling now.

const MODAL = 'dialog[open], [role="dialog"][aria-modal="true"], [role="alertdialog"][aria-modal="true"]';

/** Whether a shown dialog is modal: declared so, or opened with `showModal()` (`:modal`). */
function isModal(dialog: Element): boolean {
  if (dialog.getAttribute('aria-modal') === 'true') return true;
  try {
    return dialog.matches(':modal');
  } catch {
    // An engine without `:modal` (older browsers, test DOMs): only the declared ones count.
    return false;
  }
}

/** The open modal dialogs that hold `el`, through shadow roots. */
function modalAround(el: Element): Element | null {
  for (let node: Element | null = el; node; node = parentCrossingShadow(node))
    if (node.matches(MODAL) && isModal(node) && !isHidden(node)) return node;
  return null;
}

/**
 * The controls the seller can reach: when the `wanted` ones (a form's quantities, its description
 * box) sit in one open modal dialog, only the controls in that dialog, whatever stands behind it;
 * otherwise all of them. Wanted controls in two open modals say nothing either way: all are kept,
 * and the caller's own rules decide. A modal that is not the caller's form (`ours` says no: a
 * replacement order's dialog over the return form, a page survey over the case form) is
 * something else the seller has open: its controls are never ours, the rest is read as if it
 * were closed.
 */
export function reachableInModal<T>(
  all: readonly T[],
  elementOf: (c: T) => Element,
  wanted: (c: T) => boolean,
  ours: (modal: Element) => boolean = () => true,
): T[] {
  const controls = all.filter((c) => {
    const around = modalAround(elementOf(c));
    return around === null || ours(around);
  });
  const modals = new Set(
    controls.filter(wanted).flatMap((c) => {
      const modal = modalAround(elementOf(c));
      return modal ? [modal] : [];
    }),
  );
  const [modal, ...more] = [...modals];
  if (!modal || more.length > 0) return [...controls];
  return controls.filter((c) => modalAround(elementOf(c)) === modal);
}
