import { normalizeLabel } from './labels';

// The order page's "Create customer return" link ("Créer un retour client", domain.md §1), whose
// address the popup opens when the form is not on the current page. Only a link to the same
// Seller Central origin is returned: the page's text is untrusted, its links too.

const CREATE_RETURN_TEXTS = [
  'creer un retour client',
  'creer un retour',
  'create customer return',
  'create return',
  'rucksendung erstellen',
  'crear devolucion',
  'crea reso',
];

export function findCreateReturnUrl(root: ParentNode, pageUrl: string): string | null {
  const page = new URL(pageUrl);
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    const text =
      normalizeLabel(link.textContent ?? '') || normalizeLabel(link.getAttribute('aria-label') ?? '');
    if (!CREATE_RETURN_TEXTS.includes(text)) continue;
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
