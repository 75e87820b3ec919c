/**
 * The element with `id` in the same document or shadow root as `el` (ids referenced by
 * `aria-controls`, `aria-labelledby`, `aria-describedby` resolve there); null where the root
 * cannot look ids up.
 */
export function byIdInRoot(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}
