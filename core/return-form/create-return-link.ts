import { isCreateReturnAction } from '../page/vocabulary';

// The order page's "Create customer return" link ("Créer un retour client", domain.md §1), whose
// address the popup opens when the form is not on the current page. Only a link to the same
// Seller Central origin is returned: the page's text is untrusted, its links too.

// The words are the page reader's (core/page/labels/*: `actions.createReturn`), in five languages.

export function findCreateReturnUrl(root: ParentNode, pageUrl: string): string | null {
  const page = new URL(pageUrl);
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    if (
      !isCreateReturnAction(link.textContent ?? '') &&
      !isCreateReturnAction(link.getAttribute('aria-label') ?? '')
    )
      continue;
    const href = link.getAttribute('href') ?? '';
    // "#" and other in-page anchors: the form opens by a script, not at an address.
    if (href.startsWith('#')) continue;
    let target: URL;
    try {
      target = new URL(href, page);
    } catch {
      continue;
    }
    if (target.origin === page.origin && target.pathname + target.search !== page.pathname + page.search) {
      return target.href;
    }
  }
  return null;
}
