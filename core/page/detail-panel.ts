import { isAmazonOrderId } from './shapes';

// One order's details opened over a list of orders (a drawer or a modal of "Manage orders", the
// MCF console's selected order): the URL names the order in a parameter or its fragment, and a
// dialog on the page shows it. Only that dialog is the order's page; the rows behind it are other
// orders'.

/** An Amazon-shaped order id among the URL's parameter values or in its fragment. */
export function orderIdInListUrl(url: URL): string | null {
  for (const [name, value] of url.searchParams)
    if (name !== 'q' && isAmazonOrderId(value.trim())) return value.trim();
  const fragment = /(?:^|[#=&/])([A-Z0-9]{3}-\d{7}-\d{7})(?:$|[&/])/.exec(url.hash)?.[1];
  return fragment && isAmazonOrderId(fragment) ? fragment : null;
}

const PANEL = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** The open dialog whose text names `orderId` (the innermost, when dialogs nest); null when none does. */
export function detailPanelNaming(doc: Document, orderId: string): Element | null {
  let found: Element | null = null;
  for (const panel of doc.querySelectorAll(PANEL)) {
    if (panel.getAttribute('aria-hidden') === 'true' || panel.hasAttribute('hidden')) continue;
    if (!(panel.textContent ?? '').includes(orderId)) continue;
    if (!found || found.contains(panel)) found = panel;
  }
  return found;
}
