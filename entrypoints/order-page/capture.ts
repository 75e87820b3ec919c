import { browser } from 'wxt/browser';
import type { TypedField } from '../../core/capture/header';
import type { RemovedCounts } from '../../core/capture/redact';
import type { BackgroundMessages } from '../../core/messages/background';
import { type CaptureMessages, captureMessages } from '../../core/messages/content';
import { createClient, createRouter, type Handlers } from '../../core/messages/protocol';
import { isExtensionPage, type SenderInfo } from '../../core/messages/sender';
import { orderKey } from '../../core/model/order-key';
import { type PageOutcome, readPage } from '../../core/page/read-order-page';
import { PAGE_CAPTURE_GLOBAL, type PageCaptureModule } from './capture-contract';

// "Enregistrer cette page pour un signalement" (issue 12): the popup's `page.capture` message,
// answered here. The page is written by core/capture (personal data replaced before anything is
// written) and saved through a download: a Blob object URL and an `<a download>` click, so no
// network and no `downloads` permission. The anchor is never put in the page, so the page's own
// click listeners never see it.

/** How long the object URL outlives the click (the browser reads it when the download starts). */
const REVOKE_AFTER_MS = 60_000;

export interface CaptureRequest {
  fakeIds: boolean;
  dryRun?: boolean;
}
export interface CaptureResult {
  removed: RemovedCounts;
  fileName?: string;
}

/** The page-capture bundle, loaded on the first capture of this page. */
async function loadCaptureModule(): Promise<PageCaptureModule> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/page-capture.js'));
  const module = (globalThis as Record<string, unknown>)[PAGE_CAPTURE_GLOBAL] as
    | PageCaptureModule
    | undefined;
  if (!module) throw new Error('MCF Desk: the page-capture module did not load');
  return module;
}

/** What the seller typed for the order this page shows, from the stored order (none if unknown). */
async function typedFields(
  reading: PageOutcome,
  typedFieldsOf: PageCaptureModule['typedFieldsOf'],
): Promise<TypedField[]> {
  if (reading.kind !== 'order') return [];
  const order = reading.reading.order;
  if (!order.sellerFulfillmentOrderId && !order.displayableOrderId) return [];
  try {
    const send = createClient<BackgroundMessages>((envelope) => browser.runtime.sendMessage(envelope));
    const stored = await send('order.get', { key: orderKey(order as Parameters<typeof orderKey>[0]) });
    return stored ? typedFieldsOf(stored.order) : [];
  } catch {
    return [];
  }
}

/** Builds the capture of this page; saves it unless `dryRun`. */
export async function captureThisPage(request: CaptureRequest): Promise<CaptureResult> {
  const { capturePage, captureFileName, typedFieldsOf } = await loadCaptureModule();
  const now = new Date().toISOString();
  const url = location.href;
  const reading = readPage(document, url, { now, nativeVisibility: true });
  const { html, removed } = capturePage(document, {
    url,
    now,
    version: browser.runtime.getManifest().version,
    uiLanguage: browser.i18n.getUILanguage(),
    reading,
    typed: request.dryRun ? [] : await typedFields(reading, typedFieldsOf),
    fakeIds: request.fakeIds,
    salt: crypto.randomUUID(),
    getComputedStyle: (element) => {
      const style = window.getComputedStyle(element);
      return { display: style.display, visibility: style.visibility };
    },
  });
  if (request.dryRun) return { removed };
  const fileName = captureFileName(url, now);
  download(html, fileName);
  return { removed, fileName };
}

function download(html: string, fileName: string): void {
  const href = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(href), REVOKE_AFTER_MS);
}

/**
 * The router of `page.capture`: only our own extension pages (the popup) may ask. It returns
 * `undefined` for any other message, so it can sit before the return-form router.
 */
export function createCaptureRouter(): (
  message: unknown,
  sender: SenderInfo,
) => Promise<unknown> | undefined {
  const own = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
  const handlers: Handlers<CaptureMessages, SenderInfo> = {
    'page.capture': (request) => captureThisPage(request),
  };
  return createRouter<CaptureMessages, SenderInfo>(captureMessages, handlers, {
    isAllowedSender: (sender) => isExtensionPage(sender, own),
  });
}

type Route = (message: unknown, sender: SenderInfo) => Promise<unknown> | undefined;

/** `route` with `page.capture` answered first: the hook for attach.ts. */
export function withPageCapture(route: Route): Route {
  const capture = createCaptureRouter();
  return (message, sender) => capture(message, sender) ?? route(message, sender);
}
