import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Claim } from '../../core/claims/claim';
import { listingOf, type OrderListing } from '../../core/export/order-listing';
import type { Change, Conflict } from '../../core/merge/merge-order';
import { rowIds } from '../../core/merge/order-ids';
import { type AppSettings, DEFAULT_APP_SETTINGS, repairSettings } from '../../core/model/app-settings';
import type { Assessment, FindingKind } from '../../core/model/finding';
import type { Order } from '../../core/model/order';
import type { Source } from '../../core/model/primitives';
import type { LearnedRule } from '../../core/teach/learned-rule';
import { DB_NAME, SCHEMA_V2, SCHEMA_V4, SCHEMA_V6, SCHEMA_V7, SCHEMA_V10, SCHEMA_V11 } from './db-schema';
import { shippedMark } from './shipped-mark';

export {
  DB_NAME,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
  SCHEMA_V10,
  SCHEMA_V11,
} from './db-schema';

// The background's memory (IndexedDB through Dexie). Nothing lives only in the service worker's
// memory: MV3 stops idle workers at any moment, so every fact the next wake-up needs is here.

/** The order itself, as merged from every observation (what a backup keeps of a row). */
export interface OrderData {
  key: string;
  order: Order;
  /** Fields where another source disagrees with what the seller typed (latest per path). */
  conflicts: Conflict[];
  firstSeenAt: string;
  updatedAt: string;
  /**
   * Every id the order has been seen under, as `<merchantId|->/<country>/<id>` (the shape of a
   * key), multi-entry indexed (schema v4): an observation whose key is unknown finds the order
   * that shares one of its ids (an API order keyed by the seller's id, then visited under
   * Amazon's id). Only grows; always holds the key itself. Absent on rows written before v4
   * until the upgrade fills it.
   */
  ids?: string[];
  /**
   * The observation that created the order (schema v7), when this version created it: its source
   * and how many fields it set (its time is `firstSeenAt`). It replaced a history row per created
   * order, which an import of 40,000 orders paid for in IndexedDB writes.
   */
  created?: { source: Source; fields: number };
}

/**
 * The current assessment of an order, with the fields the badge, the lists and the scheduler
 * query, maintained on every write so that none of them scans the table. Since schema v7 they
 * live in the order's own row (indexed there): one IndexedDB write per order instead of two,
 * which is most of what an import costs.
 */
export interface AssessmentFields {
  assessment: Assessment;
  assessedAt: string;
  /** When to look again: the engine's `nextReviewAt`, or the end of a snooze if sooner. Absent
   *  (not indexed) when nothing can change without new data. */
  nextReviewAt?: string;
  /** Highest severity rank of the unmuted findings: 0 none/info, 1 warning, 2 action. */
  urgency: number;
  /** Sort key of the attention list, `<0 action|1 warning>|<startedOn>`; absent when urgency < 1. */
  attention?: string;
  /** Kinds of the unmuted warning/action findings (multi-entry index: counts per kind). */
  kinds: FindingKind[];
  /**
   * `<region>|<ship day>` of a shipped order (schema v10, indexed): the claim-rate gauge counts the
   * orders a region shipped in 180 days as one index range, never by reading the orders. Derived
   * from the order with its assessment (`shippedMark`); absent while nothing shipped.
   */
  shipped?: string;
  /**
   * The dashboard table's sort keys, search terms and finding kinds (schema v11, indexed):
   * derived from the order with its assessment (`listingOf`); a page of the table is one range
   * read of one of these indexes. Absent only on rows written before v11 until the upgrade.
   */
  listing?: OrderListing;
}

/** An assessment with the key of its order (what `deriveAssessmentRow` returns). */
export interface AssessmentRow extends AssessmentFields {
  key: string;
}

/** A stored order: its data and its current assessment. */
export interface OrderRow extends OrderData, AssessmentFields {}

/**
 * A row without its assessment (derived: a backup leaves it out, a write replaces it whole, so
 * that no optional field of an older assessment survives a newer one).
 */
export function orderDataOf(row: OrderData & Partial<AssessmentFields>): OrderData {
  const {
    assessment: _assessment,
    assessedAt: _assessedAt,
    nextReviewAt: _nextReviewAt,
    urgency: _urgency,
    attention: _attention,
    kinds: _kinds,
    shipped: _shipped,
    listing: _listing,
    ...data
  } = row;
  return data;
}

/**
 * Append-only: one row per observation that changed a stored order or disagreed with the seller.
 *
 * Since schema v7 the observation that CREATED an order writes no row: the order row records it
 * (`OrderData.created`, time `firstSeenAt`) and holds the first values with, in its `provenance`,
 * the source and time each was first seen; every later change records its `from`, so the first
 * values stay recoverable. Rows written before v7 carry a creation as one compact row
 * (`created: true`, `fields`, no `changes`), and before v5 as one change per field; readers take
 * all three.
 */
