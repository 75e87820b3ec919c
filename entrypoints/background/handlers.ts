import type { Conflict } from '../../core/merge/merge-order';
import { applyUserFields } from '../../core/merge/user-fields';
import type { BackgroundMessages, StoredOrderView } from '../../core/messages/background';
import { type Handlers, MessageError } from '../../core/messages/protocol';
import type { SenderInfo } from '../../core/messages/sender';
import type { McfDeskDb, OrderRow } from './db';
import { createLearnedHandlers } from './learned-handlers';
import { createMuteHandlers } from './mute-handlers';
import { findOrder, orderDetail, requireOrder, storedView } from './order-reads';
import type { Background } from './service';
import { createSettingsHandlers } from './settings-handlers';
import { reassessOrder, storeObservations, WRITE_TABLES } from './store';
import type { SupportDeps } from './support-handlers';
import { createTabOrders, type TabOrders } from './tab-orders';

// The handlers of `backgroundMessages`. The router has already checked the sender (ours or a
// Seller Central content script, and the message's rule in core/messages/sender-rules.ts) and
// validated the payload; handlers check what the schema cannot (the order exists, a content
// script asks about an order its own tab showed, on its own host). A write and the re-assessment it calls for run in ONE transaction: MV3 may stop the
// worker between two, and an assessment left stale with no review date would stay stale.

export interface HandlerDeps {
  db: McfDeskDb;
  now: () => Date;
  background: Pick<Background, 'afterWrite' | 'refreshBadge'>;
  /** True for our own extension pages (popup, dashboard), false for content scripts. */
  isExtensionPage: (sender: SenderInfo) => boolean;
  /**
   * The orders each tab stored (`reading.store`): what its content script may ask about. In
   * memory when not given (tests); the worker passes one kept in `storage.session`.
   */
  tabOrders?: TabOrders;
  /** The contact-page tabs the case prefill opens (./support-handlers.ts); absent: refused. */
  support?: SupportDeps;
}

/** Refuses messages that only extension pages may send (settings changes, deletions). */
export function requireExtensionPage(
  deps: Pick<HandlerDeps, 'isExtensionPage'>,
  sender: SenderInfo,
  type: string,
) {
  if (!deps.isExtensionPage(sender)) throw new MessageError('forbidden', `${type}: extension pages only`);
}

/** The host of the page that sent a message, as the browser reports it (`sender.url`). */
function senderHost(sender: SenderInfo): string | undefined {
  try {
    return sender.url ? new URL(sender.url).hostname : undefined;
  } catch {
    return undefined;
  }
}

export function createHandlers(deps: HandlerDeps): Handlers<BackgroundMessages, SenderInfo> {
  const { db, now, background } = deps;
  const tabOrders = deps.tabOrders ?? createTabOrders();

  /**
   * `own-tab` messages (core/messages/sender-rules.ts): an extension page may name any order; a
   * content script only one its own tab stored, on the sender's own host. The same refusal
   * whether the order exists or not, so a page learns nothing of the others.
   */
  async function requireOwnOrder(sender: SenderInfo, row: OrderRow | undefined, type: string) {
    if (deps.isExtensionPage(sender)) return;
    if (row && senderHost(sender) === row.order.marketplace.host && (await tabOrders.showed(sender, row.key)))
      return;
    throw new MessageError('forbidden', `${type}: a page may only ask about the order it shows`);
  }

  return {
    ...createLearnedHandlers(deps),
    ...createMuteHandlers(deps),
    ...createSettingsHandlers(deps),
    // The payload's `url` is the page's own word, for information only: the host that counts is
    // the sender's, which the browser sets. A content script stores readings of its own
    // marketplace only; our extension pages are trusted like the dashboard's imports.
    'reading.store': async ({ reading }, sender) => {
      if (!deps.isExtensionPage(sender) && senderHost(sender) !== reading.order.marketplace.host) {
        throw new MessageError(
          'forbidden',
          'reading.store: the sending page is not on the order’s marketplace host',
        );
      }
      const result = await storeObservations(db, [reading.order], 'page', now());
      const first = result.results[0] as { key: string; changed: boolean };
      if (!deps.isExtensionPage(sender)) await tabOrders.remember(sender, first.key);
      await background.afterWrite();
      const view = (await storedView(db, first.key)) as StoredOrderView;
      return { ...view, changed: first.changed, ...(reading.cut ? { cut: reading.cut } : {}) };
    },

    'order.get': async ({ key }, sender) => {
      if (!deps.isExtensionPage(sender)) await requireOwnOrder(sender, await findOrder(db, key), 'order.get');
      return orderDetail(db, key, now());
    },

    'order.history': async ({ key: asked }) => {
      const row = await findOrder(db, asked);
      if (!row) return null;
      const history = await db.history.where('key').equals(row.key).toArray();
      history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : (a.id ?? 0) - (b.id ?? 0)));
      return {
        key: row.key,
        firstSeen: { at: row.firstSeenAt, ...(row.created ?? {}) },
        history: history.map(({ id: _id, key: _key, ...rest }) => rest),
      };
    },

    'orders.attention': async ({ offset, limit }) => {
      const { total, rows } = await db.transaction('r', ['orders'], async () => ({
        total: await db.orders.where('attention').aboveOrEqual('').count(),
        rows: await db.orders.orderBy('attention').offset(offset).limit(limit).toArray(),
      }));
      const items = rows.map((row) => ({ key: row.key, order: row.order, assessment: row.assessment }));
      return { total, items };
    },

    'checklist.update': async ({ key, stepId, done, note }) => {
      const at = now().toISOString();
      return db.transaction('rw', ['orders', 'checklists'], async () => {
        await requireOrder(db, key);
        const steps = { ...((await db.checklists.get(key))?.steps ?? {}) };
        steps[stepId] = note === undefined ? { done, at } : { done, at, note };
        await db.checklists.put({ key, steps });
        return { steps };
      });
    },

    'order.setUserFields': async ({ key, fields }, sender) => {
      // Checked before the transaction (the tab memory is not IndexedDB); the order's key and host
      // never change, so the check still holds inside it.
      if (!deps.isExtensionPage(sender))
        await requireOwnOrder(sender, await db.orders.get(key), 'order.setUserFields');
      const at = now().toISOString();
      await db.transaction('rw', WRITE_TABLES, async () => {
        const row = await requireOrder(db, key);
        const edit = applyUserFields(row.order, fields, at);
        if (!edit.ok)
          throw new MessageError('bad-request', `order.setUserFields: ${edit.message}`, edit.issues);
        const { order, changes } = edit;
        const typedPaths = new Set(fields.map((f) => f.path));
        const conflicts: Conflict[] = row.conflicts.filter((c) => !typedPaths.has(c.path));
        await db.orders.put({ ...row, order, conflicts, updatedAt: at });
        await db.history.add({ key, at, source: 'user', changes, conflicts: [] });
        return reassessOrder(db, key, now());
      });
      await background.afterWrite();
      return (await storedView(db, key)) as StoredOrderView;
    },
  };
}
