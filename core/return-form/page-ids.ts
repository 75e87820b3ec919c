import { orderIdsInUrl } from './form-order';

// Every order id a Seller Central page may be showing, for the popup to find the order among the
// stored ones when the page is not an order page the reader reads (a return form whose address
// carries the seller's own id, a list, a search). Amazon's ids have a shape
// (`402-1234567-1234567`); the seller's ids do not (`SHOP-1042`, `#1042`, `S01-1234567`), so
// every token that could be one is a candidate: the stored orders decide which are ids. Pure.

/** At most this many candidates leave a page: a list page shows many numbers. */
export const MAX_PAGE_IDS = 200;

const AMAZON_ORDER_ID = /(?<![A-Z0-9-])[A-Z0-9]{3}-\d{7}-\d{7}(?![0-9-])/gi;
/** A token that may be an id: letters, digits and `-_./#`, with at least one digit. */
const TOKEN = /#?[A-Za-z0-9][A-Za-z0-9_./-]{1,62}[A-Za-z0-9]/g;
const HAS_DIGIT = /\d/;

function candidatesIn(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (!HAS_DIGIT.test(token) || token.length < 4) continue;
    out.push(token);
    // Shopify names its orders "#1042"; the stored id may have the sign or not.
    if (token.startsWith('#')) out.push(token.slice(1));
  }
  return out;
}

function unique(ids: Iterable<string>, max: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ids) {
    const key = id.toUpperCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(id);
    if (out.length >= max) break;
  }
  return out;
}

/** Candidate ids in a URL: Amazon ids first, then every parameter value and path segment. */
export function idsInUrl(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const parts: string[] = [];
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  for (const segment of parsed.pathname.split('/')) parts.push(decode(segment));
  for (const [, value] of parsed.searchParams) parts.push(value);
  parts.push(decode(parsed.hash.slice(1)));
  const whole = parts.filter((p) => p.length >= 3 && p.length <= 64 && HAS_DIGIT.test(p) && !/\s/.test(p));
  return unique([...orderIdsInUrl(url), ...whole, ...parts.flatMap(candidatesIn)], MAX_PAGE_IDS);
}

/** Candidate ids in a page's visible text: Amazon ids first, then tokens that may be the seller's. */
export function idsInText(text: string, max = MAX_PAGE_IDS): string[] {
  const amazon = [...text.matchAll(AMAZON_ORDER_ID)].map((m) => m[0].toUpperCase());
  return unique([...amazon, ...candidatesIn(text)], max);
}

/** What a page shows, URL first (the surest), then its text; at most `MAX_PAGE_IDS`. */
export function idsOnPage(url: string, text: string): string[] {
  return unique([...idsInUrl(url), ...idsInText(text)], MAX_PAGE_IDS);
}
