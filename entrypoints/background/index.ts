import { browser } from 'wxt/browser';
import { type BackgroundMessages, backgroundMessages } from '../../core/messages/background';
import { createRouter, type Handlers } from '../../core/messages/protocol';
import { isTrustedSender, type SenderInfo } from '../../core/messages/sender';
import { orderKey } from '../../core/model/order';
import { McfDeskDb } from './db';

export default defineBackground(() => {
  const db = new McfDeskDb();
  const own = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };

  async function refreshBadge(): Promise<void> {
    const count = await db.orders.count();
    await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  }

  const handlers: Handlers<BackgroundMessages, SenderInfo> = {
    'reading.store': async ({ reading }) => {
      const key = orderKey(reading.order);
      const assessment = { findings: [], nextReviewAt: null };
      await db.orders.put({
        key,
        order: reading.order,
        assessment,
        urgency: 0,
        updatedAt: new Date().toISOString(),
      });
      await refreshBadge();
      return { key, order: reading.order, assessment, changed: true };
    },
    'order.get': async ({ key }) => {
      const row = await db.orders.get(key);
      return row ? { key, order: row.order, assessment: row.assessment } : null;
    },
    'orders.attention': async ({ offset, limit }) => {
      const total = await db.orders.count();
      const rows = await db.orders.orderBy('updatedAt').reverse().offset(offset).limit(limit).toArray();
      return { total, items: rows.map((r) => ({ key: r.key, order: r.order, assessment: r.assessment })) };
    },
  };
  const route = createRouter<BackgroundMessages, SenderInfo>(backgroundMessages, handlers, {
    isAllowedSender: (sender) => isTrustedSender(sender, own),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
