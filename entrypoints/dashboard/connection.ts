import { browser } from 'wxt/browser';
import type { Envelope } from '../../core/messages/protocol';
import type { Send } from './message-client';

// The dashboard's two ways to the extension's data: every write is a message to the background;
// reads go straight to the background's database (`database.ts`, same extension origin), never
// through it.

export const transport = (envelope: Envelope) => browser.runtime.sendMessage(envelope);

/**
 * A message to the background. The messages' schemas (`message-client.ts`) are built on the first
 * one, once the table's first rows are shown (the settings' read): built before, zod and every
 * schema of the messages' models were evaluated before the page's first paint. The module is
 * evaluated once; later messages get it from the page's module map.
 */
export const send: Send = (type, payload) => import('./message-client').then((m) => m.send(type, payload));
