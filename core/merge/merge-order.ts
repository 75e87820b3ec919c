import { z } from 'zod';
import type { Order, Package } from '../model/order';
import { InstantSchema, type Provenance, type Source, SourceSchema } from '../model/primitives';
import { packageDelivery } from '../policy/context';

// A new observation of an order (a page reading, a report row, an API payload, or what the seller
// typed) updates the stored order field by field:
// - a missing value never erases a known one (readers only send what they found);
// - a value typed by the seller (`user`) is never overwritten by another source: the disagreement
//   is returned as a conflict, to be kept in the history and shown. One exception: the carrier's
//   evidence of delivery (a delivered `currentStatus`, a `deliveredDate`, a delivered event) replaces
//   the seller's "not delivered" answer for that package (R4: never lost once the carrier says
//   delivered); the change names the answer it overrode. A seller's "delivered" always stays;
// - otherwise sources rank user > page = api > report: a lower-ranked source never overwrites a
//   value from a higher-ranked one (it only fills gaps: a report imported late, its values dated
//   at import time, does not move a page's EDD); within the same rank the newer observation wins;
// - a value seen again keeps its provenance: provenance says when a value was *first* seen, which
//   the policy engine uses as a start date, and it makes a repeated reading write nothing.
// Lists are matched by identity, not position, so that the provenance paths of stored elements
// never move: shipments by `amazonShipmentId`, else a shared tracking number, else their index;
// packages by tracking number, else package number; items by SKU; returns by RMA id; tracking events are a set.

export type MergeSource = Source;

export interface Change {
  /** Dotted path in the merged order, e.g. `shipments.0.packages.1.currentStatus`. */
  path: string;
  /** Absent when the field was unknown before. */
  from?: unknown;
  to: unknown;
  source: Source;
  seenAt: string;
  /** Set when this change replaced a value the seller typed (carrier evidence of delivery). */
  overrode?: Provenance;
}

export const ConflictSchema = z.object({
  path: z.string(),
  /** The value the seller typed, which stays. */
  kept: z.unknown(),
  /** What the other source said. */
  observed: z.unknown(),
  source: SourceSchema,
  seenAt: InstantSchema,
});
export type Conflict = z.infer<typeof ConflictSchema>;

export interface MergeResult {
  order: Order;
  changes: Change[];
  conflicts: Conflict[];
  /** Paths where another source now reports the seller's own value: their conflicts are over. */
  agreements: string[];
  /** Paths whose unchanged value a higher-ranked source confirmed (only their provenance moved). */
  promoted: string[];
}

interface MergeContext {
  source: Source;
  seenAt: string;
  seenAtMs: number;
  provenance: Record<string, Provenance>;
  changes: Change[];
  conflicts: Conflict[];
  agreements: string[];
  promoted: string[];
}

