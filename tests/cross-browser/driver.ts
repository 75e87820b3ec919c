// The small surface a cross-browser case needs from a browser with the built extension loaded.
// Implemented for Playwright + Chromium (tests/e2e/cross-browser.spec.ts) and for puppeteer-core +
// Firefox over WebDriver BiDi (tests/e2e-firefox/firefox-driver.ts). Everything a case does in a
// page goes through `evaluate` of a plain script, so both browsers run exactly the same code.

export interface Tab {
  /** Evaluates a JavaScript expression in the tab (the page's main world); awaits a promise. */
  evaluate<T>(expression: string): Promise<T>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly browserName: 'chromium' | 'firefox';
  /** Serves these pages at their Seller Central URLs to every tab; any other http(s) request fails. */
  serve(pages: Record<string, string>): Promise<void>;
  /** A new tab at `url` (a served Seller Central URL), loaded. */
  openTab(url: string): Promise<Tab>;
  /** A new tab on one of the extension's pages, e.g. `/popup.html?tab=3`, loaded. */
  openExtensionPage(path: string): Promise<Tab>;
  /**
   * The tab the extension itself opened at `url` (a served Seller Central URL, e.g. the contact
   * page of the case prefill), waited for and loaded as served.
   */
  tabOpenedAt(url: string): Promise<Tab>;
  /** The toolbar badge's text (`action` in Chrome, `browserAction` in Firefox). */
  badgeText(): Promise<string>;
  /** The browser's id of a tab (for the popup's `?tab=`). */
  tabIdOf(tab: Tab): Promise<number>;
  /** Every http(s) URL any part of the browser asked for so far (pages, content scripts, background). */
  requests(): string[];
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
}
