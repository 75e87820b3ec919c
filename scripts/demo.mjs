// `npm start`: builds MCF Desk and opens Chromium with it loaded on a demo Seller Central France
// order page, served at its real URL so the content script runs exactly as in production.
// With no display (CI, no DISPLAY, or --headless) it saves screenshots of the page with the
// overlay and of the popup under demo-output/, prints their paths and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtExtensionDir, launchWithExtension, serveSellerCentral, serviceWorkerOf } from './chromium.mjs';
import { DEMO_ORDER_URL, renderDemoPage, todayInParis } from './demo/render-demo-page.mjs';

const headless = Boolean(process.env.CI) || !process.env.DISPLAY || process.argv.includes('--headless');
const outputDir = resolve('demo-output');

function build() {
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error('`wxt build` failed');
}

async function main() {
  if (!process.argv.includes('--no-build')) build();
  const context = await launchWithExtension({ extensionDir: builtExtensionDir(), headless });
  await serveSellerCentral(context, { [DEMO_ORDER_URL]: renderDemoPage(todayInParis()) });
  const worker = await serviceWorkerOf(context);
  const extensionId = new URL(worker.url()).host;

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(DEMO_ORDER_URL);
  console.log(`MCF Desk demo: ${DEMO_ORDER_URL}`);
  if (!headless) {
    console.log('Click the MCF Desk toolbar icon for the popup. Close the browser to stop.');
    await new Promise((done) => context.on('close', done));
    return;
  }

  mkdirSync(outputDir, { recursive: true });
  await page.locator('mcf-desk-overlay').waitFor({ state: 'attached', timeout: 15_000 });
  // The overlay renders inside its shadow root; give it one frame to paint its findings.
  await page.waitForFunction(() => {
    const root = document.querySelector('mcf-desk-overlay')?.shadowRoot;
    return Boolean(root?.querySelector('[data-testid="overlay-findings"]'));
  });
  const pageShot = resolve(outputDir, 'order-page-with-overlay.png');
  await page.screenshot({ path: pageShot, fullPage: true });

  const tabId = await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return tab?.id;
  }, DEMO_ORDER_URL);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(
    `chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`,
  );
  await popup.waitForLoadState('networkidle');
  await popup.waitForTimeout(300);
  const popupShot = resolve(outputDir, 'popup.png');
  await popup.screenshot({ path: popupShot });

  await context.close();
  console.log(`Screenshots:\n  ${pageShot}\n  ${popupShot}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
