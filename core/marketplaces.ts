import type { Marketplace } from './model/order';

// Seller Central hosts (domain.md §2). Chrome match patterns cannot wildcard a TLD, so each
// host is spelled out; the manifest's host permissions are generated from this one list.
// `sellercentral-europe.amazon.com` serves UK/DE/FR/IT/ES behind an account switcher, and
// `sellercentral.amazon.com` serves the US: for those the page's language picks the marketplace.

interface MarketplaceDefaults {
  countryCode: string;
  locale: string;
  timeZone: string;
}

export const SELLER_CENTRAL_HOSTS: Readonly<Record<string, MarketplaceDefaults>> = {
  'sellercentral.amazon.fr': { countryCode: 'FR', locale: 'fr-FR', timeZone: 'Europe/Paris' },
  'sellercentral.amazon.de': { countryCode: 'DE', locale: 'de-DE', timeZone: 'Europe/Berlin' },
  'sellercentral.amazon.es': { countryCode: 'ES', locale: 'es-ES', timeZone: 'Europe/Madrid' },
  'sellercentral.amazon.it': { countryCode: 'IT', locale: 'it-IT', timeZone: 'Europe/Rome' },
  'sellercentral.amazon.co.uk': { countryCode: 'GB', locale: 'en-GB', timeZone: 'Europe/London' },
  'sellercentral.amazon.nl': { countryCode: 'NL', locale: 'nl-NL', timeZone: 'Europe/Amsterdam' },
  'sellercentral.amazon.pl': { countryCode: 'PL', locale: 'pl-PL', timeZone: 'Europe/Warsaw' },
  'sellercentral.amazon.se': { countryCode: 'SE', locale: 'sv-SE', timeZone: 'Europe/Stockholm' },
  'sellercentral.amazon.com.be': { countryCode: 'BE', locale: 'fr-BE', timeZone: 'Europe/Brussels' },
  'sellercentral.amazon.ie': { countryCode: 'IE', locale: 'en-IE', timeZone: 'Europe/Dublin' },
  // Turkey keeps UTC+03:00 all year since 2016: its zone, not Europe's DST dates.
  'sellercentral.amazon.com.tr': { countryCode: 'TR', locale: 'tr-TR', timeZone: 'Europe/Istanbul' },
  'sellercentral.amazon.com': { countryCode: 'US', locale: 'en-US', timeZone: 'America/Los_Angeles' },
  'sellercentral.amazon.ca': { countryCode: 'CA', locale: 'en-CA', timeZone: 'America/Los_Angeles' },
  'sellercentral.amazon.com.mx': { countryCode: 'MX', locale: 'es-MX', timeZone: 'America/Mexico_City' },
  'sellercentral-europe.amazon.com': { countryCode: 'GB', locale: 'en-GB', timeZone: 'Europe/London' },
  'sellercentral-japan.amazon.com': { countryCode: 'JP', locale: 'ja-JP', timeZone: 'Asia/Tokyo' },
};

/** Marketplace picked by the page's language on the multi-marketplace European host. */
const EUROPE_BY_LANGUAGE: Readonly<Record<string, MarketplaceDefaults>> = {
  fr: SELLER_CENTRAL_HOSTS['sellercentral.amazon.fr'] as MarketplaceDefaults,
  de: SELLER_CENTRAL_HOSTS['sellercentral.amazon.de'] as MarketplaceDefaults,
  es: SELLER_CENTRAL_HOSTS['sellercentral.amazon.es'] as MarketplaceDefaults,
  it: SELLER_CENTRAL_HOSTS['sellercentral.amazon.it'] as MarketplaceDefaults,
  en: SELLER_CENTRAL_HOSTS['sellercentral.amazon.co.uk'] as MarketplaceDefaults,
};

export function isSellerCentralHost(host: string): boolean {
  return Object.hasOwn(SELLER_CENTRAL_HOSTS, host.toLowerCase());
}

/** Match patterns for the manifest and the content script, one per host. */
export const SELLER_CENTRAL_MATCHES: readonly string[] = Object.keys(SELLER_CENTRAL_HOSTS).map(
  (host) => `https://${host}/*`,
);

/**
 * Amazon's public marketplace ids (SP-API "Marketplace IDs" table): how SP-API payloads name a
 * marketplace, and Seller Central's URLs the one the seller's switcher is set to
 * (`?mons_sel_mkid=A13V1IB3VIYZZH`), whatever the host and the interface's language.
 */
export const MARKETPLACE_HOST_BY_ID: Readonly<Record<string, string>> = {
  A13V1IB3VIYZZH: 'sellercentral.amazon.fr',
  A1PA6795UKMFR9: 'sellercentral.amazon.de',
  A1RKKUPIHCS9HS: 'sellercentral.amazon.es',
  APJ6JRA9NG5V4: 'sellercentral.amazon.it',
  A1F83G8C2ARO7P: 'sellercentral.amazon.co.uk',
  A1805IZSGTT6HS: 'sellercentral.amazon.nl',
  A1C3SOZRARQ6R3: 'sellercentral.amazon.pl',
  A2NODRKZP88ZB9: 'sellercentral.amazon.se',
  AMEN7PMS3EDWL: 'sellercentral.amazon.com.be',
  A28R8C7NBKEWEA: 'sellercentral.amazon.ie',
  A33AVAJ2PDY3EV: 'sellercentral.amazon.com.tr',
  ATVPDKIKX0DER: 'sellercentral.amazon.com',
  A2EUQ1WTGCTBG2: 'sellercentral.amazon.ca',
  A1AM78C64UM0Y8: 'sellercentral.amazon.com.mx',
  A1VC38T7YXB528: 'sellercentral-japan.amazon.com',
};

/** The marketplace a Seller Central URL's switcher parameter names, if any. */
export function marketplaceIdOf(url: URL): string | undefined {
  for (const name of ['mons_sel_mkid', 'marketplaceId', 'marketplaceID', 'marketplace_id']) {
    const id = url.searchParams.get(name)?.trim().toUpperCase();
    if (id && Object.hasOwn(MARKETPLACE_HOST_BY_ID, id)) return id;
  }
  return undefined;
}

/**
 * The marketplace of a page: the one its URL's marketplace id names, else its host, refined by
 * the page's language where one host serves several marketplaces (the interface's language is
 * the seller's choice, so it comes after the id). Returns null for a host that is not Seller Central.
 */
export function marketplaceFor(
  host: string,
  pageLanguage?: string,
  marketplaceId?: string,
): Marketplace | null {
  const normalized = host.toLowerCase();
  const defaults = SELLER_CENTRAL_HOSTS[normalized];
  if (!defaults) return null;
  const language = pageLanguage?.toLowerCase().split(/[-_]/)[0];
  const byId = marketplaceId ? SELLER_CENTRAL_HOSTS[MARKETPLACE_HOST_BY_ID[marketplaceId] ?? ''] : undefined;
  const byLanguage =
    normalized === 'sellercentral-europe.amazon.com' && language ? EUROPE_BY_LANGUAGE[language] : undefined;
  const chosen = byId ?? byLanguage ?? defaults;
  const locale =
    language && pageLanguage && language !== chosen.locale.split('-')[0] ? pageLanguage : chosen.locale;
  return { host: normalized, countryCode: chosen.countryCode, locale, timeZone: chosen.timeZone };
}