export interface HistoryRow {
  id?: number;
  key: string;
  at: string;
  source: Source;
  /** The order did not exist before this observation (compact row: `changes` is empty). */
  created?: true;
  /** On a `created` row: how many fields the observation set. */
  fields?: number;
  changes: Change[];
  conflicts: Conflict[];
}

export interface ChecklistRow {
  key: string;
  steps: Record<string, { done: boolean; at: string; note?: string }>;
}

/** A snoozed (`until`) or dismissed (`until: null`) finding kind of one order. */
export interface MuteRow {
  key: string;
  kind: FindingKind;
  until: string | null;
  at: string;
}

/**
 * Notifications raised: never twice for the same order and kind. A row is written with the
 * assessment that raised it (same transaction), `pending` until `notifications.create` has
 * resolved: a worker stopped in between shows it on its next tick or start, not never.
 */
export interface NotifiedRow {
  key: string;
  kind: FindingKind;
  at: string;
  /** 1 while waiting for the daily digest (indexed). */
  digest?: 1;
  /** Set (indexed) while decided but not yet shown: `each` alone (or grouped when many),
   *  `digest` as part of the daily digest, `batch:<id>` held until the last chunk of that import
   *  arrives (then `each`; released anyway once stale, see `releaseStaleBatches`). Absent once
   *  shown. */
  pending?: PendingShow | HeldShow;
}
export type PendingShow = 'each' | 'digest';
/** Held for an import batch (the id the dashboard gives every chunk of one file). */
export type HeldShow = `batch:${string}`;

export interface SettingsRow {
  id: 'app';
  value: AppSettings;
}

/**
 * Running totals for the badge: `action`, `warning` (orders by urgency) and one per finding kind
 * (orders with that unmuted warning/action kind). Moved by every write of an assessment (`assessAndWrite`): an
 * IndexedDB count walks its range, which at 100,000 orders costs more than a whole alarm tick.
 */
export interface CounterRow {
  id: string;
  n: number;
}

/** Small bookkeeping that must survive the worker, e.g. the cursor of a full re-assessment. */
export interface MetaRow {
  id: string;
  value: string | null;
}

export interface OrderRowV1 {
  key: string;
  order: Order;
  assessment: Assessment;
  urgency: number;
  updatedAt: string;
}

/** A stored claim: the claim and the keys of its orders (derived from its lines, indexed). */
export interface ClaimRow extends Claim {
  orderKeys: string[];
}

/** A claim as stored: its `orderKeys` derived from its lines. */
export function claimRowOf(claim: Claim): ClaimRow {
  return { ...claim, orderKeys: [...new Set(claim.lines.map((line) => line.orderKey))] };
}

/** A stored claim without its derived field (what a backup keeps and a message returns). */
export function claimOf(row: ClaimRow): Claim {
  const { orderKeys: _orderKeys, ...claim } = row;
  return claim;
}

/** A learned rule, under its identity (`ruleIdentity`). */
export interface LearnedRuleRow {
  id: string;
  host: string;
  rule: LearnedRule;
}

/** One staged `backup.restore` slice (the whole validated message, settings on the first). */
export interface RestoreSliceRow {
  seq?: number;
  restoreId: string;
  at: string;
  part: unknown;
}

/** v1 rows carry no review date: migrated orders are due at once and re-assessed by the engine. */
export const MIGRATED_REVIEW_AT = '1970-01-01T00:00:00.000Z';

/** What an order not assessed yet carries: due at once, so the next tick assesses it. */
export const NOT_ASSESSED: Readonly<AssessmentFields> = Object.freeze({
  // Frozen: rows spread from it share these objects.
  assessment: Object.freeze({ findings: Object.freeze([]) as never[], nextReviewAt: null }),
  assessedAt: MIGRATED_REVIEW_AT,
  nextReviewAt: MIGRATED_REVIEW_AT,
  urgency: 0,
  kinds: Object.freeze([]) as never[],
});

export class McfDeskDb extends Dexie {
  orders!: EntityTable<OrderRow, 'key'>;
  history!: EntityTable<HistoryRow, 'id'>;
  checklists!: EntityTable<ChecklistRow, 'key'>;
  mutes!: Table<MuteRow, [string, FindingKind]>;
  notified!: Table<NotifiedRow, [string, FindingKind]>;
  settings!: EntityTable<SettingsRow, 'id'>;
  meta!: EntityTable<MetaRow, 'id'>;
  counters!: EntityTable<CounterRow, 'id'>;
  restoreSlices!: EntityTable<RestoreSliceRow, 'seq'>;
  learnedRules!: EntityTable<LearnedRuleRow, 'id'>;
  claims!: EntityTable<ClaimRow, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Only the versions with an upgrade function, and the latest: since Dexie 3 an older version
    // needs no declaration (Dexie reads the installed schema from the database itself), and each
    // declaration is worked out again at every construction, in every page and every service-worker
    // start (11 versions: 6.5 ms a construction under Node, 2 ms for these 6). The migration tests
    // open databases written by v1, v3, v4, v5, v8 and v9.
    this.version(2).stores(SCHEMA_V2).upgrade(migrateV1toV2);
    this.version(4).stores(SCHEMA_V4).upgrade(fillOrderIds);
    this.version(6).stores(SCHEMA_V6).upgrade(repairStoredSettings);
    this.version(7).stores(SCHEMA_V7).upgrade(moveAssessmentsIntoOrders);
    this.version(10).stores(SCHEMA_V10).upgrade(fillShippedMarks);
    this.version(11).stores(SCHEMA_V11).upgrade(fillListings);
  }
}

