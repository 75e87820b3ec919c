import type { Claim } from '../../../core/claims/claim';
import { listingOf } from '../../../core/export/order-listing';
import type { AppSettings } from '../../../core/model/app-settings';
import type { Order } from '../../../core/model/order';
import { assessOrder } from '../../../core/policy/assess';
import { deriveAssessmentRow } from '../attention';
import type { AssessmentRow, McfDeskDb, MuteRow, OrderData, OrderRow } from '../db';
import { claimOf, orderDataOf } from '../db';
import { shippedMark } from '../shipped-mark';
import { allCounters, type Counted, movedCounters } from './counters';
import { freshEntries, notifyCandidates } from './notifications';
import type { WriteOutcome } from './tables';

// Orders assessed with what their assessment depends on (mutes, claims, settings, now) and
// written with it, in the caller's transaction: the order rows, the counters they move and the
// notifications they raise.

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

export interface Assessed {
  row: AssessmentRow;
  order: Order;
}

export /** An order row to (re-)assess, with what its stored row counted before (none if new). */
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
export async function assessAndWrite(
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
