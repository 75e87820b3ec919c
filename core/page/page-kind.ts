import { isSellerCentralHost } from '../marketplaces';

// Which Seller Central page a URL is (domain.md §2). Pure functions of the URL; each detector
// keeps the URLs it was written for, and a test checks it accepts them and rejects the others'.

export type PageKind = 'order-detail' | 'legacy-order-detail' | 'order-list' | 'mcf-console';

const AMAZON_ORDER_ID = /^[A-Z0-9]{3}-\d{7}-\d{7}$/i;

interface PageDetector {
  readonly kind: PageKind;
  readonly test: (url: URL) => boolean;
  readonly examples: readonly string[];
}

export const PAGE_DETECTORS: readonly PageDetector[] = [
  {
    // Manage Orders → order details; seen in public userscripts.
    kind: 'order-detail',
    test: (url) => {
      const match = /^\/orders-v3\/order\/([^/]+)\/?$/.exec(url.pathname);
      return match !== null && AMAZON_ORDER_ID.test(safeDecode(match[1] ?? ''));
    },
    examples: [
      'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567',
      'https://sellercentral.amazon.com/orders-v3/order/112-7654321-7654321?ref=xx',
      'https://sellercentral-europe.amazon.com/orders-v3/order/S02-1234567-7654321/',
    ],
  },
  {
    // Legacy order details, still linked from old reports.
    kind: 'legacy-order-detail',
    test: (url) =>
      /^\/gp\/orders-v2\/details\/?$/.test(url.pathname) &&
      AMAZON_ORDER_ID.test(url.searchParams.get('orderID') ?? ''),
    examples: [
      'https://sellercentral.amazon.de/gp/orders-v2/details?orderID=302-1234567-1234567',
      'https://sellercentral.amazon.co.uk/gp/orders-v2/details/?ie=UTF8&orderID=202-1111111-2222222',
    ],
  },
  {
    // Lists and search results: many orders, never one order's details.
    kind: 'order-list',
    test: (url) => /^\/orders-v3(\/(fba|mfn|afn)\/[^/]*|\/search)?\/?$/.test(url.pathname),
    examples: [
      'https://sellercentral.amazon.fr/orders-v3/fba/all',
      'https://sellercentral.amazon.com/orders-v3/search?q=112-7654321-7654321&qt=orderid',
      'https://sellercentral.amazon.it/orders-v3',
    ],
  },
  {
    // MCF console. Its order-detail URL is unknown: pages here are read by content only.
    kind: 'mcf-console',
    test: (url) => url.pathname === '/mcf' || url.pathname.startsWith('/mcf/'),
    examples: [
      'https://sellercentral.amazon.fr/mcf',
      'https://sellercentral.amazon.de/mcf/orders/create-order',
      'https://sellercentral.amazon.es/mcf/orders/bulk-orders',
    ],
  },
];

/**
 * The MCF console's forms that create orders ("/mcf/orders/create-order?step=review", bulk
 * uploads): what they show is a draft the seller has not submitted, no order yet.
 */
export const isOrderDraft = (url: URL): boolean =>
  /^\/mcf\/orders\/(?:create|bulk|new|draft)[\w-]*\/?$/i.test(url.pathname);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The kind of a Seller Central page, or null for another page or another site. */
export function pageKind(url: string): PageKind | null {
  const parsed = parse(url);
  return parsed && pageKindOf(parsed);
}

/** `pageKind` of a URL already parsed (a parse costs about as much as reading a small page's labels). */
export function pageKindOf(parsed: URL): PageKind | null {
  if (!isSellerCentralHost(parsed.host)) return null;
  for (const detector of PAGE_DETECTORS) if (detector.test(parsed)) return detector.kind;
  return null;
}

/** True on the pages whose URL names one order (the content script reads them at once). */
export function isOrderDetailUrl(url: string): boolean {
  const kind = pageKind(url);
  return kind === 'order-detail' || kind === 'legacy-order-detail';
}

/** The Amazon order id in an order-detail URL, or null. */
export function orderIdFromUrl(url: string): string | null {
  const parsed = parse(url);
  return parsed && orderIdOf(parsed);
}

/** `orderIdFromUrl` of a URL already parsed. */
export function orderIdOf(parsed: URL): string | null {
  const fromPath = /^\/orders-v3\/order\/([^/]+)/.exec(parsed.pathname)?.[1];
  const id = fromPath ? safeDecode(fromPath) : parsed.searchParams.get('orderID');
  return id && AMAZON_ORDER_ID.test(id) ? id : null;
}

/** A path segment decoded, or as it is when malformed ("%E0%A4%A" would throw). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
