// A row may name its item only in a tooltip: "ASIN: B0… ⓘ", the SKU in the info icon's `title`
// ("SKU: BOTTLE-750-SAGE\nFNSKU: X004…"), where two rows of the same title in two colours differ
// only there. What the seller reads on hovering is part of what the row says, after its text.

/** The `title` tooltips in `row`, each once, on one line. */
export function rowTooltips(row: Element, max = 200): string {
  const titles = [row, ...Array.from(row.querySelectorAll('[title]'))]
    .map((el) => el.getAttribute('title')?.replace(/\s+/g, ' ').trim() ?? '')
    .filter((title) => title !== '');
  return [...new Set(titles)].join(' ').slice(0, max);
}
