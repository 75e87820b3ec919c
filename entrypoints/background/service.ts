import { FINDING_KINDS, type FindingKind } from '../../core/model/finding';
import { primaryOrderId } from '../../core/model/order';
import { type BadgeState, badgeState, kindLabel, resolveLanguage, type UiLanguage } from './attention';
import { loadSettings, type McfDeskDb } from './db';
import {
  countAttention,
  earliestReview,
  type NewNotification,
  resumeReassessAll,
  reviewDue,
  takeDigest,
  type WriteOutcome,
} from './store';

// What the background does after a write or when an alarm wakes it, over an injected database,
// clock and platform (the browser APIs, faked in unit tests).

/** The browser as the background uses it. */
export interface Platform {
  setBadge(state: BadgeState): Promise<void>;
  notify(id: string, content: { title: string; message: string }): Promise<void>;
  /** (Re)sets the one-shot review alarm. */
  scheduleReviewAt(when: number): Promise<void>;
  uiLanguage(): string;
}

export interface BackgroundDeps {
  db: McfDeskDb;
  now: () => Date;
  platform: Platform;
}

/** The worker is woken at least this often, whatever the review dates say. */
export const MAX_SLEEP_MS = 6 * 3_600_000;
/** More notifications than this from one write are grouped into one. */
export const GROUP_ABOVE = 3;

const ORDER_NOTIFICATION = 'mcf-desk:order:';
const SUMMARY_NOTIFICATION = 'mcf-desk:summary:';

export function orderNotificationId(key: string, kind: FindingKind): string {
  return `${ORDER_NOTIFICATION}${kind}:${key}`;
}

/** The order a notification is about, or null for a summary (or someone else's notification). */
export function parseNotificationId(id: string): { key: string; kind: FindingKind } | null {
  if (!id.startsWith(ORDER_NOTIFICATION)) return null;
  const rest = id.slice(ORDER_NOTIFICATION.length);
  const colon = rest.indexOf(':');
  const kind = rest.slice(0, colon) as FindingKind;
  if (colon < 0 || !FINDING_KINDS.includes(kind)) return null;
  return { key: rest.slice(colon + 1), kind };
}

export function isSummaryNotification(id: string): boolean {
  return id.startsWith(SUMMARY_NOTIFICATION);
}

/** The Seller Central page of an order. */
export function orderPageUrl(order: NewNotification['order']): string {
  return `https://${order.marketplace.host}/orders-v3/order/${encodeURIComponent(primaryOrderId(order))}`;
}

export function notificationContent(n: NewNotification, language: UiLanguage) {
  const id = primaryOrderId(n.order);
  return {
    title: language === 'fr' ? `Commande ${id}` : `Order ${id}`,
    message: kindLabel(n.kind, language),
  };
}

export function summaryContent(list: readonly NewNotification[], language: UiLanguage) {
  const counts = new Map<FindingKind, number>();
  for (const n of list) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  const lines = [...counts].map(([kind, count]) => `${kindLabel(kind, language)}: ${count}`);
  return {
    title:
      language === 'fr'
        ? `${list.length} commandes demandent une action`
        : `${list.length} orders need action`,
    message: lines.join('\n'),
  };
}

export function createBackground({ db, now, platform }: BackgroundDeps) {
  async function language(): Promise<UiLanguage> {
    return resolveLanguage((await loadSettings(db)).language, platform.uiLanguage());
  }

  async function refreshBadge(): Promise<BadgeState> {
    const state = badgeState(await countAttention(db), await language());
    await platform.setBadge(state);
    return state;
  }

  async function reschedule(): Promise<number> {
    const at = now().getTime();
    const earliest = await earliestReview(db);
    const wanted = earliest === undefined ? Number.POSITIVE_INFINITY : Date.parse(earliest);
    const when = Math.max(at + 1_000, Math.min(wanted, at + MAX_SLEEP_MS));
    await platform.scheduleReviewAt(when);
    return when;
  }

  async function show(list: readonly NewNotification[]): Promise<void> {
    if (list.length === 0) return;
    const lang = await language();
    if (list.length > GROUP_ABOVE) {
      await platform.notify(`${SUMMARY_NOTIFICATION}${now().toISOString()}`, summaryContent(list, lang));
      return;
    }
    for (const n of list)
      await platform.notify(orderNotificationId(n.key, n.kind), notificationContent(n, lang));
  }

  /** After any write: badge, next alarm, notifications (shown after the data is committed). */
  async function afterWrite(outcome: WriteOutcome): Promise<void> {
    await refreshBadge();
    await reschedule();
    await show(outcome.notify);
  }

  /** One alarm tick: finish an interrupted full re-assessment, then the due orders. */
  async function tick() {
    const resumed = await resumeReassessAll(db, now());
    const due = await reviewDue(db, now());
    await afterWrite({ notify: [...resumed.notify, ...due.notify] });
    return due;
  }

  async function digest(): Promise<number> {
    const list = await takeDigest(db);
    if (list.length > 0) {
      const lang = await language();
      const content =
        list.length === 1 && list[0] ? notificationContent(list[0], lang) : summaryContent(list, lang);
      const id = list.length === 1 && list[0] ? orderNotificationId(list[0].key, list[0].kind) : undefined;
      await platform.notify(id ?? `${SUMMARY_NOTIFICATION}${now().toISOString()}`, content);
    }
    return list.length;
  }

  /** Where a click on one of our notifications leads: the order's page, else the popup. */
  async function notificationTarget(id: string): Promise<'popup' | string | null> {
    if (isSummaryNotification(id)) return 'popup';
    const parsed = parseNotificationId(id);
    if (!parsed) return null;
    const row = await db.orders.get(parsed.key);
    return row ? orderPageUrl(row.order) : null;
  }

  return { refreshBadge, reschedule, afterWrite, tick, digest, notificationTarget };
}
export type Background = ReturnType<typeof createBackground>;
