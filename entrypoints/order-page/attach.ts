import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { reportLines } from '../../components/fill-report-text';
import type { FillReportLine } from '../../components/overlay/Overlay';
import { errorText } from '../../core/error-text';
import { isLang, type Lang, resolveUiLang } from '../../core/i18n/lang';
import type { BackgroundMessages, PageReading, StoredOrderView } from '../../core/messages/background';
import { createClient } from '../../core/messages/protocol';
import { clampPageReading } from '../../core/model/limits';
import { type RefusalReason, readPage } from '../../core/page/read-order-page';
import { isCreateReturnAction } from '../../core/page/vocabulary';
import type { LearnedRule } from '../../core/teach/learned-rule';
import { type UserField, userFieldPath } from '../../core/user-fields';
import { UI_LANGUAGE_STORAGE_KEY } from '../background/storage-keys';
import { onLocationChange } from '../content/location-change';
import { captureThisPage, withPageCapture } from './capture';
import type { AttachedOrderPage } from './contract';
import { mountOverlay, type OverlayState } from './overlay-ui';
import { readingSignature } from './reading-signature';
import { createReturnFormRouter } from './return-form';
import { startTeach, type TeachPanel, type TeachSession } from './teach';
import { watchPage } from './watch-page';

const COLLAPSED_KEY = 'overlay.collapsed';
/** A refused page may still turn into the order its address names (late rendering): wait this long. */
const REFUSAL_HOLD_MS = 1_500;

/** What a reading of the page gave, when it gave something. */
type Outcome =
  | { kind: 'order'; reading: PageReading }
  | { kind: 'refused'; reason: RefusalReason; orderIds: readonly string[] };

/** What the overlay says beside the order. */
interface Notes {
  error?: string | undefined;
  conflicts?: readonly string[] | undefined;
  refused?: RefusalReason | undefined;
  /** Values of the reading the background cut to the order limits before storing it. */
  cut?: readonly string[] | undefined;
}

function readOutcome(learned: readonly LearnedRule[]): Outcome | null {
  const outcome = readPage(document, location.href, {
    now: new Date().toISOString(),
    nativeVisibility: true,
    learned,
  });
  if (outcome.kind === 'none') return null;
  if (outcome.kind === 'refused') return outcome;
  const { order, missing, conflicts } = outcome.reading;
  // The reader's order input has the stored order's shape; the background validates it again.
  return { kind: 'order', reading: { order: order as PageReading['order'], missing, conflicts } };
}

const outcomeSignature = (outcome: Outcome) =>
  outcome.kind === 'order'
    ? readingSignature(outcome.reading)
    : `refused:${outcome.reason}:${outcome.orderIds.join(',')}`;

/**
 * Everything MCF Desk does on an order page: read it, store the reading through the background,
 * show the overlay, and answer the popup (page reading, return-form prefill). Loaded by the
 * content script only where it may be needed.
 */
