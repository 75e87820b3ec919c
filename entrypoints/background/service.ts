import type { AppSettings } from '../../core/model/app-settings';
import { FINDING_KINDS, type FindingKind } from '../../core/model/finding';
import { orderPageUrl, primaryOrderId } from '../../core/model/order-key';
import { type BadgeState, badgeState, kindLabel, resolveLanguage, type UiLanguage } from './attention';
import { loadSettings, type McfDeskDb } from './db';
import {
  countAttention,
  earliestReview,
  markShown,
  type NewNotification,
  type PendingNotification,
  pendingNotifications,
  releaseDigest,
  releaseStaleBatches,
  resumeReassessAll,
  reviewDue,
} from './store';
import { BACKGROUND_TEXTS } from './texts';

// What the background does after a write or when an alarm wakes it, over an injected database,
// clock and platform (the browser APIs, faked in unit tests).

/** The browser as the background uses it. */
export interface Platform {
  setBadge(state: BadgeState): Promise<void>;
  notify(id: string, content: { title: string; message: string }): Promise<void>;
  /** (Re)sets the one-shot review alarm. */
  scheduleReviewAt(when: number): Promise<void>;
  uiLanguage(): string;
  /**
   * Hands the `uiLanguage` setting to the order-page overlay, which cannot read the database
   * (`browser.storage.local`, read by the overlay at each start).
   */
  publishUiLanguage?(setting: AppSettings['uiLanguage']): Promise<void>;
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

export function notificationContent(n: NewNotification, language: UiLanguage) {
  const id = primaryOrderId(n.order);
  return {
    title: BACKGROUND_TEXTS[language].orderTitle(id),
    message: kindLabel(n.kind, language),
  };
}

export function summaryContent(list: readonly NewNotification[], language: UiLanguage) {
  const counts = new Map<FindingKind, number>();
  for (const n of list) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  const lines = [...counts].map(([kind, count]) => `${kindLabel(kind, language)}: ${count}`);
  return {
    title: BACKGROUND_TEXTS[language].summaryTitle(list.length),
    message: lines.join('\n'),
  };
}

/** The notifications to show, grouped: many at once (an import, a long sleep) make one summary;
 *  a digest is always one notification. */
function notificationGroups(pending: readonly PendingNotification[]): PendingNotification[][] {
  const each = pending.filter((n) => n.pending === 'each');
  const digest = pending.filter((n) => n.pending === 'digest');
  const groups = each.length > GROUP_ABOVE ? [each] : each.map((n) => [n]);
  if (digest.length > 0) groups.push(digest);
  return groups;
}

export function createBackground({ db, now, platform }: BackgroundDeps) {
  /** The setting last handed to the overlay by this worker: written again only when it changes. */
  let published: string | undefined;
  async function language(): Promise<UiLanguage> {
    const { uiLanguage } = await loadSettings(db);
    if (uiLanguage !== published) {
      await platform.publishUiLanguage?.(uiLanguage);
      published = uiLanguage;
    }
    return resolveLanguage(uiLanguage, platform.uiLanguage());
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

  /**
   * Shows the notifications decided but not shown yet, from the database (so that one decided
   * just before the worker stopped is shown on its next tick or start), and marks each shown once
   * `notifications.create` has resolved. One at a time within this worker, so two callers never
   * show the same pending row twice. Returns how many orders' notifications were shown.
   */
  let showing: Promise<unknown> = Promise.resolve();
  function showPending(): Promise<number> {
    const run = showing.then(showPendingNow);
    showing = run.catch(() => undefined);
    return run;
  }

  async function showPendingNow(): Promise<number> {
    const pending = await pendingNotifications(db);
    if (pending.length === 0) return 0;
    const lang = await language();
    for (const group of notificationGroups(pending)) {
      const [single] = group;
      if (group.length === 1 && single) {
        await platform.notify(
          orderNotificationId(single.key, single.kind),
          notificationContent(single, lang),
        );
      } else {
        await platform.notify(`${SUMMARY_NOTIFICATION}${now().toISOString()}`, summaryContent(group, lang));
      }
      await markShown(db, group);
    }
    return pending.length;
  }

  /**
   * After any write: badge, next alarm, and every pending notification, read from the database
   * (shown after the data is committed): what is shown is what the write recorded as pending (rows
   * held for an unfinished import batch are not).
   */
  async function afterWrite(): Promise<void> {
    // The badge and the next alarm only read: side by side (each tick pays for this).
    await Promise.all([refreshBadge(), reschedule()]);
    await showPending();
  }

  /** One alarm tick (and each start): finish an interrupted full re-assessment, then the due
   *  orders, release the notifications of import batches that never finished, then show what is
   *  pending (including what a stopped worker never showed). */
  async function tick() {
    await releaseStaleBatches(db, now());
    await resumeReassessAll(db, now());
    const due = await reviewDue(db, now());
    await afterWrite();
    return due;
  }

  /** The daily digest: what waited for it is shown as one notification. Returns how many. */
  async function digest(): Promise<number> {
    const released = await releaseDigest(db);
    if (released > 0) await showPending();
    return released;
  }

  /** Where a click on one of our notifications leads: the order's page, else the popup. */
  async function notificationTarget(id: string): Promise<'popup' | string | null> {
    if (isSummaryNotification(id)) return 'popup';
    const parsed = parseNotificationId(id);
    if (!parsed) return null;
    const row = await db.orders.get(parsed.key);
    return row ? orderPageUrl(row.order) : null;
  }

  return { refreshBadge, reschedule, afterWrite, showPending, tick, digest, notificationTarget };
}
export type Background = ReturnType<typeof createBackground>;
