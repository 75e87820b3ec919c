import { backgroundMessages } from '../../core/messages/background';
import { dashboardMessages } from '../../core/messages/dashboard';
import { createClient } from '../../core/messages/protocol';
import { transport } from './connection';

// The dashboard's messages to the background, each checked against its schema before it leaves
// and its reply after: a chunk of its own, loaded on the first message (`connection.ts`).

export const send = createClient(transport, { ...backgroundMessages, ...dashboardMessages });
export type Send = typeof send;
