import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { PAGE_FIXTURES } from '../fixtures/pages/index';
import { expect, test } from './fixtures';

// A page script can dispatch the events WXT's content-script context listens to: its location
// watcher's `<extension id>:content:wxt:locationchange` on window, and the "content script started"
// handshake (`<extension id>:content:wxt:content-script-started`, a CustomEvent on document, and a
// window message kept by WXT for older versions) that shuts down an older instance of the same
// script. A store extension's id is public. Forged events must neither flood the background with
// readings nor shut MCF Desk down.

const FIXTURES_DIR = new URL('../fixtures/pages/', import.meta.url);
const fixture = (file: string) => {
  const found = PAGE_FIXTURES.find((f) => f.file === file);
  if (!found) throw new Error(`no fixture ${file}`);
  return { ...found, html: readFileSync(new URL(file, FIXTURES_DIR), 'utf8') };
};
const overlay = (page: Page) => page.locator('mcf-desk-overlay section.mcf');

/** Counts the `reading.store` messages the service worker receives, beside its own listener. */
async function countReadings(serviceWorker: Worker): Promise<() => Promise<number>> {
  await serviceWorker.evaluate(() => {
    const scope = globalThis as unknown as {
      __readingStores?: number;
      chrome: { runtime: { onMessage: { addListener(cb: (message: unknown) => undefined): void } } };
    };
    scope.__readingStores = 0;
    scope.chrome.runtime.onMessage.addListener((message) => {
      if ((message as { type?: unknown } | null)?.type === 'reading.store')
        scope.__readingStores = (scope.__readingStores ?? 0) + 1;
      return undefined;
    });
  });
  return () =>
    serviceWorker.evaluate(() => (globalThis as unknown as { __readingStores: number }).__readingStores);
}

test('forged location changes and a forged "content script started" do nothing', async ({
  context,
  serve,
  serviceWorker,
  extensionId,
}) => {
  const first = fixture('fr-classic-shipped.html');
  const second = fixture('fr-mcf-unfulfillable.html');
  await serve({ [first.url]: first.html });
  const readings = await countReadings(serviceWorker);

  const page = await context.newPage();
  await page.goto(first.url);
  await expect(overlay(page)).toContainText('402-1234567-1234567');
  await expect.poll(readings).toBeGreaterThan(0);
  const before = await readings();

  // The page's own script: one forged location change every 10 ms for 2 s, and the handshake
  // forged both ways (the document event WXT 0.21 listens to, the window message it posts).
  const dispatched = await page.evaluate(async (id) => {
    const locationChange = `${id}:content:wxt:locationchange`;
    const started = `${id}:content:wxt:content-script-started`;
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(started, { detail }));
    window.postMessage({ type: started, ...detail }, '*');
    let count = 0;
    const end = performance.now() + 2_000;
    while (performance.now() < end) {
      window.dispatchEvent(new Event(locationChange));
      count++;
      if (count % 50 === 0) document.dispatchEvent(new CustomEvent(started, { detail }));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return count;
  }, extensionId);
  expect(dispatched).toBeGreaterThan(100);
  await page.waitForTimeout(1_000);
  const during = (await readings()) - before;
  console.log(`forged events: ${dispatched}; reading.store messages during the flood: ${during}`);
  expect(during).toBeLessThanOrEqual(2);
  await expect(overlay(page)).toContainText('402-1234567-1234567');

  // Still alive: the overlay follows a real in-app navigation (its listeners die with the context).
  await page.evaluate(
    ({ markup, url }) => {
      const next = new DOMParser().parseFromString(markup, 'text/html');
      document.documentElement.lang = next.documentElement.lang;
      document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.importNode(n, true)));
      history.pushState({}, '', url);
    },
    { markup: second.html, url: second.url },
  );
  await expect(overlay(page)).toContainText('VMS-2024-0042');
  expect((await readings()) - before).toBeLessThanOrEqual(4);
});
