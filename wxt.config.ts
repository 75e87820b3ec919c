import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { SELLER_CENTRAL_MATCHES } from './core/marketplaces';

// Minimal permissions (design card): Seller Central hosts, storage, alarms, notifications.
// `unlimitedStorage`: a seller with 100,000 orders and their history outgrows the default
// IndexedDB quota of an extension origin under storage pressure; Chrome would evict the data
// that tracks their reimbursements.
export const PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms', 'notifications'] as const;

/**
 * Firefox 128 is the first to run a content script in the page's main world (`world: "MAIN"`,
 * the return-form filler); 128 is also an ESR.
 */
export const FIREFOX_MIN_VERSION = '128.0';

/**
 * zod 4 probes for `Function` (to compile fast parsers) unless told `jitless`. Every bundle that
 * loads zod sets `jitless` first (core/zod-config.ts), so the probe never runs; this removes the
 * dead probe from the build too, so that no bundle holds a `Function` call (an extension may not
 * eval; Firefox's add-on linter flags it). Fails the build if zod's probe changes shape.
 */
function zodWithoutFunction(): Plugin {
  const probe = /const F = Function;\s*new F\(""\);\s*return true;/;
  return {
    name: 'mcf-desk:zod-without-function',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!probe.test(code)) this.error(`zod's Function probe changed in ${id}: update wxt.config.ts`);
      return { code: code.replace(probe, 'return false;'), map: null };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel builds (tests, demo) can ask for their own output folder.
  outDir: process.env.MCF_DESK_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact(), zodWithoutFunction()],
  }),
  hooks: {
    // Firefox builds MV2, where a background page without `persistent: false` lives forever.
    // MCF Desk is written for MV3's short-lived service worker (listeners registered at once,
    // state in IndexedDB and alarms): in Firefox it runs as an event page, with the same lifetime.
    'build:manifestGenerated'(wxt, manifest) {
      if (
        wxt.config.browser === 'firefox' &&
        manifest.background &&
        !('service_worker' in manifest.background)
      ) {
        manifest.background = { ...manifest.background, persistent: false };
      }
    },
    // The polyfill serves the background and extension pages. Content scripts (and the order-page
    // module they load) run on Seller Central pages and use only promise-based MV3 APIs that
    // Chrome and Firefox share, so they get WXT's plain `browser` and stay ~10 KB lighter.
    'vite:build:extendConfig'(entrypoints, config) {
      const pageScripts = ['content-script', 'unlisted-script'];
      if (!entrypoints.every((entrypoint) => pageScripts.includes(entrypoint.type))) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve = { ...config.resolve, alias: alias.filter((entry) => entry.find !== 'wxt/browser') };
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [...PERMISSIONS],
    host_permissions: [...SELLER_CENTRAL_MATCHES],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          // No web-accessible resource: MV2 would expose it to every site, and Firefox lets a
          // content script import() its own extension's files without one.
          browser_specific_settings: {
            gecko: {
              id: 'mcf-desk@mcf-desk.invalid',
              strict_min_version: FIREFOX_MIN_VERSION,
              // Nothing leaves the seller's browser (README, "no network request of its own").
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // The order-page module, loaded by the content script with import() on pages that may
          // show an order, and the page-capture bundle it loads when the seller asks for a capture.
          // Chrome needs them web-accessible for that: Seller Central pages only, and by a
          // per-session URL so pages cannot probe for them.
          web_accessible_resources: [
            {
              resources: ['order-page.js', 'page-capture.js'],
              matches: [...SELLER_CENTRAL_MATCHES],
              use_dynamic_url: true,
            },
          ],
        }),
  }),
});
