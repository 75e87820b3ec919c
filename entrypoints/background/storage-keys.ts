/**
 * The `browser.storage.local` key under which the background copies the `uiLanguage` setting for
 * the order-page overlay (a content script cannot read the extension's database). Written by the
 * background (platform.ts), read by the order-page module (attach.ts).
 */
export const UI_LANGUAGE_STORAGE_KEY = 'settings.uiLanguage';
