// A strip drawn by CSS grid with no row elements, read by a taught label: one container whose
// children are a row of headings, then rows of values ("<div class=head>Zustellpartner</div>
// <div class=head>Ankunft</div><div class=val>DPD</div><div class=val>22.11.2024</div>"). A value's
// label is the heading in its column, not a neighbour in the DOM: when a column is added, every
// value moves one place, and the label moves with its column. The shape is known by the markup
// alone: the headings share one class, the values another, and the values fill whole rows.

/** One child of the container, as the grid is judged: its tag, its classes, whether it shows text. */
export interface GridChild {
  name: string;
  className: string;
  /** Whether it shows text (an empty cell breaks no row, but a heading must name something). */
  shown: boolean;
}

const MIN_COLUMNS = 2;

/** The first class of a class list: its modifiers ("val val--date") do not make it another kind. */
const kindOf = (className: string): string => className.trim().split(/\s+/)[0] ?? '';

/**
 * The number of columns of a flat grid of these children, or 0 when they are no such grid: the
 * first ones (two or more, all shown) share one class, every other child shares another, all have
 * the same tag, and the values fill whole rows.
 */
export function flatGridWidth(children: readonly GridChild[]): number {
  const first = children[0];
  if (!first) return 0;
  const head = kindOf(first.className);
  if (head === '') return 0;
  let width = 0;
  while (width < children.length && kindOf((children[width] as GridChild).className) === head) width++;
  const values = children.length - width;
  if (width < MIN_COLUMNS || values < width || values % width !== 0) return 0;
  const value = kindOf((children[width] as GridChild).className);
  if (value === '' || value === head) return 0;
  for (const [i, child] of children.entries()) {
    if (child.name !== first.name) return 0;
    if (i < width ? !child.shown : kindOf(child.className) !== value) return 0;
  }
  return width;
}

/** The child of a DOM element, as a grid is judged. */
export const gridChildOf = (element: Element): GridChild => ({
  name: element.localName,
  className: element.getAttribute('class') ?? '',
  shown: (element.textContent ?? '').trim() !== '',
});
