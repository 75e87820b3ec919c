import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import {
  builtExtensionDir,
  extensionIdOf,
  launchWithExtension,
  serveSellerCentral,
  serviceWorkerOf,
} from '../../scripts/chromium.mjs';

/** The slice of the `chrome` global the tests read inside the service worker. */
export interface ChromeGlobal {
  chrome: {
    action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
    tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
  };
}

export interface ExtensionOptions {
  /**
   * The browser's language for the test (`test.use({ browserLocale: 'de-DE' })`): Chromium's
   * `--lang` and the pages' locale. Unset: French, as every other test runs.
   */
  browserLocale: string | undefined;
}

export interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Serves these pages at their Seller Central URLs; every other request is aborted. */
  serve: (pages: Record<string, string>) => Promise<void>;
  /** The text of the toolbar badge, read from the service worker. */
  badgeText: () => Promise<string>;
  /** Opens the popup page in a tab (optionally `?tab=<id>` for the order of that tab). */
  openPopup: (query?: string) => Promise<Page>;
  /** The tab id of an open page, read in the service worker (`tabs.query` needs no permission). */
  tabIdOf: (page: Page) => Promise<number>;
  /** Sends one of our messages to the background from an extension page; resolves to the wire reply. */
  askBackground: (type: string, payload: unknown) => Promise<WireReply>;
}

export type WireReply =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; message: string } };

export const test = base.extend<ExtensionFixtures & ExtensionOptions>({
  browserLocale: [undefined, { option: true }],
  context: async ({ browserLocale }, use) => {
    const context = await launchWithExtension({
      extensionDir: builtExtensionDir(),
      headless: true,
      ...(browserLocale ? { locale: browserLocale } : {}),
    });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(extensionIdOf(serviceWorker));
  },
  serve: async ({ context }, use) => {
    await use((pages) => serveSellerCentral(context, pages));
  },
  badgeText: async ({ context }, use) => {
    await use(async () => {
      const worker = await serviceWorkerOf(context);
      return worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({}));
    });
  },
  tabIdOf: async ({ serviceWorker }, use) => {
    await use(async (page) => {
      const url = page.url();
      const tabs = await serviceWorker.evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.tabs.query({}),
      );
      const tab = tabs.find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return tab.id;
    });
  },
  askBackground: async ({ context, extensionId }, use) => {
    let page: Page | undefined;
    await use(async (type, payload) => {
      if (!page) {
        page = await context.newPage();
        // Any page of ours will do: the sender must be an extension page.
        await page.goto(`chrome-extension://${extensionId}/popup.html`);
      }
      return page.evaluate(
        ([type, payload]) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<WireReply> } } }
          ).chrome.runtime.sendMessage({ tag: 'mcf-desk/1', type, payload }),
        [type, payload] as const,
      );
    });
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async (query = '') => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    });
  },
});

export const expect = test.expect;

/** Waits until the background holds the order under `key` (order.get answers null until then). */
export async function waitForStoredOrder(askBackground: ExtensionFixtures['askBackground'], key: string) {
  await expect
    .poll(async () => {
      const reply = await askBackground('order.get', { key });
      return reply.ok && reply.value !== null;
    })
    .toBe(true);
}
