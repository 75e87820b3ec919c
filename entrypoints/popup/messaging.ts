import { browser } from 'wxt/browser';
import { backgroundMessages } from '../../core/messages/background';
import { claimMessages } from '../../core/messages/claims';
import { contentMessagesChecked } from '../../core/messages/content-checked';
import { createClient } from '../../core/messages/protocol';
import { supportMessages } from '../../core/messages/support';

// The popup's two message partners: the background (orders, checklists, settings) and the content
// script of one tab (page reading, return form). `tabs.sendMessage` needs no `tabs` permission.

export const sendBackground = createClient(
  (envelope) => browser.runtime.sendMessage(envelope),
  backgroundMessages,
);

/** The case prefill (issue 15 item 7): the background opens Selling Partner Support. */
export const sendSupport = createClient((envelope) => browser.runtime.sendMessage(envelope), supportMessages);

/** The claims' messages (extension pages only): recorded from the popup too. */
export const sendClaims = createClient((envelope) => browser.runtime.sendMessage(envelope), claimMessages);

export type TabClient = ReturnType<typeof tabClient>;
export function tabClient(tabId: number) {
  return createClient((envelope) => browser.tabs.sendMessage(tabId, envelope), contentMessagesChecked);
}

/**
 * The tab the popup works on: `?tab=<id>` (tests, and a popup opened as a page), else the active
 * tab of the current window.
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const param = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

export async function openInTab(tabId: number, url: string): Promise<void> {
  await browser.tabs.update(tabId, { url });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
