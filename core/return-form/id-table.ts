import type { Item } from '../model/order';
import { normalizeLabel } from './labels';
import type { ItemIds } from './schema';

// Some forms name each item row only by an Amazon id (FNSKU, ASIN) and list the seller SKUs in a
// table of their own elsewhere on the page ("Identifiants des articles": SKU vendeur, FNSKU,
// ASIN). That table says which row is which item: each SKU gets the ids its row pairs it with, and
// the plan ties a row to the item whose id it names. A table that pairs one SKU with two different
// ids (or leaves its columns unnamed) says nothing: nothing is guessed from it.

/** The header words of the columns: a seller SKU (not an FNSKU), an FNSKU, an ASIN. */
const COLUMNS = {
  sku: /(?:^|[^a-z])sku(?:$|[^a-z])/u,
  fnsku: /(?:^|[^a-z])fnsku(?:$|[^a-z])/u,
  asin: /(?:^|[^a-z])asin(?:$|[^a-z])/u,
} as const;

const cellText = (cell: Element): string =>
  (cell.textContent ?? '').replace(/[\s\u00a0\u202f]+/gu, ' ').trim();

/** Each column's index in a header row, when it names exactly one of each kind it has. */
function columnsOf(header: Element): { sku: number; fnsku: number; asin: number } | null {
  const names = Array.from(header.children).map((cell) => normalizeLabel(cellText(cell)));
  const only = (pattern: RegExp, unless?: RegExp) => {
    const at = names.flatMap((name, i) => (pattern.test(name) && !unless?.test(name) ? [i] : []));
    return at.length === 1 ? (at[0] ?? -1) : -1;
  };
  const columns = { sku: only(COLUMNS.sku), fnsku: only(COLUMNS.fnsku), asin: only(COLUMNS.asin) };
  if (columns.sku < 0 || (columns.fnsku < 0 && columns.asin < 0)) return null;
  return columns;
}

/** The SKU ↔ id pairs of every table under `root` whose header names a SKU column and an id column. */
export function readItemIds(root: ParentNode): ItemIds[] {
  const out: ItemIds[] = [];
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
    const header = rows.find((tr) => tr.querySelector('th'));
    const columns = header ? columnsOf(header) : null;
    if (!header || !columns) continue;
    for (const row of rows) {
      if (row === header) continue;
      const cell = (i: number) => (i < 0 ? '' : cellText(row.children[i] ?? row).slice(0, 200));
      const sku = cell(columns.sku);
      const fnsku = cell(columns.fnsku);
      const asin = cell(columns.asin);
      if (
        !sku ||
        !(fnsku || asin) ||
        row.children.length <= Math.max(columns.sku, columns.fnsku, columns.asin)
      )
        continue;
      out.push({ sku, ...(fnsku ? { fnsku } : {}), ...(asin ? { asin } : {}) });
      if (out.length >= 100) return out;
    }
  }
  return out;
}

/**
 * The order's items with the ids the page pairs their SKU with, where the order knows none of its
 * own. A SKU the page pairs with two different ids of one kind gets none of that kind.
 */
export function withPageIds(items: readonly Item[], pairs: readonly ItemIds[] | undefined): Item[] {
  if (!pairs || pairs.length === 0) return [...items];
  const same = (a: string, b: string) => a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim();
  const idOf = (sku: string, kind: 'fnsku' | 'asin') => {
    const ids = new Set(pairs.filter((p) => same(p.sku, sku) && p[kind]).map((p) => p[kind]));
    return ids.size === 1 ? [...ids][0] : undefined;
  };
  return items.map((item) => {
    const fnsku = item.fnsku ?? idOf(item.sellerSku, 'fnsku');
    const asin = item.asin ?? idOf(item.sellerSku, 'asin');
    return { ...item, ...(fnsku ? { fnsku } : {}), ...(asin ? { asin } : {}) };
  });
}
