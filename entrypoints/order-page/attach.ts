import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { reportLines } from '../../components/fill-report-text';
import { errorText } from '../../core/error-text';
import { isLang, type Lang, resolveUiLang } from '../../core/i18n/lang';
import type { BackgroundMessages, PageReading } from '../../core/messages/background';
import { createClient } from '../../core/messages/protocol';
import { clampPageReading } from '../../core/model/limits';
import type { LearnedRule } from '../../core/teach/learned-rule';
import { UI_LANGUAGE_STORAGE_KEY } from '../background/storage-keys';
import { onLocationChange } from '../content/location-change';
import { withPageCapture } from './capture';
import type { AttachedOrderPage } from './contract';
import { createOverlayPresenter } from './overlay-presenter';
import { COLLAPSED_KEY, createOverlaySession } from './overlay-session';
import {
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

  const show = createOverlayPresenter(
    overlay,
    teach,
    () => lang,
    () => void start(),
  );

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
