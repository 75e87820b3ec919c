import { isSellerCentralHost } from '../marketplaces';

/** The parts of `runtime.MessageSender` the trust decision needs. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** Chromium: the document the message came from (a reload or navigation makes a new one). */
  documentId?: string;
  frameId?: number;
}

export interface OwnExtension {
  id: string;
  /** e.g. `chrome-extension://<id>` */
  origin: string;
}

/**
 * Messages are accepted from our own extension pages (popup, dashboard) and from our content
 * scripts running on a Seller Central page over https. Anything else, including another
 * extension or a page of some other site, is refused.
 */
export function isTrustedSender(sender: SenderInfo, own: OwnExtension): boolean {
  if (sender.id !== own.id || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (url.origin === own.origin) return true;
  return sender.tab !== undefined && url.protocol === 'https:' && isSellerCentralHost(url.hostname);
}

/** Only extension pages (no content script) may call messages that change settings or delete data. */
export function isExtensionPage(sender: SenderInfo, own: OwnExtension): boolean {
  if (sender.id !== own.id || !sender.url) return false;
  try {
    return new URL(sender.url).origin === own.origin;
  } catch {
    return false;
  }
}
