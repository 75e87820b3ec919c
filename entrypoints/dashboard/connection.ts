import { browser } from 'wxt/browser';
import { backgroundMessages } from '../../core/messages/background';
import { type DashboardMessages, dashboardMessages } from '../../core/messages/dashboard';
import { createClient, type Envelope } from '../../core/messages/protocol';

// The dashboard's two ways to the extension's data: every write is a message to the background;
// reads go straight to the background's database (`database.ts`, same extension origin), never
// through it.

export const transport = (envelope: Envelope) => browser.runtime.sendMessage(envelope);

export const send = createClient(transport, { ...backgroundMessages, ...dashboardMessages });

/**
 * `import.chunk` alone goes out through a client without the table: no page-side check of the
 * request. Its orders were just built by our own mapper, and zod-checking 2,000 of them in the page
 * before sending cost about 0.7 s per 50,000-row report, while the background checks every
 * request again anyway (`createRouter`) and that check is what guards the database: a bad chunk
 * is still refused there with nothing written. The reply is still checked here.
 */
export const sendUncheckedChunk = createClient<Pick<DashboardMessages, 'import.chunk'>>(transport);
export const importChunkReply = dashboardMessages['import.chunk'].reply;
