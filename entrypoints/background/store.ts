import Dexie from 'dexie';
import type { Claim } from '../../core/claims/claim';
import { listingOf } from '../../core/export/order-listing';
import { type Change, type Conflict, type MergeResult, mergeOrder } from '../../core/merge/merge-order';
import type { AppSettings } from '../../core/model/app-settings';
import type { FindingKind } from '../../core/model/finding';
import { type Order, orderKey } from '../../core/model/order';
import type { Source } from '../../core/model/primitives';
import { assessOrder } from '../../core/policy/assess';
import { type BadgeCounts, deriveAssessmentRow, isMuteActive } from './attention';
import type {
  AssessmentFields,
  AssessmentRow,
  CounterRow,
  HeldShow,
  HistoryRow,
  McfDeskDb,
  MuteRow,
  NotifiedRow,
  OrderData,
  OrderRow,
  PendingShow,
} from './db';
import { claimOf, idEntries, isAmazonOrderId, loadSettings, NOT_ASSESSED, orderDataOf, rowIds } from './db';
import { parseProgress, REASSESS_CURSOR, REASSESS_PROGRESS } from './reassess-progress';
import { shippedMark } from './shipped-mark';

// Database operations of the background, with the database and `now` passed in (no hidden clock).
// Each write runs in one transaction and records, in it, the notifications it decided to raise
// (`pending`); the caller shows the pending ones once the transaction has committed and marks them
// shown only after the browser has shown them (`pendingNotifications`, `markShown`).

/** Kinds that raise a system notification when an order enters them (issue 5). */
export const NOTIFY_KINDS: ReadonlySet<FindingKind> = new Set([
  'not-shipped-by-edd',
  'lost-claimable',
  'damaged-claimable',
  'unfulfillable',
  'claim-unpaid',
  'claim-refused',
]);

export interface NewNotification {
  key: string;
  kind: FindingKind;
  order: Order;
}

export interface WriteOutcome {
  /** Notifications recorded to show now (settings `each`, stored as pending); digest ones wait
   *  for the digest, `off` ones are only recorded as raised. */
  notify: NewNotification[];
}

export interface StoreResult extends WriteOutcome {
  created: number;
  updated: number;
  unchanged: number;
  /** Per input order, in order: its key and whether anything was written for it. */
  results: { key: string; changed: boolean }[];
}

/** Every table a write and its re-assessment touch: one transaction over these is all or nothing. */
export const WRITE_TABLES = [
  'orders',
  'history',
  'mutes',
  'notified',
  'settings',
  'meta',
  'counters',
  // An order's assessment reads its claims (claim-filed … claim-refused replace its claim finding).
  'claims',
] as const;

type Counted = Pick<AssessmentFields, 'urgency' | 'kinds'>;

function contribution(row: Counted | undefined, sign: number, into: Map<string, number>): void {
  if (!row) return;
  const bump = (id: string) => into.set(id, (into.get(id) ?? 0) + sign);
  if (row.urgency === 2) bump('action');
  else if (row.urgency === 1) bump('warning');
  for (const kind of row.kinds) bump(kind);
}

/** The counter rows moved by replacing `previous` assessments with `next` ones (none if no move). */
function movedCounters(
  previous: readonly (Counted | undefined)[],
  next: readonly Counted[],
  counters: ReadonlyMap<string, number>,
): CounterRow[] {
  const delta = new Map<string, number>();
  for (const row of previous) contribution(row, -1, delta);
  for (const row of next) contribution(row, 1, delta);
  return [...delta].flatMap(([id, d]) => (d === 0 ? [] : [{ id, n: (counters.get(id) ?? 0) + d }]));
}

async function allCounters(db: McfDeskDb): Promise<Map<string, number>> {
  return new Map((await db.counters.toArray()).map((c) => [c.id, c.n]));
}

/** Rebuilds the counters from the indexes (after an update of the extension, or a repair). */
export async function recountAttention(db: McfDeskDb): Promise<void> {
  await db.transaction('rw', ['orders', 'counters'], async () => {
    const rows: { id: string; n: number }[] = [
      { id: 'action', n: await db.orders.where('attention').startsWith('0|').count() },
      { id: 'warning', n: await db.orders.where('attention').startsWith('1|').count() },
    ];
    for (const kind of (await db.orders.orderBy('kinds').uniqueKeys()) as string[]) {
      rows.push({ id: kind, n: await db.orders.where('kinds').equals(kind).count() });
    }
    await db.counters.clear();
    await db.counters.bulkPut(rows);
  });
}

