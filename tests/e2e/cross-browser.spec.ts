import type { BrowserContext, Page } from '@playwright/test';
import { CASES } from '../cross-browser/cases';
import type { Driver, Tab } from '../cross-browser/driver';
import { type ChromeGlobal, test } from './fixtures';

// The cross-browser cases (tests/cross-browser/cases.ts) in Chromium. The same list runs in
// Firefox: tests/e2e-firefox/.

function tabOf(page: Page): Tab {
  return {
    evaluate: (expression) => page.evaluate(expression),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
  };
}

function chromiumDriver(context: BrowserContext, extensionId: string, requests: string[]): Driver {
  const pages = new Map<Tab, Page>();
  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    const tab = tabOf(page);
    pages.set(tab, page);
    return tab;
  };
  const worker = () => {
    const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return running ?? context.waitForEvent('serviceworker');
  };
  return {
    browserName: 'chromium',
    extensionOrigin: `chrome-extension://${extensionId}`,
    async serve(served) {
      await context.route(
        (url) => url.protocol === 'https:' || url.protocol === 'http:',
        (route) => {
          const html = served[route.request().url().split('#')[0] ?? ''];
          if (html !== undefined)
            return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
          return route.abort('blockedbyclient');
        },
      );
    },
    openTab: open,
    openExtensionPage: (path) => open(`chrome-extension://${extensionId}${path}`),
    async tabOpenedAt(url) {
      // Served already: the context's route covers every tab.
      const known = new Set(pages.values());
      const deadline = Date.now() + 15_000;
      for (;;) {
        const page = context.pages().find((p) => !known.has(p) && p.url() === url);
        if (page) {
          await page.waitForLoadState('domcontentloaded');
          const tab = tabOf(page);
          pages.set(tab, page);
          return tab;
        }
        if (Date.now() > deadline) throw new Error(`no tab opened at ${url}`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    async badgeText() {
      return (await worker()).evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({}),
      );
    },
    async tabIdOf(tab) {
      const url = pages.get(tab)?.url();
      const tabs = await (await worker()).evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.tabs.query({}),
      );
      const found = tabs.find((t) => t.url === url);
      if (found?.id === undefined) throw new Error(`no tab at ${url}`);
      return found.id;
    },
    requests: () => requests.filter((url) => /^https?:/.test(url)),
  };
}

for (const crossBrowserCase of CASES) {
  test(`[cross-browser] ${crossBrowserCase.name}`, async ({ context, extensionId }) => {
    const knownBug = crossBrowserCase.knownToFailIn?.chromium;
    test.fail(Boolean(knownBug), knownBug);
    const requests: string[] = [];
    context.on('request', (request) => void requests.push(request.url()));
    await crossBrowserCase.run(chromiumDriver(context, extensionId, requests));
  });
}
