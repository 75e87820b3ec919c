import { SELLER_CENTRAL_HOSTS } from '../marketplaces';

// Where a seller opens a case with Selling Partner Support ("support aux partenaires de vente").
//
// The one choice of path, and why (searched 2026-12-06, public pages and code):
// - `/help/hub/support` is the Help Hub's "Get support" page, the entry in current use: sellers'
//   tools open `https://sellercentral.amazon.com/help/hub/support`, `…/help/hub/support/browse-issue`
//   ("My issue is not listed", then a "What do you need help with?" box) and
//   `…/help/hub/support/describe?issueId=…` (GitHub code, 2025–2026).
// - `/cu/contact-us` is the older "Contact us" page. Amazon's own e-mails still link to it, but
//   with `?skipHelpHubRedirect=true`: without it, it forwards to the Help Hub.
// - `/gp/help/contact-us` is older still; nothing current links to it.
// So we open the Help Hub's page, and recognise both families of contact pages (a redirect may
// land on either). The URL is built from our own host list only, never from what a page says.

export const CONTACT_PATH = '/help/hub/support';

/** Path prefixes of Seller Central's contact pages (the Help Hub's, and the older "Contact us"). */
export const CONTACT_PATH_PREFIXES: readonly string[] = ['/help/hub/support', '/cu/contact-us'];

/**
 * `include_globs` of the content scripts that fill the case form: with the host match patterns,
 * they run on contact pages only (a glob is matched against the whole URL).
 */
export const CONTACT_PAGE_GLOBS: readonly string[] = CONTACT_PATH_PREFIXES.map((p) => `https://*${p}*`);

/** The contact page of a Seller Central host, or null for any other host. */
export function contactUrlFor(host: string): string | null {
  const known = host.toLowerCase();
  if (!Object.hasOwn(SELLER_CENTRAL_HOSTS, known)) return null;
  return `https://${known}${CONTACT_PATH}`;
}

/** Whether a URL is a contact page of a Seller Central host, over https. */
export function isContactPageUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || !Object.hasOwn(SELLER_CENTRAL_HOSTS, url.hostname)) return false;
  return CONTACT_PATH_PREFIXES.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`));
}