async function mutesOf(db: McfDeskDb, keys: readonly string[]): Promise<Map<string, MuteRow[]>> {
  const byKey = new Map<string, MuteRow[]>();
  if (keys.length === 0) return byKey;
  for (const mute of await db.mutes
    .where('key')
    .anyOf([...keys])
    .toArray()) {
    const list = byKey.get(mute.key) ?? [];
    list.push(mute);
    byKey.set(mute.key, list);
  }
  return byKey;
}

/** The claims of the given orders, per order key (one read of the claims' multi-entry index). */
async function claimsOf(db: McfDeskDb, keys: readonly string[]): Promise<Map<string, Claim[]>> {
  const byKey = new Map<string, Claim[]>();
  if (keys.length === 0) return byKey;
  for (const row of await db.claims
    .where('orderKeys')
    .anyOf([...keys])
    .distinct()
    .toArray()) {
    const claim = claimOf(row);
    for (const key of row.orderKeys) byKey.set(key, [...(byKey.get(key) ?? []), claim]);
  }
  return byKey;
}

interface Assessed {
  row: AssessmentRow;
  order: Order;
}

/** The notification-worthy kinds the assessed orders are in (raised once per order and kind). */
function notifyCandidates(assessed: readonly Assessed[]): NewNotification[] {
  return assessed.flatMap(({ row, order }) =>
    row.kinds.filter((kind) => NOTIFY_KINDS.has(kind)).map((kind) => ({ key: row.key, kind, order })),
  );
}

/**
 * Of the candidates, those the order has just entered (never twice per order and kind): the rows
 * to record and those to show now. Muted kinds are not announced (they are not in `kinds`).
 */
async function freshEntries(
  db: McfDeskDb,
  candidates: readonly NewNotification[],
  settings: AppSettings,
  now: Date,
  hold?: string,
): Promise<{ rows: NotifiedRow[]; show: NewNotification[] }> {
  if (candidates.length === 0) return { rows: [], show: [] };
  const known = await db.notified.bulkGet(candidates.map((c) => [c.key, c.kind] as [string, FindingKind]));
  const fresh = candidates.filter((_, i) => known[i] === undefined);
  const at = now.toISOString();
  const rows = fresh.map((c): NotifiedRow => {
    const row: NotifiedRow = { key: c.key, kind: c.kind, at };
    if (settings.notifications === 'digest') row.digest = 1;
    else if (settings.notifications === 'each') row.pending = hold === undefined ? 'each' : heldFor(hold);
    return row;
  });
  return { rows, show: settings.notifications === 'each' && hold === undefined ? fresh : [] };
}

/** An order row to (re-)assess, with what its stored row counted before (none if new). */
interface ToAssess {
  data: OrderData;
  previous: Counted | undefined;
}

/**
 * Assesses orders (with their mutes and the settings in force) and writes, in the caller's
 * transaction, each order with its assessment (`writeOrders`, so that the caller chooses add or
 * put), the counters moved and the notifications raised, issuing all reads at once and then all
 * writes at once.
 */
async function assessAndWrite(
  db: McfDeskDb,
  rows: readonly ToAssess[],
  settings: AppSettings,
  now: Date,
  writeOrders: (assessed: OrderRow[]) => unknown[],
  hold?: string,
): Promise<WriteOutcome> {
  const keys = rows.map((r) => r.data.key);
  const [mutes, claims, counters] = await Promise.all([
    mutesOf(db, keys),
    claimsOf(db, keys),
    allCounters(db),
  ]);
  const assessed = rows.map(({ data }) => ({
    row: assess(data, mutes.get(data.key) ?? [], claims.get(data.key) ?? [], settings, now),
    order: data.order,
  }));
  const next = assessed.map((a) => a.row);
  const entries = await freshEntries(db, notifyCandidates(assessed), settings, now, hold);
  const moved = movedCounters(
    rows.map((r) => r.previous),
    next,
    counters,
  );
  await Promise.all([
    ...writeOrders(
      rows.map(({ data }, i) => {
        const { key: _key, ...fields } = next[i] as AssessmentRow;
        // The dashboard table's indexes follow the order and its assessment (schema v11).
        const listing = listingOf(data.key, data.order, fields.assessment, fields.kinds);
        return { ...orderDataOf(data), ...fields, listing };
      }),
    ),
    moved.length > 0 && db.counters.bulkPut(moved),
    entries.rows.length > 0 && db.notified.bulkPut(entries.rows),
  ]);
  return { notify: entries.show };
}

