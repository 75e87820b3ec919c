import { browser } from 'wxt/browser';
import type { Envelope } from '../../core/messages/protocol';
import type { Send } from './message-client';

// The dashboard's two ways to the extension's data: every write is a message to the background;
// reads go straight to the background's database (`database.ts`, same extension origin), never
// through it.

export const transport = (envelope: Envelope) => browser.runtime.sendMessage(envelope);

let client: Promise<typeof import('./message-client')> | undefined;

/**
 * A message to the background. The messages' schemas (`message-client.ts`) are built on the first
 * one, once the table's first rows are shown (the settings' read): built before, zod and every
 * schema of the messages' models were evaluated before the page's first paint.
 */
export const send: Send = (type, payload) => {
  client ??= import('./message-client');
  return client.then(
    (loaded) => loaded.send(type, payload),
    (error: unknown) => {
      // A chunk that failed to load is asked again by the next message.
      client = undefined;
      throw error;
    },
  );
};
