// Launches Chromium with the built extension loaded: shared by the e2e fixture and `npm start`.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

/** Flags that keep a headless run on a closed network quiet and reproducible. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser if installed. */
export function findChromium(env = process.env) {
  const candidates = [];
  if (env.CHROMIUM_PATH) candidates.push(['CHROMIUM_PATH', env.CHROMIUM_PATH]);
  candidates.push(['Debian chromium', '/usr/bin/chromium']);
  let playwrightPath = '';
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    // Playwright throws when its browsers were never downloaded.
  }
  if (playwrightPath) candidates.push(["Playwright's chromium", playwrightPath]);
  for (const [, path] of candidates) if (path && existsSync(path)) return path;
  throw new Error(
    [
      'No Chromium found. Tried:',
      `  1. $CHROMIUM_PATH (${env.CHROMIUM_PATH ? `${env.CHROMIUM_PATH}: not found` : 'not set'})`,
      '  2. /usr/bin/chromium (Debian: apt-get install -y chromium)',
      `  3. Playwright's browser (${playwrightPath || 'not installed'}: npx playwright install chromium)`,
    ].join('\n'),
  );
}

/** The built Chrome MV3 extension (`npm run build`), honouring MCF_DESK_OUT_DIR. */
export function builtExtensionDir(env = process.env) {
  const dir = resolve(env.MCF_DESK_OUT_DIR ?? '.output', 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  }
  return dir;
}

/**
 * `locale` (say `de-DE`) is the browser's language: its interface language (`--lang`, what
 * `browser.i18n.getUILanguage()` answers) and the pages' `navigator.language`. French by default.
 * @param {{ extensionDir: string, headless: boolean, userDataDir?: string, viewport?: {width:number,height:number}, locale?: string }} options
 */
export async function launchWithExtension({ extensionDir, headless, userDataDir, viewport, locale }) {
  return chromium.launchPersistentContext(userDataDir ?? mkdtempSync(join(tmpdir(), 'mcf-desk-chromium-')), {
    executablePath: findChromium(),
    headless,
    viewport: viewport ?? { width: 1280, height: 900 },
    locale: locale ?? 'fr-FR',
    // Chromium on Linux takes its interface language from the environment, elsewhere from `--lang`.
    ...(locale ? { env: { ...process.env, ...localeEnv(locale) } } : {}),
    args: [
      ...CHROMIUM_ARGS,
      ...(locale ? [`--lang=${locale}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
}

/** `de-DE` → the environment variables that set Chromium's interface language on Linux. */
function localeEnv(locale) {
  const posix = `${locale.replace('-', '_')}.UTF-8`;
  return { LANGUAGE: locale.replace('-', '_'), LC_ALL: posix, LANG: posix };
}

/** The extension's service worker, waiting for it to start if needed. */
export async function serviceWorkerOf(context) {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

export function extensionIdOf(serviceWorker) {
  return new URL(serviceWorker.url()).host;
}

/**
 * Serves `html` at a real Seller Central URL so the content script runs exactly as in
 * production. Every other request to the outside world is aborted: Seller Central cannot be
 * reached from here, and a test must never depend on the network.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Record<string, string>} pages URL → HTML
 */
export async function serveSellerCentral(context, pages) {
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    (route) => {
      const url = route.request().url().split('#')[0];
      const html = pages[url];
      if (html !== undefined)
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return route.abort('blockedbyclient');
    },
  );
}
