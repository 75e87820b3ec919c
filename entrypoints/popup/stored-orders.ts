import type { Claim } from '../../core/claims/claim';
import { claimOf, McfDeskDb } from '../background/db';

// The popup's own reads of the stored orders (the extension's IndexedDB, which only extension
// pages can open: a content script or a page cannot), to find the order of a page that is not an
// order page: by the ids the page shows, or by a search. Like the dashboard's reads
// (entrypoints/dashboard/orders-source.ts), nothing is written here.

let opened: McfDeskDb | undefined;
const db = () => {
  opened ??= new McfDeskDb();
  return opened;
};

/** The claims recorded for an order (the claims' `orderKeys` index), oldest filing first. */
export async function claimsOfOrder(key: string): Promise<Claim[]> {
  const rows = await db().claims.where('orderKeys').equals(key).toArray();
  return rows.map(claimOf).sort((a, b) => (a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : 0));
}

/** At most this many orders are offered. */
export const MAX_MATCHES = 20;

/** `<merchant|->/<country>/<id>` → its parts. */
function split(entry: string): { scope: string; country: string; id: string } | null {
  const first = entry.indexOf('/');
  const second = entry.indexOf('/', first + 1);
  if (first < 0 || second < 0) return null;
  return {
    scope: entry.slice(0, second + 1),
    country: entry.slice(first + 1, second),
    id: entry.slice(second + 1),
  };
}

/**
 * Keys of the stored orders one of whose ids (Amazon's or the seller's, as stored under the
 * `ids` index) is among `ids`, on the page's country when it is known; the URL's ids first.
 */
export async function findOrdersByIds(
  ids: readonly string[],
  country: string | undefined,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const store = db();
  // The scopes (`<merchant|->/<country>/`) in use: one read of the primary keys.
  const keys = (await store.orders.toCollection().primaryKeys()) as string[];
  const scopes = new Set<string>();
  for (const key of keys) {
    const parts = split(key);
    if (parts && (country === undefined || parts.country === country)) scopes.add(parts.scope);
  }
  const wanted = [...scopes].flatMap((scope) => ids.map((id) => scope + id));
  if (wanted.length === 0) return [];
  const rows = await store.orders.where('ids').anyOf(wanted).toArray();
  const rank = (key: string, rowIds: readonly string[]) =>
    Math.min(
      ...ids.map((id, i) =>
        rowIds.some((e) => split(e)?.id === id) || key.endsWith(`/${id}`) ? i : ids.length,
      ),
    );
  return [...new Map(rows.map((row) => [row.key, rank(row.key, row.ids ?? [])])).entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_MATCHES)
    .map(([key]) => key);
}

/** Keys of stored orders one of whose ids contains `query` (case and spaces ignored). */
export async function searchOrders(query: string): Promise<string[]> {
  const needle = query.replace(/\s+/g, '').toUpperCase();
  if (needle.length < 3) return [];
  const store = db();
  const entries = (await store.orders.orderBy('ids').uniqueKeys()) as string[];
  const matching = entries.filter((entry) => split(entry)?.id.toUpperCase().includes(needle));
  if (matching.length === 0) return [];
  const rows = await store.orders.where('ids').anyOf(matching.slice(0, 500)).toArray();
  return [...new Set(rows.map((row) => row.key))].slice(0, MAX_MATCHES);
}
