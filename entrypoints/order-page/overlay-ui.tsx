import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay, type OverlayProps } from '../../components/overlay/Overlay';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { OWN_UI_TAG } from '../../core/page/text';

export type OverlayState = Omit<OverlayProps, 'onToggle'>;

/**
 * Mounts the overlay in its own shadow root at the top of the page body: it pushes the page
 * down instead of floating over it, so it never covers Seller Central's own buttons.
 */
export async function mountOverlay(ctx: ContentScriptContext, onToggle: () => void) {
  let container: HTMLElement | undefined;
  let state: OverlayState | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: OWN_UI_TAG,
    // This module is not a declared content script, so its styles come inline, not by file.
    css: overlayCss,
    position: 'inline',
    anchor: 'body',
    append: 'first',
    onMount(root) {
      container = root;
      if (state) render(<Overlay {...state} onToggle={onToggle} />, root);
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  ui.mount();
  return {
    update(next: OverlayState) {
      state = next;
      if (container) render(<Overlay {...next} onToggle={onToggle} />, container);
    },
    remove() {
      ui.remove();
    },
  };
}
