// Launches Debian's Firefox ESR headless with the built Firefox extension, driven by
// puppeteer-core over WebDriver BiDi (no geckodriver). Used by the Firefox end-to-end runner
// (tests/e2e-firefox/run.mjs). Facts this relies on: ../shared/reference/firefox-e2e.md.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

/** The add-on id written in the Firefox manifest (wxt.config.ts). */
export const GECKO_ID = 'mcf-desk@mcf-desk.invalid';

/** FIREFOX_PATH, else Debian's firefox-esr, else a `firefox` on the usual paths. */
export function findFirefox(env = process.env) {
  const candidates = [env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  for (const path of candidates) if (existsSync(path)) return path;
  throw new Error(
    [
      'No Firefox found. Tried:',
      `  1. $FIREFOX_PATH (${env.FIREFOX_PATH ? `${env.FIREFOX_PATH}: not found` : 'not set'})`,
      '  2. /usr/bin/firefox-esr (Debian: apt-get install -y firefox-esr firefox-esr-l10n-fr)',
      '  3. /usr/bin/firefox',
    ].join('\n'),
  );
}

/** The built Firefox MV2 extension (`npm run build:firefox`), honouring MCF_DESK_OUT_DIR. */
export function builtFirefoxExtensionDir(env = process.env) {
  const dir = resolve(env.MCF_DESK_OUT_DIR ?? '.output', 'firefox-mv2');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${dir}: run \`npm run build:firefox\` first.`);
  }
  return dir;
}

/**
 * A local proxy that every http(s) request Firefox does not get from a page's request
 * interception reaches (the background page's, a content script's, Firefox's own): it records
 * the request and refuses it. Nothing leaves the machine.
 */
export async function startRecordingProxy() {
  /** @type {string[]} */
  const seen = [];
  const server = createServer((socket) => {
    socket.once('data', (chunk) => {
      const line = chunk.toString('latin1').split('\r\n')[0] ?? '';
      const [method, target] = line.split(' ');
      if (method && target) seen.push(method === 'CONNECT' ? `https://${target}` : target);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => {});
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, seen, close: () => new Promise((done) => server.close(done)) };
}

/**
 * Firefox with the extension installed as a temporary add-on, its UUID fixed up front so that its
 * pages are at `moz-extension://<uuid>/…`, in French (with Debian's language pack).
 * @param {{ extensionDir: string, headless?: boolean, proxyPort?: number }} options
 */
export async function launchFirefoxWithExtension({ extensionDir, headless = true, proxyPort }) {
  const uuid = randomUUID();
  const proxy = proxyPort
    ? {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.no_proxies_on': '',
      }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless,
    // Without it, BiDi refuses to navigate a tab to a moz-extension:// URL.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': 'fr-FR',
      'intl.accept_languages': 'fr-FR, fr',
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
      // No favicon requests: a request the browser makes for itself would blur "no request of ours".
      'browser.chrome.site_icons': false,
      ...proxy,
    },
  });
  // puppeteer's `enableExtensions` does not wait for the install: install it ourselves.
  const id = await browser.installExtension(resolve(extensionDir));
  if (id !== GECKO_ID) throw new Error(`installed add-on ${id}, expected ${GECKO_ID}`);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  return { browser, uuid, baseUrl: `moz-extension://${uuid}`, version: manifest.version };
}

/**
 * Serves `pages` (URL → HTML) to one tab at their Seller Central URLs; every other http(s)
 * request of that tab is aborted.
 * @param {import('puppeteer-core').Page} page
 * @param {Record<string, string>} pages
 * @param {(url: string) => void} [record]
 */
export async function serveSellerCentral(page, pages, record) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    record?.(url);
    if (!/^https?:/.test(url)) return void request.continue();
    const html = pages[url.split('#')[0] ?? url];
    if (html !== undefined) {
      return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return void request.abort('blockedbyclient');
  });
}

/**
 * Opens one of the extension's pages in `page`. `goto` on a moz-extension:// URL loads the page but
 * never resolves: start it, then wait for the page to be there.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
export async function gotoExtensionPage(page, url) {
  void page.goto(url, { timeout: 30_000 }).catch(() => {});
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page
      .evaluate(() => [location.href, document.readyState])
      .catch(() => ['', 'loading']);
    if (ready[0] === url && ready[1] === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${url} did not load (at ${ready[0]}, ${ready[1]})`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