/**
 * v6 → v7: each order takes its assessment row's fields (an order without one is due at once);
 * assessments without an order are dropped. The counters are rebuilt from the rows kept.
 */
async function moveAssessmentsIntoOrders(tx: Transaction): Promise<void> {
  const assessments = new Map(
    (await tx.table<AssessmentRow, string>('assessments').toArray()).map((row) => [row.key, row]),
  );
  const counters = new Map<string, number>();
  const bump = (id: string) => counters.set(id, (counters.get(id) ?? 0) + 1);
  await tx
    .table<OrderRow, string>('orders')
    .toCollection()
    .modify((row) => {
      const { key: _key, ...fields } = assessments.get(row.key) ?? { key: row.key, ...NOT_ASSESSED };
      Object.assign(row, fields);
      if (fields.urgency === 2) bump('action');
      else if (fields.urgency === 1) bump('warning');
      for (const kind of fields.kinds) bump(kind);
    });
  await tx.table<AssessmentRow, string>('assessments').clear();
  const counterTable = tx.table<CounterRow, string>('counters');
  await counterTable.clear();
  await counterTable.bulkPut([...counters].map(([id, n]) => ({ id, n })));
}

/** v9 → v10: every shipped order gains its `shipped` mark (the claim-rate gauge's index). */
async function fillShippedMarks(tx: Transaction): Promise<void> {
  await tx
    .table<OrderRow, string>('orders')
    .toCollection()
    .modify((row) => {
      const mark = shippedMark(row.order);
      if (mark === undefined) delete row.shipped;
      else row.shipped = mark;
    });
}

/**
 * v10 → v11: every order gains its `listing`. One cursor walk (`modify` reads and writes a row at
 * a time, never the whole table in memory); an upgrade cannot be split into several transactions.
 */
async function fillListings(tx: Transaction): Promise<void> {
  await tx
    .table<OrderRow, string>('orders')
    .toCollection()
    .modify((row) => {
      row.listing = listingOf(row.key, row.order, row.assessment, row.kinds);
    });
}

/** v5 → v6: the settings row rewritten valid, its valid fields kept (see `repairSettings`). */
async function repairStoredSettings(tx: Transaction): Promise<void> {
  const settings = tx.table<SettingsRow, string>('settings');
  const row = await settings.get('app');
  if (row) await settings.put({ id: 'app', value: repairSettings(row.value) });
}

/** v3 → v4: every order gains its `ids` (its key and the ids of its order). */
async function fillOrderIds(tx: Transaction): Promise<void> {
  await tx
    .table<OrderRow, string>('orders')
    .toCollection()
    .modify((row) => {
      row.ids = rowIds(row.key, row.order, row.ids);
    });
}

async function migrateV1toV2(tx: Transaction): Promise<void> {
  const orders = tx.table<OrderRowV1 | OrderData, string>('orders');
  const assessments = tx.table<AssessmentRow, string>('assessments');
  // v1 was written by the first, minimal worker: a few orders at most, so one pass in memory.
  const rows = (await orders.toArray()) as Array<Partial<OrderRowV1> & OrderData>;
  await assessments.bulkPut(
    rows.map((row) => ({
      key: row.key,
      assessment: row.assessment ?? { findings: [], nextReviewAt: null },
      assessedAt: row.updatedAt,
      nextReviewAt: MIGRATED_REVIEW_AT,
      urgency: 0,
      kinds: [],
    })),
  );
  await orders.bulkPut(
    rows.map((row) => ({
      key: row.key,
      order: row.order,
      conflicts: row.conflicts ?? [],
      firstSeenAt: row.firstSeenAt ?? row.updatedAt,
      updatedAt: row.updatedAt,
    })),
  );
}

export async function loadSettings(db: McfDeskDb): Promise<AppSettings> {
  const row = await db.settings.get('app');
  if (!row) return DEFAULT_APP_SETTINGS;
  // Settings written by an older version gain the new fields' defaults; a field no longer valid
  // takes its default (a claim window under the minimum is clamped), the others are kept.
  return repairSettings(row.value);
}
