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