export function attachOrderPage(ctx: ContentScriptContext): AttachedOrderPage {
  // The background validates every request; replies come from our own worker.
  const send = createClient<BackgroundMessages>((envelope) => browser.runtime.sendMessage(envelope));
  // The browser's language until the seller's setting (copied by the background) is read.
  let lang: Lang = resolveUiLang('auto', browser.i18n.getUILanguage());
  let session: AbortController | undefined;
  let overlay: Awaited<ReturnType<typeof mountOverlay>> | undefined;
  let mounting: ReturnType<typeof mountOverlay> | undefined;
  let state: OverlayState | undefined;
  let collapsed = false;
  let fillReport: FillReportLine[] | undefined;
  /** The rules the seller taught for this host, fetched at each start. */
  let learned: readonly LearnedRule[] = [];
  let teaching: TeachSession | undefined;
  let teachPanel: TeachPanel | undefined;
  let taught: OverlayState['taught'];
  /** Counts in-app navigations: a teach confirmed on one order never touches the next one's overlay. */
  let pageCount = 0;

  /** Draws the overlay again with the current teach state. */
  function refresh() {
    if (!state) return;
    state = { ...state, teach: teachPanel, taught };
    overlay?.update(state);
  }

  /** The seller shows a field's value on the page (teach mode). */
  function teach(
    view: StoredOrderView,
    field: UserField,
    override: boolean,
    missing: readonly string[],
    notes: Notes,
  ) {
    teaching?.cancel();
    taught = undefined;
    const page = pageCount;
    teaching = startTeach(
      ctx,
      { field, override },
      {
        host: location.hostname,
        now: () => new Date(),
        onChange: (panel) => {
          teachPanel = panel ?? undefined;
          refresh();
        },
        save: async (value, rule) => {
          // The value first: it is this order's, whatever becomes of the rule.
          const next = await send('order.setUserFields', {
            key: view.key,
            fields: [{ path: userFieldPath(field), value }],
          });
          // The value is stored: a rule the background refuses (say, a path too deep for the
          // schema) leaves this order taught and the next pages as they were.
          const learnedRule = rule
            ? await send('learned.add', { rule }).then(
                () => true,
                () => false,
              )
            : false;
          if (page !== pageCount) return;
          taught = learnedRule ? 'learned' : 'value-only';
          await show(
            next,
            missing.filter((m) => m !== field),
            { conflicts: notes.conflicts, cut: notes.cut },
          );
          // Read the page again with the new rule: the reading then stores the page's own value
          // beside the seller's, and later readings of the page need no help.
          void start();
        },
      },
    );
  }

  async function toggle() {
    collapsed = !collapsed;
    if (state) {
      state = { ...state, collapsed };
      overlay?.update(state);
    }
    await browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
  }

  async function show(view: StoredOrderView | null, missing: readonly string[], notes: Notes = {}) {
    // One overlay per page, even when two readings arrive together.
    mounting ??= mountOverlay(ctx, () => void toggle());
    overlay = await mounting;
    state = {
      lang,
      view,
      missing,
      ...notes,
      collapsed,
      fillReport,
      teach: teachPanel,
      taught,
      contactSupportUrl: `https://${location.host}/cu/contact-us`,
      capture: {
        onCount: async (fakeIds) => (await captureThisPage({ fakeIds, dryRun: true })).removed,
        onSave: async (fakeIds) => (await captureThisPage({ fakeIds })).fileName ?? '',
      },
      onCreateReturn: findCreateReturnControl() ? () => findCreateReturnControl()?.focus() : undefined,
      onSaveField: async (field, value) => {
        if (!view) return;
        const next = await send('order.setUserFields', {
          key: view.key,
          fields: [{ path: userFieldPath(field), value }],
        });
        await show(
          next,
          missing.filter((m) => m !== field),
          { conflicts: notes.conflicts, cut: notes.cut },
        );
      },
      onTeach: (field, override) => {
        if (view) teach(view, field, override, missing, notes);
      },
    };
    overlay.update(state);
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
      isReady: (outcome) =>
        outcome.kind === 'order' &&
        (outcome.reading.order.fulfillmentOrderStatus !== undefined ||
          (outcome.reading.order.shipments?.length ?? 0) > 0),
      holdMs: (outcome) => (outcome.kind === 'refused' ? REFUSAL_HOLD_MS : undefined),
      isComplete: (outcome) => outcome.kind === 'order' && outcome.reading.missing.length === 0,
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
    fillReport = reportLines(report, lang);
    if (state) {
      state = { ...state, fillReport };
      overlay?.update(state);
    } else {
      void show(null, []);
    }
  });

  browser.storage.local.get([COLLAPSED_KEY, UI_LANGUAGE_STORAGE_KEY]).then((saved) => {
    collapsed = saved[COLLAPSED_KEY] === true;
    const setting = saved[UI_LANGUAGE_STORAGE_KEY];
    if (typeof setting === 'string' && isLang(setting)) lang = setting;
    void start();
  });
  // In-app navigation: only a real change of address, coalesced (the page can forge the event).
  onLocationChange(ctx, () => {
    pageCount++;
    teaching?.cancel();
    teaching = undefined;
    taught = undefined;
    overlay?.remove();
    overlay = undefined;
    mounting = undefined;
    state = undefined;
    void start();
  });
  return { route: withPageCapture(route) };
}

/** The page's own "Create customer return" link or button, found by its visible text. */
function findCreateReturnControl(): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>('a, button, kat-button, [role="button"]')) {
    if (isCreateReturnAction(el.textContent ?? '') || isCreateReturnAction(el.getAttribute('label') ?? ''))
      return el;
  }
  return null;
}
