import { browser } from 'wxt/browser';
import type { Platform } from './service';
import { UI_LANGUAGE_STORAGE_KEY } from './storage-keys';
import { toolbarButton } from './toolbar-button';

// The browser side of the background: badge, notifications, alarms, language.

export const REVIEW_ALARM = 'mcf-desk:review';
/** Wakes the worker at least every 6 hours, even if the one-shot review alarm were lost. */
export const SAFETY_ALARM = 'mcf-desk:safety';
export const DIGEST_ALARM = 'mcf-desk:digest';

export const NOTIFICATION_ICON = '/icon/128.png';

export const browserPlatform: Platform = {
  async setBadge({ text, color, title }) {
    const button = toolbarButton();
    await button.setBadgeBackgroundColor({ color });
    await button.setBadgeText({ text });
    await button.setTitle({ title });
  },
  async notify(id, { title, message }) {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL(NOTIFICATION_ICON),
      title,
      message,
    });
  },
  async scheduleReviewAt(when) {
    await browser.alarms.create(REVIEW_ALARM, { when });
  },
  uiLanguage: () => browser.i18n.getUILanguage(),
  async publishUiLanguage(setting) {
    await browser.storage.local.set({ [UI_LANGUAGE_STORAGE_KEY]: setting });
  },
};

/** Creates the periodic alarms if they are missing (alarms survive worker restarts, not reinstalls). */
export async function ensurePeriodicAlarms(): Promise<void> {
  if (!(await browser.alarms.get(SAFETY_ALARM))) {
    await browser.alarms.create(SAFETY_ALARM, { periodInMinutes: 360 });
  }
  if (!(await browser.alarms.get(DIGEST_ALARM))) {
    await browser.alarms.create(DIGEST_ALARM, { periodInMinutes: 24 * 60 });
  }
}
