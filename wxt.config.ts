import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SELLER_CENTRAL_MATCHES } from './core/marketplaces';

// Minimal permissions (design card): Seller Central hosts, storage, alarms, notifications.
// `unlimitedStorage`: a seller with 100,000 orders and their history outgrows the default
// IndexedDB quota of an extension origin under storage pressure; Chrome would evict the data
// that tracks their reimbursements.
export const PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms', 'notifications'] as const;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel builds (tests, demo) can ask for their own output folder.
  outDir: process.env.MCF_DESK_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
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
    // The order-page module, loaded by the content script with import() on pages that may show an
    // order. Seller Central pages only, and by a per-session URL so pages cannot probe for it.
    web_accessible_resources: [
      { resources: ['order-page.js'], matches: [...SELLER_CENTRAL_MATCHES], use_dynamic_url: true },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'mcf-desk@mcf-desk.invalid', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