export function mergeOrder(
  stored: Order | undefined,
  incoming: Order,
  source: Source,
  seenAt: string,
): MergeResult {
  const ctx: MergeContext = {
    source,
    seenAt,
    seenAtMs: Date.parse(seenAt),
    provenance: { ...(stored?.provenance ?? {}) },
    changes: [],
    conflicts: [],
    agreements: [],
    promoted: [],
  };
  const base: Record<string, unknown> = stored ? structuredClone(stored) : {};
  for (const [field, value] of Object.entries(incoming)) {
    // The incoming order's own provenance is not an observation: `source`/`seenAt` say where it came from.
    if (field === 'provenance') continue;
    const merged = mergeNode(field, base[field], value, ctx);
    if (merged !== undefined) base[field] = merged;
  }
  base.provenance = ctx.provenance;
  return {
    order: base as Order,
    changes: ctx.changes,
    conflicts: ctx.conflicts,
    agreements: ctx.agreements,
    promoted: ctx.promoted,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** user > page = api > report. */
const RANK: Readonly<Record<Source, number>> = { user: 3, page: 2, api: 2, report: 1 };

const PACKAGE_PATH = /^shipments\.\d+\.packages\.\d+$/;

/** What the policy reads from a package (`packageDelivery`), for a value that may not be one. */
function deliveryOf(value: Record<string, unknown>): ReturnType<typeof packageDelivery> {
  return packageDelivery({ ...value, events: Array.isArray(value.events) ? value.events : [] } as Package);
}

/**
 * The carrier says this package is delivered while the seller answered it was not: the seller's
 * `currentStatus` gives way (to the carrier's delivered status, else `DELIVERED`). Returns the
 * merged package's status path when it did, so that the normal merge leaves that field alone.
 */
function overrideNotDelivered(
  path: string,
  out: Record<string, unknown>,
  incoming: Record<string, unknown>,
  ctx: MergeContext,
): string | undefined {
  if (ctx.source === 'user' || !PACKAGE_PATH.test(path)) return undefined;
  const statusPath = `${path}.currentStatus`;
  const answered = ctx.provenance[statusPath];
  if (answered?.source !== 'user' || typeof out.currentStatus !== 'string') return undefined;
  const seller = deliveryOf({ currentStatus: out.currentStatus });
  if (seller !== 'not-delivered' && seller !== 'unknown') return undefined;
  if (deliveryOf(incoming) !== 'delivered') return undefined;
  const carrier = incoming.currentStatus;
  const to =
    typeof carrier === 'string' && deliveryOf({ currentStatus: carrier }) === 'delivered'
      ? carrier
      : 'DELIVERED';
  ctx.provenance[statusPath] = { source: ctx.source, seenAt: ctx.seenAt };
  ctx.changes.push({
    path: statusPath,
    from: out.currentStatus,
    to,
    source: ctx.source,
    seenAt: ctx.seenAt,
    overrode: answered,
  });
  out.currentStatus = to;
  return statusPath;
}

function mergeNode(path: string, stored: unknown, incoming: unknown, ctx: MergeContext): unknown {
  if (incoming === undefined) return stored;
  if (Array.isArray(incoming)) {
    return mergeList(path, Array.isArray(stored) ? [...stored] : [], incoming, ctx);
  }
  if (isRecord(incoming)) {
    const out: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
    const overridden = overrideNotDelivered(path, out, incoming, ctx);
    for (const [field, value] of Object.entries(incoming)) {
      if (overridden !== undefined && field === 'currentStatus') continue;
      const merged = mergeNode(`${path}.${field}`, out[field], value, ctx);
      if (merged !== undefined) out[field] = merged;
    }
    return out;
  }
  return mergeLeaf(path, stored, incoming, ctx);
}

/**
 * `purpose` defaults to `customer` when a reader did not see it (the schema's default), so a
 * non-seller `customer` cannot tell "read" from "not read": it never replaces a known purpose.
 */
function saysNothing(path: string, stored: unknown, incoming: unknown, ctx: MergeContext): boolean {
  return path === 'purpose' && incoming === 'customer' && stored !== undefined && ctx.source !== 'user';
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

function mergeLeaf(path: string, stored: unknown, incoming: unknown, ctx: MergeContext): unknown {
  const known = ctx.provenance[path];
  if (stored === undefined) {
    ctx.provenance[path] = { source: ctx.source, seenAt: ctx.seenAt };
    ctx.changes.push({ path, to: incoming, source: ctx.source, seenAt: ctx.seenAt });
    return incoming;
  }
  if (sameValue(stored, incoming)) {
    // A value seen again keeps its first-seen date (even from the seller: every observation
    // carries the order's ids and marketplace, which the seller did not type). A higher-ranked
    // source confirming it takes it over (first-seen date kept), so that a lower one no longer
    // overwrites it.
    if (ctx.source !== 'user' && known?.source === 'user') ctx.agreements.push(path);
    else if (ctx.source !== 'user' && known && RANK[ctx.source] > RANK[known.source]) {
      ctx.provenance[path] = { source: ctx.source, seenAt: known.seenAt };
      ctx.promoted.push(path);
    }
    return stored;
  }
  if (saysNothing(path, stored, incoming, ctx)) return stored;
  if (known?.source === 'user' && ctx.source !== 'user') {
    ctx.conflicts.push({ path, kept: stored, observed: incoming, source: ctx.source, seenAt: ctx.seenAt });
    return stored;
  }
  if (ctx.source !== 'user' && known) {
    // A lower-ranked source only fills gaps; within a rank an older observation does not roll a
    // newer one back. The seller always wins.
    const rank = RANK[ctx.source] - RANK[known.source];
    if (rank < 0 || (rank === 0 && ctx.seenAtMs < Date.parse(known.seenAt))) return stored;
  }
  ctx.provenance[path] = { source: ctx.source, seenAt: ctx.seenAt };
  ctx.changes.push({ path, from: stored, to: incoming, source: ctx.source, seenAt: ctx.seenAt });
  return incoming;
}

/** How the elements of a list are recognised: an id, and for shipments their tracking numbers. */
interface Identity {
  id: string | undefined;
  keys: string[];
}
type IdentityOf = (element: unknown) => Identity;

const field =
  (name: string): IdentityOf =>
  (element) => {
    const value = isRecord(element) ? element[name] : undefined;
    return { id: typeof value === 'string' ? value : undefined, keys: [] };
  };

/** A package's SP-API package number as an identity key (never equal to a tracking number). */
function packageNumberKey(element: Record<string, unknown>): string[] {
  return typeof element.packageNumber === 'number' ? [`#${element.packageNumber}`] : [];
}

function shipmentIdentity(element: unknown): Identity {
  if (!isRecord(element)) return { id: undefined, keys: [] };
  const id = typeof element.amazonShipmentId === 'string' ? element.amazonShipmentId : undefined;
  const packages = Array.isArray(element.packages) ? element.packages : [];
  const keys = packages.flatMap((p) =>
    isRecord(p)
      ? [...(typeof p.trackingNumber === 'string' ? [p.trackingNumber] : []), ...packageNumberKey(p)]
      : [],
  );
  return { id, keys };
}

/** Packages by tracking number, else by SP-API package number (tracking details name both; an
 *  API order may know the package number before the carrier gives a tracking number). */
function packageIdentity(element: unknown): Identity {
  if (!isRecord(element)) return { id: undefined, keys: [] };
  const id = typeof element.trackingNumber === 'string' ? element.trackingNumber : undefined;
  return { id, keys: packageNumberKey(element) };
}

/** The identity of the elements of a list, by the list's name (the last segment of its path). */
const LIST_IDENTITIES: Readonly<Record<string, IdentityOf>> = {
  shipments: shipmentIdentity,
  packages: packageIdentity,
  items: field('sellerSku'),
  returns: field('rmaId'),
};

function eventKey(event: unknown): string {
  if (!isRecord(event)) return JSON.stringify(event);
  return `${String(event.code)}|${String(event.date ?? '')}|${String(event.description ?? '')}`;
}

function mergeList(path: string, result: unknown[], incoming: unknown[], ctx: MergeContext): unknown[] {
  const name = path.slice(path.lastIndexOf('.') + 1);
  const identityOf = LIST_IDENTITIES[name];
  if (!identityOf) {
    // Tracking events (and any list without identity) form a set: new elements are appended whole.
    const seen = new Set(result.map(eventKey));
    for (const element of incoming) {
      const key = eventKey(element);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(mergeLeaf(`${path}.${result.length}`, undefined, element, ctx));
    }
    return result;
  }

  const claimed = new Set<number>();
  const target: number[] = incoming.map(() => -1);
  const identities = incoming.map(identityOf);
  const free = (j: number) => !claimed.has(j);
  // 1. By identity first, so that an element without one cannot take another's place.
  identities.forEach(({ id, keys }, i) => {
    let j = -1;
    if (id !== undefined) j = result.findIndex((r, k) => free(k) && identityOf(r).id === id);
    if (j < 0 && keys.length > 0) {
      j = result.findIndex((r, k) => free(k) && identityOf(r).keys.some((key) => keys.includes(key)));
    }
    if (j >= 0) {
      claimed.add(j);
      target[i] = j;
    }
  });
  // 2. Then by position, among elements whose identity does not contradict; else appended.
  identities.forEach((identity, i) => {
    if (target[i] !== -1) return;
    let j = -1;
    if (i < result.length && free(i) && compatible(identityOf(result[i]), identity)) j = i;
    else if (identity.id === undefined && identity.keys.length === 0) j = result.findIndex((_, k) => free(k));
    if (j < 0) {
      j = result.length;
      result.push(undefined);
    }
    claimed.add(j);
    target[i] = j;
  });
  incoming.forEach((element, i) => {
    const j = target[i] as number;
    result[j] = mergeNode(`${path}.${j}`, result[j], element, ctx);
  });
  return result;
}

function compatible(stored: Identity, incoming: Identity): boolean {
  if (incoming.id !== undefined && stored.id !== undefined && stored.id !== incoming.id) return false;
  if (incoming.keys.length > 0 && stored.keys.length > 0) {
    return stored.keys.some((key) => incoming.keys.includes(key));
  }
  return true;
}
