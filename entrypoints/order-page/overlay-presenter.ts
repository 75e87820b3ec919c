import type { Lang } from '../../core/i18n/lang';
import type { StoredOrderView } from '../../core/messages/background';
import type { RefusalReason } from '../../core/page/read-order-page';
import type { UserField } from '../../core/user-fields';
import { captureThisPage } from './capture';
import type { OverlaySession } from './overlay-session';
import { findCreateReturnControl } from './page-outcome';
import type { createTeachFlow } from './teach-flow';

/** What the overlay says beside the order. */
export interface Notes {
  error?: string | undefined;
  conflicts?: readonly string[] | undefined;
  refused?: RefusalReason | undefined;
  /** Values of the reading the background cut to the order limits before storing it. */
  cut?: readonly string[] | undefined;
}

/**
 * The overlay's content for one order (or a refusal), with the seller's actions wired: a field
 * given or taught shows the order again without it among the missing; a taught rule then reads
 * the page again (`reread`), so that the page's own value is stored beside the seller's.
 */
export function createOverlayPresenter(
  overlay: OverlaySession,
  teach: ReturnType<typeof createTeachFlow>,
  lang: () => Lang,
  reread: () => void,
) {
  async function show(view: StoredOrderView | null, missing: readonly string[], notes: Notes = {}) {
    /** The order again once the seller gave a field's value: that field no longer missing. */
    const showSaved = (next: StoredOrderView, field: UserField) =>
      show(
        next,
        missing.filter((m) => m !== field),
        { conflicts: notes.conflicts, cut: notes.cut },
      );
    await overlay.show({
      lang: lang(),
      view,
      missing,
      ...notes,
      contactSupportUrl: `https://${location.host}/cu/contact-us`,
      capture: {
        onCount: async (fakeIds) => (await captureThisPage({ fakeIds, dryRun: true })).removed,
        onSave: async (fakeIds) => (await captureThisPage({ fakeIds })).fileName ?? '',
      },
      onCreateReturn: findCreateReturnControl() ? () => findCreateReturnControl()?.focus() : undefined,
      onSaveField: async (field, value) => {
        if (view) await showSaved(await teach.saveField(view, field, value), field);
      },
      onTeach: (field, override) => {
        if (!view) return;
        teach.begin(view, field, override, async (next) => {
          await showSaved(next, field);
          reread();
        });
      },
    });
  }
  return show;
}
