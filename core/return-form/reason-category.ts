import { notifyChange, setNativeValue } from '../forms/set-value';
import { normalizeLabel } from './labels';
import { isDisabled } from './row-selection';
import { answered } from './widgets';

// A reason asked in two lists: a category ("Problème de livraison") and the reason itself, listed
// in `<optgroup>`s named after the categories. The page sends both; on the live page its script
// narrows the second list to the category chosen. The reason is the second list (its options say
// what happened); the category is no field of its own: it is set to the group of the reason chosen,
// first, so that the two agree as the page would send them. Told apart from any other pair of
// lists only by that: every choice of the first is the name of a group of the second.

const offered = (select: HTMLSelectElement): HTMLOptionElement[] =>
  Array.from(select.options).filter((o) => o.value !== '' && !o.disabled);
const shown = (o: HTMLOptionElement): string => normalizeLabel(o.label || o.text);

function groupsOf(select: HTMLSelectElement): Set<string> {
  const labels = Array.from(select.querySelectorAll('optgroup')).map((g) =>
    normalizeLabel(g.getAttribute('label') ?? ''),
  );
  return new Set(labels.filter((l) => l !== ''));
}

/**
 * The category list of `detail`: the one list nearest to it, in its form, whose choices (two at
 * least) are all names of `detail`'s groups; null for any other list.
 */
export function categoryOf(detail: Element): HTMLSelectElement | null {
  if (detail.localName !== 'select') return null;
  const groups = groupsOf(detail as HTMLSelectElement);
  if (groups.size < 2) return null;
  for (let node = detail.parentElement; node; node = node.parentElement) {
    const matching = Array.from(node.querySelectorAll('select')).filter((select) => {
      const choices = select === detail ? [] : offered(select);
      return choices.length >= 2 && choices.every((o) => groups.has(shown(o)));
    });
    if (matching.length > 0) return matching.length === 1 ? (matching[0] ?? null) : null;
    if (node.localName === 'form' || node.localName === 'body') return null;
  }
  return null;
}

/** The name of the part of the page holding both lists: its `<legend>` ("Motif du retour"). */
export function pairName(detail: Element, category: Element): string | null {
  const fieldset = detail.closest('fieldset');
  if (!fieldset?.contains(category)) return null;
  const legend = Array.from(fieldset.children).find((c) => c.localName === 'legend');
  return legend?.textContent?.replace(/\s+/g, ' ').trim() || null;
}

/**
 * Sets `category` to the group of `detail`'s option `value`, and waits for the page to offer that
 * option again (its script rebuilds the list). Throws when no category stands for that group or the
 * page keeps another: the reason is then left unfilled and said.
 */
export async function setCategoryOf(
  detail: HTMLSelectElement,
  category: HTMLSelectElement,
  value: string,
): Promise<void> {
  const option = Array.from(detail.options).find((o) => o.value === value);
  const group =
    option?.parentElement?.localName === 'optgroup' ? option.parentElement.getAttribute('label') : null;
  const target = group ? offered(category).find((o) => shown(o) === normalizeLabel(group)) : undefined;
  if (!target) throw new Error('no category for this reason');
  if (isDisabled(category)) throw new Error('category disabled');
  if (category.value === target.value) return;
  setNativeValue(category, target.value);
  notifyChange(category);
  await answered(() => Array.from(detail.options).some((o) => o.value === value));
  if (category.value !== target.value) throw new Error(`category kept ${category.value}`);
}
