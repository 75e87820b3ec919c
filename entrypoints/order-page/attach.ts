import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { reportLines } from '../../components/fill-report-text';
import { errorText } from '../../core/error-text';
import { isLang, type Lang, resolveUiLang } from '../../core/i18n/lang';
import type { BackgroundMessages, PageReading, StoredOrderView } from '../../core/messages/background';
import { createClient } from '../../core/messages/protocol';
import { clampPageReading } from '../../core/model/limits';
import type { RefusalReason } from '../../core/page/read-order-page';
import type { LearnedRule } from '../../core/teach/learned-rule';
import type { UserField } from '../../core/user-fields';
import { UI_LANGUAGE_STORAGE_KEY } from '../background/storage-keys';
import { onLocationChange } from '../content/location-change';
import { captureThisPage, withPageCapture } from './capture';
import type { AttachedOrderPage } from './contract';
import { COLLAPSED_KEY, createOverlaySession } from './overlay-session';
import {
  findCreateReturnControl,
  isComplete,
  isReady,
  type Outcome,
  outcomeSignature,
  REFUSAL_HOLD_MS,
  readOutcome,
} from './page-outcome';
import { createReturnFormRouter } from './return-form';
import { createTeachFlow } from './teach-flow';
import { watchPage } from './watch-page';

/** What the overlay says beside the order. */
interface Notes {
  error?: string | undefined;
  conflicts?: readonly string[] | undefined;
  refused?: RefusalReason | undefined;
  /** Values of the reading the background cut to the order limits before storing it. */
  cut?: readonly string[] | undefined;
}

/**
 * Everything MCF Desk does on an order page: read it, store the reading through the background,
 * show the overlay, and answer the popup (page reading, return-form prefill). Loaded by the
 * content script only where it may be needed.
 */
export function attachOrderPage(ctx: ContentScriptContext): AttachedOrderPage {
  // The background validates every request; replies come from our own worker.
  const send = createClient<BackgroundMessages>((envelope) => browser.runtime.sendMessage(envelope));
  const overlay = createOverlaySession(ctx);
  const teach = createTeachFlow(ctx, overlay, send);
  // The browser's language until the seller's setting (copied by the background) is read.
  let lang: Lang = resolveUiLang('auto', browser.i18n.getUILanguage());
  let session: AbortController | undefined;
  /** The rules the seller taught for this host, fetched at each start. */
  let learned: readonly LearnedRule[] = [];

  async function show(view: StoredOrderView | null, missing: readonly string[], notes: Notes = {}) {
    /** The order again once the seller gave a field's value: that field no longer missing. */
    const showSaved = (next: StoredOrderView, field: UserField) =>
      show(
        next,
        missing.filter((m) => m !== field),
        { conflicts: notes.conflicts, cut: notes.cut },
      );
    await overlay.show({
      lang,
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
          // Read the page again with the new rule: the reading then stores the page's own value
          // beside the seller's, and later readings of the page need no help.
          void start();
        });
      },
    });
  }

  async function store(reading: PageReading, signal: AbortSignal) {
    // A reply that arrives after in-app navigation belongs to the previous order: drop it.
    try {
      // Cut to the order limits here, not only in the background: a page of any size then fits
      // one message (Chrome refuses messages over 64 MiB).
      const view = await send('reading.store', { url: location.href, reading: clampPageReading(reading) });
      if (!signal.aborted) await show(view, reading.missing, { conflicts: reading.conflicts, cut: view.cut });
    } catch (error) {
      if (!signal.aborted)
        await show(null, reading.missing, {
          error: errorText(error),
          conflicts: reading.conflicts,
        });
    }
  }

  async function start() {
    session?.abort();
    session = new AbortController();
    const { signal } = session;
    // The taught rules before the first reading: without them the page would be stored with the
    // fields the seller taught listed as missing.
    try {
      learned = await send('learned.forPage', {});
    } catch {
      learned = [];
    }
    if (signal.aborted || ctx.isInvalid) return;
    watchPage<Outcome>(ctx, signal, {
      read: () => readOutcome(learned),
      signature: outcomeSignature,
      isReady,
      holdMs: (outcome) => (outcome.kind === 'refused' ? REFUSAL_HOLD_MS : undefined),
      isComplete,
      // A refused page stores nothing: the overlay only says why it was not read.
      onReading: (outcome) =>
        void (outcome.kind === 'order'
          ? store(outcome.reading, signal)
          : show(null, [], { refused: outcome.reason })),
    });
  }

  // The popup fills the return form through this module; its report shows in the overlay too,
  // also on a return page that is not an order page.
  const route = createReturnFormRouter(ctx, (report) => {
    if (!overlay.showFillReport(reportLines(report, lang))) void show(null, []);
  });

  browser.storage.local.get([COLLAPSED_KEY, UI_LANGUAGE_STORAGE_KEY]).then((saved) => {
    overlay.restoreFolding(saved);
    const setting = saved[UI_LANGUAGE_STORAGE_KEY];
    if (typeof setting === 'string' && isLang(setting)) lang = setting;
    void start();
  });
  // In-app navigation: only a real change of address, coalesced (the page can forge the event).
  onLocationChange(ctx, () => {
    teach.leavePage();
    overlay.remove();
    void start();
  });
  return { route: withPageCapture(route) };
}