function assess(
  { key, order }: Pick<OrderData, 'key' | 'order'>,
  mutes: readonly MuteRow[],
  claims: readonly Claim[],
  settings: AppSettings,
  now: Date,
): AssessmentRow {
  const row = deriveAssessmentRow(key, assessOrder(order, now, settings, claims), mutes, now);
  // Derived with the assessment, so the claim-rate gauge's index follows every write of the order.
  const shipped = shippedMark(order);
  if (shipped !== undefined) row.shipped = shipped;
  return row;
}

/** Keeps the latest conflict per path; drops those the seller or an agreeing source resolved. */
function nextConflicts(
  previous: readonly Conflict[],
  order: Order,
  fresh: readonly Conflict[],
  agreements: readonly string[],
): Conflict[] {
  const byPath = new Map(previous.map((c) => [c.path, c]));
  for (const path of agreements) byPath.delete(path);
  for (const conflict of fresh) byPath.set(conflict.path, conflict);
  for (const [path, conflict] of byPath) {
    if (order.provenance[path]?.source !== 'user' || !sameJson(readPath(order, path), conflict.kept)) {
      byPath.delete(path);
    }
  }
  return [...byPath.values()];
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function readPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * Two orders that cannot be the same although they share an id: both have a
 * `sellerFulfillmentOrderId` of the same kind (two Amazon ids, or two seller ids), and they differ.
 * Either kind is unique per account, so only the same order can share both.
 */
function distinctOrders(a: Order, b: Order): boolean {
  const x = a.sellerFulfillmentOrderId;
  const y = b.sellerFulfillmentOrderId;
  return x !== undefined && y !== undefined && x !== y && isAmazonOrderId(x) === isAmazonOrderId(y);
}

/**
 * The order an observation sharing ids with several stored orders belongs to: the only candidate,
 * else the only one sharing a shipment id or a tracking number with it, else none (two Amazon
 * orders may share the seller's id, e.g. a replacement: never guess, the observation is stored as
 * an order of its own).
 */
function onlyCandidate(candidates: readonly OrderRow[], observed: Order): OrderRow | undefined {
  if (candidates.length <= 1) return candidates[0];
  const marks = shipmentMarks(observed);
  const matching = candidates.filter((row) => shipmentMarks(row.order).some((mark) => marks.includes(mark)));
  return matching.length === 1 ? matching[0] : undefined;
}

/** An order's shipment ids and tracking numbers. */
function shipmentMarks(order: Order): string[] {
  return order.shipments.flatMap((shipment) => [
    ...(shipment.amazonShipmentId ? [`shipment:${shipment.amazonShipmentId}`] : []),
    ...shipment.packages.flatMap((pkg) => (pkg.trackingNumber ? [`tracking:${pkg.trackingNumber}`] : [])),
  ]);
}

/**
 * An observation merged into an order found by a shared id: when the stored order already has
 * Amazon's id and the observation (an SP-API payload) names the seller's id as its
 * `sellerFulfillmentOrderId`, the seller's id is read as the displayable id it is, and Amazon's
 * stays.
 */
function alignIds(stored: Order, incoming: Order): Order {
  const seller = incoming.sellerFulfillmentOrderId;
  if (!isAmazonOrderId(stored.sellerFulfillmentOrderId) || seller === undefined || isAmazonOrderId(seller)) {
    return incoming;
  }
  return {
    ...incoming,
    sellerFulfillmentOrderId: stored.sellerFulfillmentOrderId,
    displayableOrderId: incoming.displayableOrderId ?? seller,
  };
}

/**
 * Amazon's id takes the place of the seller's in `sellerFulfillmentOrderId` whatever the sources'
 * ranks (a report after an API payload): it is what Seller Central's links and search use. The
 * seller's id then fills `displayableOrderId` if that is empty; the key does not change.
 */
function adoptAmazonId(merged: MergeResult, incoming: Order, source: Source, at: string): void {
  const amazon = incoming.sellerFulfillmentOrderId;
  const order = merged.order;
  const before = order.sellerFulfillmentOrderId;
  if (!isAmazonOrderId(amazon) || before === amazon || isAmazonOrderId(before)) return;
  order.sellerFulfillmentOrderId = amazon;
  order.provenance.sellerFulfillmentOrderId = { source, seenAt: at };
  const change: Change = { path: 'sellerFulfillmentOrderId', to: amazon, source, seenAt: at };
  if (before !== undefined) change.from = before;
  merged.changes.push(change);
  if (before !== undefined && order.displayableOrderId === undefined) {
    order.displayableOrderId = before;
    order.provenance.displayableOrderId = { source, seenAt: at };
    merged.changes.push({ path: 'displayableOrderId', to: before, source, seenAt: at });
  }
}

/**
 * Merges a batch of observations of one source in ONE transaction, exactly as a page reading is
 * merged: page visits, report imports and API payloads all go through here. Batched: one read of
 * the stored orders (and one indexed query by id for the unknown keys), the merge in memory, then
 * every write of the batch (orders, history, assessments, counters, notifications) issued at once.
 *
 * An observation whose key is unknown joins the stored order of the same account and country that
 * shares one of its ids (`sellerFulfillmentOrderId` or `displayableOrderId`, either way round),
 * under that order's key: keys never change. When several stored orders share its ids, it joins
 * only the one with a shipment id or tracking number in common, if exactly one; else it is stored
 * under its own key (`onlyCandidate`).
 */
export async function storeObservations(
  db: McfDeskDb,
  orders: readonly Order[],
  source: Source,
  now: Date,
  options: StoreOptions = {},
): Promise<StoreResult> {
  try {
    return await storeBatch(db, orders, source, now, 'by-ids', options);
  } catch (error) {
    // An order row without its `ids` (written by something else than this module) was missed by
    // the indexed read, and the batch, which would have replaced it, rolled back: read by key too.
    if (!(error instanceof MissedRow)) throw error;
    return storeBatch(db, orders, source, now, 'by-key-and-ids', options);
  }
}

export interface StoreOptions {
  /**
   * A chunk of an import batch that is not its last: the notifications it raises are recorded
   * held for that batch (`pending: 'batch:<id>'`, so a stopped worker does not lose them), not
   * shown; `releaseBatch` makes them pending when the last chunk arrives.
   */
  hold?: string;
}

export function heldFor(batchId: string): HeldShow {
  return `batch:${batchId}`;
}

/** Thrown inside the batch's transaction (which it aborts) when a "new" order already existed. */
class MissedRow extends Error {}

async function storeBatch(
  db: McfDeskDb,
  orders: readonly Order[],
  source: Source,
  now: Date,
  read: 'by-ids' | 'by-key-and-ids',
  { hold }: StoreOptions,
): Promise<StoreResult> {
  return db.transaction('rw', WRITE_TABLES, async () => {
    const at = now.toISOString();
    const keys = orders.map((o) => orderKey(o));
    /** Orders as they stand in this batch (stored, or written by an earlier observation of it). */
    const current = new Map<string, OrderRow>();
    /** Id entry → keys of the orders that hold it (several: e.g. a replacement order). */
    const byId = new Map<string, Set<string>>();
    const remember = (row: OrderRow) => {
      current.set(row.key, row);
      for (const id of row.ids ?? [row.key]) {
        const keys = byId.get(id) ?? new Set<string>();
        keys.add(row.key);
        byId.set(id, keys);
      }
    };
    // Every row's `ids` holds its key: one indexed read finds the orders under the batch's keys
    // and those sharing one of its ids. (Rows written without `ids`: `by-key-and-ids`.)
    const [settings, byKey, sharing] = await Promise.all([
      loadSettings(db),
      read === 'by-key-and-ids' ? db.orders.bulkGet(keys) : [],
      db.orders
        .where('ids')
        .anyOf([...new Set(orders.flatMap((o, i) => [keys[i] as string, ...idEntries(o)]))])
        .toArray(),
    ]);
    for (const row of byKey) if (row) remember(row);
    for (const row of sharing) if (!current.has(row.key)) remember(row);
    /** The rows as stored before this batch (their assessment is what the counters hold). */
    const storedRows = new Map(current);
    const findShared = (observed: Order): OrderRow | undefined => {
      const candidates = new Set<OrderRow>();
      for (const id of idEntries(observed)) {
        for (const key of byId.get(id) ?? []) {
          const row = current.get(key);
          if (row && !distinctOrders(row.order, observed)) candidates.add(row);
        }
      }
      return onlyCandidate([...candidates], observed);
    };

    const out: StoreResult = { created: 0, updated: 0, unchanged: 0, results: [], notify: [] };
    const writtenOrders = new Map<string, OrderData>();
    const history: HistoryRow[] = [];
    for (const [i, observed] of orders.entries()) {
      let key = keys[i] as string;
      let stored = current.get(key);
      let incoming = observed;
      if (!stored) {
        stored = findShared(observed);
        if (stored) key = stored.key;
      }
      if (stored) incoming = alignIds(stored.order, observed);
      const merged = mergeOrder(stored?.order, incoming, source, at);
      if (stored) adoptAmazonId(merged, incoming, source, at);
      const conflicts = nextConflicts(
        stored?.conflicts ?? [],
        merged.order,
        merged.conflicts,
        merged.agreements,
      );
      const newConflicts = merged.conflicts.filter(
        (c) => !stored?.conflicts.some((p) => p.path === c.path && sameJson(p.observed, c.observed)),
      );
      const conflictsMoved = !sameJson(conflicts, stored?.conflicts ?? []);
      const changed =
        !stored ||
        merged.changes.length > 0 ||
        merged.promoted.length > 0 ||
        newConflicts.length > 0 ||
        conflictsMoved;
      out.results.push({ key, changed });
      if (!changed) {
        out.unchanged++;
        continue;
      }
      if (stored) out.updated++;
      else out.created++;
      const row: OrderRow = {
        ...(stored ?? NOT_ASSESSED),
        key,
        order: merged.order,
        conflicts,
        firstSeenAt: stored?.firstSeenAt ?? at,
        updatedAt: at,
        ids: rowIds(key, merged.order, stored?.ids),
      };
      // A creation is recorded on the row (`created`), not as a history row: a new order has no
      // conflict yet, and its first values and their sources are the row's `provenance`.
      if (!stored) row.created = { source, fields: merged.changes.length };
      remember(row);
      writtenOrders.set(key, row);
      if (stored && (merged.changes.length > 0 || newConflicts.length > 0)) {
        history.push({ key, at, source, changes: merged.changes, conflicts: newConflicts });
      }
    }
    if (writtenOrders.size === 0) return out;
    const written = [...writtenOrders.values()].map((data) => ({
      data,
      previous: storedRows.get(data.key),
    }));
    const outcome = await assessAndWrite(
      db,
      written,
      settings,
      now,
      (assessed) => {
        const created = assessed.filter((row) => !storedRows.has(row.key));
        const updated = assessed.filter((row) => storedRows.has(row.key));
        return [
          // `bulkAdd`: an order that exists after all is never overwritten by a "new" one.
          created.length > 0 &&
            db.orders.bulkAdd(created).catch((error: unknown) => {
              throw error instanceof Dexie.BulkError ? new MissedRow() : error;
            }),
          updated.length > 0 && db.orders.bulkPut(updated),
          history.length > 0 && db.history.bulkAdd(history),
        ];
      },
      hold,
    );
    out.notify = outcome.notify;
    return out;
  });
}

/** Re-assesses the given orders (their mutes and the settings in force) and writes the results. */
export async function reassessKeys(
  db: McfDeskDb,
  keys: readonly string[],
  settings: AppSettings,
  now: Date,
): Promise<WriteOutcome> {
  const rows = (await db.orders.bulkGet([...keys])).filter((r): r is OrderRow => r !== undefined);
  return reassessRows(db, rows, settings, now);
}

/**
 * Re-assesses stored rows. A row whose assessment and listing come out as stored is not written
 * again (its `assessedAt` stays that of the last change): after a settings change most orders
 * do not move, and a write with its dozen index entries costs far more than the comparison.
 */
async function reassessRows(
  db: McfDeskDb,
  rows: readonly OrderRow[],
  settings: AppSettings,
  now: Date,
): Promise<WriteOutcome> {
  return assessAndWrite(
    db,
    rows.map((row) => ({ data: row, previous: row })),
    settings,
    now,
    (assessed) => {
      const moved = assessed.filter((row, i) => !sameAssessment(rows[i], row));
      return [moved.length > 0 && db.orders.bulkPut(moved)];
    },
  );
}

function sameAssessment(stored: OrderRow | undefined, next: OrderRow): boolean {
  return (
    stored !== undefined &&
    stored.urgency === next.urgency &&
    stored.attention === next.attention &&
    stored.nextReviewAt === next.nextReviewAt &&
    stored.kinds.join() === next.kinds.join() &&
    sameJson(stored.assessment, next.assessment) &&
    sameJson(stored.listing, next.listing)
  );
}

/**
 * Re-assesses one order now (after a mute or typed fields). Called inside the transaction of the
 * write it follows (over `WRITE_TABLES`), it joins it: the write and its assessment commit together.
 */
export async function reassessOrder(db: McfDeskDb, key: string, now: Date): Promise<WriteOutcome> {
  return db.transaction('rw', WRITE_TABLES, async () => reassessKeys(db, [key], await loadSettings(db), now));
}

export interface ReviewResult extends WriteOutcome {
  reviewed: number;
}

/**
 * One alarm tick: re-assesses only the orders whose review time has come (indexed query), in
 * batches, each batch one transaction; the cost follows the due orders, not the table.
 */
export async function reviewDue(db: McfDeskDb, now: Date, batchSize = 500): Promise<ReviewResult> {
  const nowIso = now.toISOString();
  const result: ReviewResult = { reviewed: 0, notify: [] };
  for (;;) {
    const batch = await db.transaction('rw', WRITE_TABLES, async () => {
      const keys = (await db.orders
        .where('nextReviewAt')
        .belowOrEqual(nowIso)
        .limit(batchSize)
        .primaryKeys()) as string[];
      if (keys.length === 0) return null;
      const outcome = await reassessKeys(db, keys, await loadSettings(db), now);
      return { count: keys.length, outcome };
    });
    if (!batch) return result;
    result.reviewed += batch.count;
    result.notify.push(...batch.outcome.notify);
    if (batch.count < batchSize) return result;
  }
}

/**
 * Re-assesses every order (after a change of the policy settings), in key order, one batch per
 * transaction; the cursor is stored, so a pass cut short by the worker stopping resumes on the
 * next tick (`resumeReassessAll`).
 */
export async function reassessAll(db: McfDeskDb, now: Date, batchSize = 2000): Promise<ReviewResult> {
  await startReassessAll(db);
  return resumeReassessAll(db, now, batchSize);
}

/** Asks for a full re-assessment (from the first order). Inside the transaction that changes the
 *  settings, so that a worker stopped right after still resumes it on its next tick. */
export async function startReassessAll(db: McfDeskDb): Promise<void> {
  await db.meta.bulkPut([
    { id: REASSESS_CURSOR, value: '' },
    { id: REASSESS_PROGRESS, value: null },
  ]);
}

/**
 * Runs the requested pass to its end, one key range per transaction (the rows read whole in one
 * range read), moving the cursor and the progress the dashboard shows (`reassess-progress.ts`).
 */
export async function resumeReassessAll(db: McfDeskDb, now: Date, batchSize = 2000): Promise<ReviewResult> {
  const result: ReviewResult = { reviewed: 0, notify: [] };
  // Every tick asks: a read of one row, not a write transaction over every table, when none runs.
  const asked = await db.meta.get(REASSESS_CURSOR);
  if (!asked || asked.value === null) return result;
  for (;;) {
    const done = await db.transaction('rw', WRITE_TABLES, async () => {
      const [cursor, progressRow] = await db.meta.bulkGet([REASSESS_CURSOR, REASSESS_PROGRESS]);
      if (!cursor || cursor.value === null) return true;
      const progress = parseProgress(progressRow?.value) ?? { done: 0, total: await db.orders.count() };
      const rows = await db.orders.where(':id').above(cursor.value).limit(batchSize).toArray();
      const outcome = await reassessRows(db, rows, await loadSettings(db), now);
      result.reviewed += rows.length;
      result.notify.push(...outcome.notify);
      const last = rows.at(-1)?.key;
      const finished = rows.length < batchSize || last === undefined;
      const moved = {
        done: progress.done + rows.length,
        total: Math.max(progress.total, progress.done + rows.length),
      };
      await db.meta.bulkPut([
        { id: REASSESS_CURSOR, value: finished ? null : last },
        { id: REASSESS_PROGRESS, value: finished ? null : JSON.stringify(moved) },
      ]);
      return finished;
    });
    if (done) return result;
  }
}

/** Badge figures, from the counters kept on write. */
export async function countAttention(db: McfDeskDb): Promise<BadgeCounts> {
  const perKind: BadgeCounts['perKind'] = {};
  let action = 0;
  let warning = 0;
  for (const { id, n } of await db.counters.toArray()) {
    if (id === 'action') action = n;
    else if (id === 'warning') warning = n;
    else if (n > 0) perKind[id as FindingKind] = n;
  }
  return { action, warning, perKind };
}

/** The earliest review time, to wake the worker then. */
export async function earliestReview(db: McfDeskDb): Promise<string | undefined> {
  // The index's key alone: the first row would be read whole.
  const [first] = (await db.orders.orderBy('nextReviewAt').limit(1).keys()) as string[];
  return first;
}

/**
 * The daily digest is due: the notifications waiting for it become pending, to be shown as one
 * digest (and marked shown only once shown). Returns how many.
 */
export async function releaseDigest(db: McfDeskDb): Promise<number> {
  return db.transaction('rw', ['notified'], async () => {
    const waiting = await db.notified.where('digest').equals(1).toArray();
    await db.notified.bulkPut(
      waiting.map(({ digest: _waiting, ...row }) => ({ ...row, pending: 'digest' as const })),
    );
    return waiting.length;
  });
}

/**
 * The last chunk of an import batch has been stored: the notifications held for the batch become
 * pending (shown with the last chunk's, grouped when many). Returns how many.
 */
export async function releaseBatch(db: McfDeskDb, batchId: string): Promise<number> {
  return db.transaction('rw', ['notified'], () =>
    db.notified
      .where('pending')
      .equals(heldFor(batchId))
      .modify((row) => {
        row.pending = 'each';
      }),
  );
}

/** A batch whose last chunk has not arrived this long after its latest chunk never will. */
export const STALE_BATCH_MS = 10 * 60_000;

/**
 * Releases the notifications held for import batches that never finished (the page closed, a
 * chunk failed): those of a batch whose latest held row is older than `STALE_BATCH_MS`. Returns
 * how many.
 */
export async function releaseStaleBatches(db: McfDeskDb, now: Date): Promise<number> {
  return db.transaction('rw', ['notified'], async () => {
    const held = await db.notified.where('pending').startsWith('batch:').toArray();
    if (held.length === 0) return 0;
    const latest = new Map<string, string>();
    for (const row of held) {
      const batch = row.pending as string;
      if ((latest.get(batch) ?? '') < row.at) latest.set(batch, row.at);
    }
    const cutoff = new Date(now.getTime() - STALE_BATCH_MS).toISOString();
    const stale = held.filter((row) => (latest.get(row.pending as string) as string) <= cutoff);
    await db.notified.bulkPut(stale.map((row) => ({ ...row, pending: 'each' as const })));
    return stale.length;
  });
}

export interface PendingNotification extends NewNotification {
  pending: PendingShow;
}

/**
 * Notifications decided but not shown yet (indexed query, usually empty). Those whose order is
 * gone, or all of them when notifications are now off, are dropped (marked shown) here.
 */
export async function pendingNotifications(db: McfDeskDb): Promise<PendingNotification[]> {
  return db.transaction('rw', ['notified', 'orders', 'settings'], async () => {
    const rows = await db.notified.where('pending').anyOf(['each', 'digest']).toArray();
    if (rows.length === 0) return [];
    const off = (await loadSettings(db)).notifications === 'off';
    const orders = off ? [] : await db.orders.bulkGet(rows.map((r) => r.key));
    const out: PendingNotification[] = [];
    const dropped: NotifiedRow[] = [];
    rows.forEach((row, i) => {
      const order = orders[i];
      if (order && (row.pending === 'each' || row.pending === 'digest'))
        out.push({ key: row.key, kind: row.kind, order: order.order, pending: row.pending });
      else dropped.push(row);
    });
    await markShown(db, dropped);
    return out;
  });
}

/** Once the browser has shown them: these notifications are never shown again. */
export async function markShown(
  db: McfDeskDb,
  shown: readonly Pick<NotifiedRow, 'key' | 'kind'>[],
): Promise<void> {
  if (shown.length === 0) return;
  // `modify` only touches rows still there (a deletion of all data in between stays a deletion).
  await db.notified
    .where('[key+kind]')
    .anyOf(shown.map((n) => [n.key, n.kind]))
    .modify((row) => {
      delete row.pending;
    });
}

export function activeMutes(mutes: readonly MuteRow[], now: Date): MuteRow[] {
  const nowIso = now.toISOString();
  return mutes.filter((m) => isMuteActive(m, nowIso));
}
