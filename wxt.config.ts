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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [...PERMISSIONS],
    host_permissions: [...SELLER_CENTRAL_MATCHES],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'mcf-desk@mcf-desk.invalid', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
