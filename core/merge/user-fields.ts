import { type Order, OrderSchema } from '../model/order';
import type { Change } from './merge-order';
import { OrderPathError, readPath, writePath } from './order-path';

// Values the seller typed for an order (a field the page did not show, a value read wrongly):
// written into a copy of the order, checked against the order's schema, each with its history
// change and the seller as its source; an empty value gives the field back to the sources.

export interface TypedField {
  path: string;
  value: string | number | null;
}

export type UserFieldsEdit =
  | { ok: true; order: Order; changes: Change[] }
  | { ok: false; message: string; issues?: string[] };

export function applyUserFields(stored: Order, fields: readonly TypedField[], at: string): UserFieldsEdit {
  const draft = structuredClone(stored) as unknown as Record<string, unknown>;
  try {
    for (const { path, value } of fields) writePath(draft, path, value);
  } catch (error) {
    if (error instanceof OrderPathError) return { ok: false, message: error.message };
    throw error;
  }
  const parsed = OrderSchema.safeParse(draft);
  if (!parsed.success) {
    return {
      ok: false,
      message: 'the order would not be valid',
      issues: parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  }
  const order: Order = parsed.data;
  const changes: Change[] = [];
  for (const { path, value } of fields) {
    const typed = readPath(order, path);
    if (value !== null && typed === undefined)
      return { ok: false, message: `${path} is not a field of an order` };
    const before = readPath(stored, path);
    if (value === null) delete order.provenance[path];
    else order.provenance[path] = { source: 'user', seenAt: at };
    const change: Change = { path, to: typed ?? null, source: 'user', seenAt: at };
    if (before !== undefined) change.from = before;
    changes.push(change);
  }
  return { ok: true, order, changes };
}
