import type { Browser, Page } from 'puppeteer-core';
import {
  builtFirefoxExtensionDir,
  gotoExtensionPage,
  launchFirefoxWithExtension,
  serveSellerCentral,
  startRecordingProxy,
} from '../../scripts/firefox.mjs';
import { call } from '../cross-browser/dom';
import type { Driver, Tab } from '../cross-browser/driver';

// The cross-browser driver for Firefox: Debian's firefox-esr, headless, driven by puppeteer-core
// over WebDriver BiDi, with the built MV2 extension installed as a temporary add-on.

/** Firefox's own services (remote settings and the like): requests of the browser, not of ours. */
const FIREFOX_OWN = /^https?:\/\/[^/]*\.(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?(\/|$)/;

export interface FirefoxSession {
  driver: Driver;
  close(): Promise<void>;
  /** What Firefox itself asked for (left out of `requests()`), for the log. */
  firefoxOwnRequests(): string[];
}

export async function startFirefox(): Promise<FirefoxSession> {
  const proxy = await startRecordingProxy();
  const { browser, baseUrl } = await launchFirefoxWithExtension({
    extensionDir: builtFirefoxExtensionDir(),
    proxyPort: proxy.port,
  });
  const pageRequests: string[] = [];
  let served: Record<string, string> = {};
  const pages = new Map<Tab, Page>();
  let helper: Tab | undefined;

  const tabOfPage = (page: Page): Tab => {
    const tab: Tab = {
      evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
      goto: async (to) => void (await page.goto(to)),
      reload: async () => void (await page.reload()),
      close: () => page.close(),
    };
    pages.set(tab, page);
    return tab;
  };
  const newTab = async (url: string, extensionPage: boolean): Promise<Tab> => {
    const page = await (browser as Browser).newPage();
    await serveSellerCentral(page, served, (requested) => pageRequests.push(requested));
    if (extensionPage) await gotoExtensionPage(page, url);
    else await page.goto(url);
    return tabOfPage(page);
  };
  // An extension page of our own to read the badge and the tabs from.
  const helperTab = async () => {
    helper ??= await newTab(`${baseUrl}/popup.html`, true);
    return helper;
  };

  const driver: Driver = {
    browserName: 'firefox',
    extensionOrigin: baseUrl,
    async serve(pagesToServe) {
      served = pagesToServe;
    },
    openTab: (url) => newTab(url, false),
    openExtensionPage: (path) => newTab(`${baseUrl}${path}`, true),
    async tabOpenedAt(url) {
      // Pages are served per page here: a tab the extension opened loaded before it could be.
      // Serve it, then load the URL again (its content scripts run on the served page only).
      const known = new Set(pages.values());
      const deadline = Date.now() + 15_000;
      for (;;) {
        // Unserved, it shows Firefox's error page for that URL (`about:neterror?…&u=<url>`).
        const page = (await (browser as Browser).pages()).find(
          (p) =>
            !known.has(p) &&
            (p.url() === url ||
              (p.url().startsWith('about:neterror') && decodeURIComponent(p.url()).includes(url))),
        );
        if (page) {
          await serveSellerCentral(page, served, (requested) => pageRequests.push(requested));
          await page.goto(url);
          return tabOfPage(page);
        }
        if (Date.now() > deadline) throw new Error(`no tab opened at ${url}`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    async badgeText() {
      return (await helperTab()).evaluate<string>(call('badge'));
    },
    async tabIdOf(tab) {
      const url = await tab.evaluate<string>('location.href');
      const tabs = await (await helperTab()).evaluate<{ id?: number; url?: string }[]>(call('tabs'));
      const found = tabs.find((t) => t.url === url);
      if (found?.id === undefined) throw new Error(`no tab at ${url}`);
      return found.id;
    },
    requests: () =>
      [...pageRequests, ...proxy.seen].filter((url) => /^https?:/.test(url) && !FIREFOX_OWN.test(url)),
  };
  return {
    driver,
    firefoxOwnRequests: () => proxy.seen.filter((url) => FIREFOX_OWN.test(url)),
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}
