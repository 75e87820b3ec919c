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
