import { backgroundMessages } from '../../core/messages/background';
import { createRouter, type MessageTable } from '../../core/messages/protocol';
import { isTrustedSender, type OwnExtension, type SenderInfo } from '../../core/messages/sender';
import { senderMayAsk } from '../../core/messages/sender-rules';
import { claimHandlerSet } from './claims-handlers';
import { dashboardHandlerSet } from './dashboard-handlers';
import { createHandlers, type HandlerDeps } from './handlers';
import { supportHandlerSet } from './support-handlers';

/** A message table and its handlers, built from the shared dependencies. */
interface HandlerSet {
  table: MessageTable;
  create: (deps: HandlerDeps) => Record<string, unknown>;
}

// Composition point: every set of messages the worker answers, each message with its sender rule
// (core/messages/sender-rules.ts; a message without one is refused).
const handlerSets: HandlerSet[] = [
  { table: backgroundMessages, create: createHandlers },
  dashboardHandlerSet,
  supportHandlerSet,
  claimHandlerSet,
];

/** Every message the background answers. */
export const backgroundTable: MessageTable = Object.assign({}, ...handlerSets.map((set) => set.table));

/** The worker's `runtime.onMessage` answer: trusted senders, each message's sender rule, then its handler. */
export function createBackgroundRoute(deps: HandlerDeps, own: OwnExtension) {
  const handlers = Object.assign({}, ...handlerSets.map((set) => set.create(deps)));
  return createRouter<MessageTable, SenderInfo>(backgroundTable, handlers, {
    isAllowedSender: (sender, type) => isTrustedSender(sender, own) && senderMayAsk(type, sender, own),
  });
}
