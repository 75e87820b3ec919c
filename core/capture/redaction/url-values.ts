import { decodePercents } from './patterns';

// How a URL is read for personal data. Its query string is form-encoded: a "+" there is a
// space ("?q=14+Lansdowne+Crescent,+London+W11+2NN"), a real plus is "%2B". And a link to a map
// service says where someone lives by what it is: its place, in the path or the query, is the
// address whatever its shape ("View on map" beside a "Ship to" block).

const MAP_SERVICE =
  /^https?:\/\/(?:[\w-]+\.)*(?:(?:maps\.google|maps\.apple|goo\.gl\/maps|maps\.app\.goo\.gl|openstreetmap|waze|wego\.here|mappy|viamichelin)\.|(?:google|bing)\.[a-z.]+\/maps)/i;

/** The URL as text: percent escapes decoded, and the query's "+" read as a space. */
export function urlAsText(value: string): string {
  const query = value.indexOf('?');
  if (query < 0) return decodePercents(value);
  return decodePercents(value.slice(0, query)) + decodePercents(value.slice(query).replace(/\+/g, ' '));
}

/** A map service's link with a place in it: only the service's address is kept. */
export function mapLinkWithoutPlace(value: string): string | undefined {
  const url = value.trim();
  if (!MAP_SERVICE.test(url)) return undefined;
  const origin = /^https?:\/\/[^/?#]+/i.exec(url)![0];
  return url.length > origin.length + 1 ? `${origin}/` : undefined;
}

/**
 * A URL's query as a JSON object (`?buyerName=Friedhelm%20van%20Afferden` is `{"buyerName": …}`),
 * so that its keys say what each value is as a JSON state's do; undefined when it has none.
 */
export function queryAsJson(value: string): string | undefined {
  const query = /^[^?#\s]*\?([^#\s]+)/.exec(value.trim())?.[1];
  if (!query?.includes('=')) return undefined;
  const fields: Record<string, string> = {};
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    fields[decodePercents(pair.slice(0, at))] = decodePercents(pair.slice(at + 1).replace(/\+/g, ' '));
  }
  return JSON.stringify(fields);
}

/** `buyerId`, `customer_id`, `idCliente`: a key naming a buyer's account id. */
const BUYER_ID_KEY =
  /^(?:(?:buyer|customer|client|cliente|kunde|comprador|acheteur|acquirente)[-_]?id|id[-_]?(?:buyer|customer|client|cliente|kunde|comprador|acheteur|acquirente))$/i;

/**
 * The buyer's account ids in a URL's query (`/messaging/thread?buyerId=A2C9US7KMN4P1Q`): an
 * account is one person's, whatever its shape.
 */
export function buyerIdsOfQuery(value: string): string[] {
  const query = queryAsJson(value);
  if (!query) return [];
  return Object.entries(JSON.parse(query) as Record<string, string>)
    .filter(([key, id]) => BUYER_ID_KEY.test(key) && /^[\w-]{6,}$/.test(id))
    .map(([, id]) => id);
}
