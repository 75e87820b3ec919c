// What a radio button or a checkbox says of itself: its `aria-label`, the label wrapping it, or
// the `<label for>` naming it ('' when none). Radio groups and per-unit checkbox groups read their
// options' words with it.

export const collapse = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/gu, ' ').trim();

export function ownLabel(input: HTMLInputElement): string {
  const aria = input.getAttribute('aria-label');
  if (aria?.trim()) return collapse(aria);
  const wrapping = input.closest('label');
  if (wrapping) return collapse(wrapping.textContent);
  const id = input.getAttribute('id');
  if (!id) return '';
  const root = input.getRootNode() as Document | ShadowRoot;
  const forIt = Array.from(root.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === id);
  return collapse(forIt?.textContent);
}
