import { browser } from 'wxt/browser';

// The toolbar button is `action` in Chrome's MV3 build and `browserAction` in Firefox's MV2 build
// (WXT writes `action` or `browser_action` into each manifest). Every use of the button goes
// through here: calling `browser.action` in Firefox throws, and then nothing after it runs.

/** The part of the toolbar button's API MCF Desk uses: the same in `action` and `browserAction`. */
export interface ToolbarButton {
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setBadgeText(details: { text: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
  getBadgeText(details: Record<string, never>): Promise<string>;
  getTitle(details: Record<string, never>): Promise<string>;
}

/** The browser's toolbar button: `action` where it exists (MV3), else `browserAction` (MV2). */
export function toolbarButtonOf(api: { action?: unknown; browserAction?: unknown }): ToolbarButton {
  const button = api.action ?? api.browserAction;
  if (button === undefined || button === null) {
    throw new Error('MCF Desk: this browser has neither action nor browserAction');
  }
  return button as ToolbarButton;
}

/** The toolbar button of the running browser. Looked up at each call, never at import time. */
export function toolbarButton(): ToolbarButton {
  return toolbarButtonOf(browser as unknown as { action?: unknown; browserAction?: unknown });
}
