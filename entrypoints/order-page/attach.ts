import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { reportLines } from '../../components/fill-report-text';
import type { FillReportLine } from '../../components/overlay/Overlay';
import { langOf } from '../../components/overlay/texts';
import type { BackgroundMessages, PageReading, StoredOrderView } from '../../core/messages/background';
import { createClient } from '../../core/messages/protocol';
import { readOrderPage } from '../../core/page/read-order-page';
import { isCreateReturnAction } from '../../core/page/vocabulary';
import { userFieldPath } from '../../core/user-fields';
import type { AttachedOrderPage } from './contract';
import { mountOverlay, type OverlayState } from './overlay-ui';
import { readingSignature } from './reading-signature';
import { createReturnFormRouter } from './return-form';
import { watchPage } from './watch-page';

const COLLAPSED_KEY = 'overlay.collapsed';

/**
 * Everything MCF Desk does on an order page: read it, store the reading through the background,
 * show the overlay, and answer the popup (page reading, return-form prefill). Loaded by the
 * content script only where it may be needed.
 */
export function attachOrderPage(ctx: ContentScriptContext): AttachedOrderPage {
  // The background validates every request; replies come from our own worker.
  const send = createClient<BackgroundMessages>((envelope) => browser.runtime.sendMessage(envelope));
  const lang = langOf(browser.i18n.getUILanguage());
  let session: AbortController | undefined;
  let overlay: Awaited<ReturnType<typeof mountOverlay>> | undefined;
  let mounting: ReturnType<typeof mountOverlay> | undefined;
  let state: OverlayState | undefined;
  let collapsed = false;
  let fillReport: FillReportLine[] | undefined;

  async function toggle() {
    collapsed = !collapsed;
    if (state) {
      state = { ...state, collapsed };
      overlay?.update(state);
    }
    await browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
  }

  async function show(view: StoredOrderView | null, missing: readonly string[], error?: string) {
    // One overlay per page, even when two readings arrive together.
    mounting ??= mountOverlay(ctx, () => void toggle());
    overlay = await mounting;
    state = {
      lang,
      view,
      missing,
      error,
      collapsed,
      fillReport,
      contactSupportUrl: `https://${location.host}/cu/contact-us`,
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
        );
      },
    };
    overlay.update(state);
  }

  async function store(reading: PageReading, signal: AbortSignal) {
    // A reply that arrives after in-app navigation belongs to the previous order: drop it.
    try {
      const view = await send('reading.store', { url: location.href, reading });
      if (!signal.aborted) await show(view, reading.missing);
    } catch (error) {
      if (!signal.aborted)
        await show(null, reading.missing, error instanceof Error ? error.message : String(error));
    }
  }

  function start() {
    session?.abort();
    session = new AbortController();
    const { signal } = session;
    watchPage<PageReading>(ctx, signal, {
      read: () =>
        readOrderPage(document, location.href, { now: new Date().toISOString() }) as PageReading | null,
      signature: readingSignature,
      isReady: (reading) =>
        reading.order.fulfillmentOrderStatus !== undefined || (reading.order.shipments?.length ?? 0) > 0,
      isComplete: (reading) => reading.missing.length === 0,
      onReading: (reading) => void store(reading, signal),
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

  browser.storage.local.get(COLLAPSED_KEY).then((saved) => {
    collapsed = saved[COLLAPSED_KEY] === true;
    start();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    overlay?.remove();
    overlay = undefined;
    mounting = undefined;
    state = undefined;
    start();
  });
  return { route };
}

/** The page's own "Create customer return" link or button, found by its visible text. */
function findCreateReturnControl(): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>('a, button, kat-button, [role="button"]')) {
    if (isCreateReturnAction(el.textContent ?? '') || isCreateReturnAction(el.getAttribute('label') ?? ''))
      return el;
  }
  return null;
}
