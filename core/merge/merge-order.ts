import { z } from 'zod';
import type { Order } from '../model/order';
import { InstantSchema, type Provenance, type Source, SourceSchema } from '../model/primitives';

// A new observation of an order (a page reading, a report row, an API payload, or what the seller
// typed) updates the stored order field by field:
// - a missing value never erases a known one (readers only send what they found);
// - a value typed by the seller (`user`) is never overwritten by another source: the disagreement
//   is returned as a conflict, to be kept in the history and shown;
// - otherwise the newer observation wins, whatever its source (an older report imported after a
//   page visit does not roll the page's values back); the seller always wins;
// - a value seen again keeps its provenance: provenance says when a value was *first* seen, which
//   the policy engine uses as a start date, and it makes a repeated reading write nothing.
// Lists are matched by identity, not position, so that the provenance paths of stored elements
// never move: shipments by `amazonShipmentId`, else a shared tracking number, else their index;
// packages by tracking number; items by SKU; returns by RMA id; tracking events are a set.

export type MergeSource = Source;

export interface Change {
  /** Dotted path in the merged order, e.g. `shipments.0.packages.1.currentStatus`. */
  path: string;
  /** Absent when the field was unknown before. */
  from?: unknown;
  to: unknown;
  source: Source;
  seenAt: string;
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
}

interface MergeContext {
  source: Source;
  seenAt: string;
  seenAtMs: number;
  provenance: Record<string, Provenance>;
  changes: Change[];
  conflicts: Conflict[];
  agreements: string[];
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
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeNode(path: string, stored: unknown, incoming: unknown, ctx: MergeContext): unknown {
  if (incoming === undefined) return stored;
  if (Array.isArray(incoming)) {
    return mergeList(path, Array.isArray(stored) ? [...stored] : [], incoming, ctx);
  }
  if (isRecord(incoming)) {
    const out: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
    for (const [field, value] of Object.entries(incoming)) {
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
  if (sameValue(stored, incoming) || saysNothing(path, stored, incoming, ctx)) {
    // A value seen again keeps its first provenance (even from the seller: every observation
    // carries the order's ids and marketplace, which the seller did not type).
    if (ctx.source !== 'user' && known?.source === 'user' && sameValue(stored, incoming)) {
      ctx.agreements.push(path);
    }
    return stored;
  }
  if (known?.source === 'user' && ctx.source !== 'user') {
    ctx.conflicts.push({ path, kept: stored, observed: incoming, source: ctx.source, seenAt: ctx.seenAt });
    return stored;
  }
  // An older observation does not roll a newer one back; the seller always wins.
  if (ctx.source !== 'user' && known && ctx.seenAtMs < Date.parse(known.seenAt)) return stored;
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

function shipmentIdentity(element: unknown): Identity {
  if (!isRecord(element)) return { id: undefined, keys: [] };
  const id = typeof element.amazonShipmentId === 'string' ? element.amazonShipmentId : undefined;
  const packages = Array.isArray(element.packages) ? element.packages : [];
  const keys = packages.flatMap((p) =>
    isRecord(p) && typeof p.trackingNumber === 'string' ? [p.trackingNumber] : [],
  );
  return { id, keys };
}

/** The identity of the elements of a list, by the list's name (the last segment of its path). */
const LIST_IDENTITIES: Readonly<Record<string, IdentityOf>> = {
  shipments: shipmentIdentity,
  packages: field('trackingNumber'),
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
