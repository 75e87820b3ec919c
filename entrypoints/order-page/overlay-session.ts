import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FillReportLine } from '../../components/overlay/Overlay';
import { mountOverlay, type OverlayState } from './overlay-ui';
import type { TeachPanel } from './teach';

/** Where the seller's folding of the overlay is kept (extension storage). */
export const COLLAPSED_KEY = 'overlay.collapsed';

/** What a reading decides of the overlay; the rest (folding, fill report, teach layer) lasts across readings. */
export type OverlayContent = Omit<OverlayState, 'collapsed' | 'fillReport' | 'teach' | 'taught'>;

/**
 * The overlay of one order page: mounted on its first showing (once, even when two readings
 * arrive together), drawn again whenever a part of its state changes, removed on in-app
 * navigation. Whether it is folded is the seller's choice, remembered across pages.
 */
export function createOverlaySession(ctx: ContentScriptContext) {
  let overlay: Awaited<ReturnType<typeof mountOverlay>> | undefined;
  let mounting: ReturnType<typeof mountOverlay> | undefined;
  let state: OverlayState | undefined;
  let collapsed = false;
  let fillReport: FillReportLine[] | undefined;
  let teach: TeachPanel | undefined;
  let taught: OverlayState['taught'];

  /** Draws the shown overlay with a part changed; false when nothing is shown yet. */
  function redraw(change: Partial<OverlayState>): boolean {
    if (!state) return false;
    state = { ...state, ...change };
    overlay?.update(state);
    return true;
  }

  async function toggle() {
    collapsed = !collapsed;
    redraw({ collapsed });
    await browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
  }

  return {
    /** The folding the seller chose last time (stored under COLLAPSED_KEY), before the first showing. */
    restoreFolding(saved: Record<string, unknown>): void {
      collapsed = saved[COLLAPSED_KEY] === true;
    },
    async show(content: OverlayContent): Promise<void> {
      mounting ??= mountOverlay(ctx, () => void toggle());
      overlay = await mounting;
      state = { ...content, collapsed, fillReport, teach, taught };
      overlay.update(state);
    },
    /** The last return-form fill's report; false when no overlay is shown to hold it. */
    showFillReport(lines: FillReportLine[]): boolean {
      fillReport = lines;
      return redraw({ fillReport });
    },
    /** The teach layer while the seller picks a value (undefined: closed). */
    showTeach(panel: TeachPanel | undefined): void {
      teach = panel;
      redraw({ teach, taught });
    },
    /** What the last teach gave, shown from the next showing on. */
    setTaught(outcome: OverlayState['taught']): void {
      taught = outcome;
    },
    /** The page moved to another address: the next reading mounts a new overlay. */
    remove(): void {
      overlay?.remove();
      overlay = undefined;
      mounting = undefined;
      state = undefined;
      taught = undefined;
    },
  };
}

export type OverlaySession = ReturnType<typeof createOverlaySession>;
