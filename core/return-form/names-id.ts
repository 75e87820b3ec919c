// Whether a text names an item's id (SKU, ASIN, FNSKU) as a whole word: `MUG-1` is not named by
// `MUG-10` nor `MUG-1-XL`, whose longer ids begin the same.

const ID_CHAR = /[A-Za-z0-9_-]/;

export function namesId(text: string, id: string): boolean {
  const haystack = text.toLowerCase();
  const needle = id.toLowerCase();
  if (!needle) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !ID_CHAR.test(before)) && (after === undefined || !ID_CHAR.test(after)))
      return true;
  }
  return false;
}

/** What sets an id apart inside a control's `id` or `name`: `qte-MUG-1`, `qty[MUG-1]`, `MUG-1.count`. */
const KEY_SEPARATOR = '[-_.:/\\[\\]]';

/**
 * Whether a control's `id` or `name` holds an item's id between separators or at its ends. A
 * dash both joins a SKU and separates it, so `qte-MUG-1-X2` holds `MUG-1` too: the caller keeps
 * the longest of the ids a key holds.
 */
export function keyHoldsId(key: string, id: string): boolean {
  if (!id) return false;
  const escaped = id.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|${KEY_SEPARATOR})${escaped}(?:$|${KEY_SEPARATOR})`, 'u').test(key.toLowerCase());
}
