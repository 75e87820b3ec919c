// A field of an order named by its dotted path ("shipments.0.packages.1.trackingNumber"), read
// or written in a plain copy of the order. Written only where the seller may type.

export function readPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** A path the seller may not type, or that does not fit the order's shape. */
export class OrderPathError extends Error {}

/** Fields that identify the order or say where it was seen: the seller cannot type them. */
const LOCKED_ROOTS = new Set([
  'provenance',
  'marketplace',
  'sellerFulfillmentOrderId',
  'displayableOrderId',
  'merchantId',
]);
const UNSAFE_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** Writes `value` at `path` in `root` (a plain clone), creating objects and list slots on the way. */
export function writePath(root: Record<string, unknown>, path: string, value: string | number | null): void {
  const segments = path.split('.');
  if (LOCKED_ROOTS.has(segments[0] as string) || segments.some((s) => UNSAFE_SEGMENTS.has(s))) {
    throw new OrderPathError(`${path} cannot be typed`);
  }
  const misfit = () => new OrderPathError(`${path} does not match the order's shape`);
  let node: Record<string, unknown> | unknown[] = root;
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    const isIndex = /^\d+$/.test(segment);
    if (isIndex !== Array.isArray(node)) throw misfit();
    const container = node as Record<string, unknown>;
    if (Array.isArray(node) && Number(segment) > node.length) {
      throw new OrderPathError(`${path}: no element before index ${segment}`);
    }
    if (last) {
      if (value === null) delete container[segment];
      else container[segment] = value;
      return;
    }
    if (container[segment] === undefined) {
      if (value === null) return;
      container[segment] = /^\d+$/.test(segments[i + 1] as string) ? [] : {};
    }
    const next = container[segment];
    if (typeof next !== 'object' || next === null) throw misfit();
    node = next as Record<string, unknown> | unknown[];
  }
}
