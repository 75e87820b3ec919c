import type { Provenance } from '../../../core/model/primitives';

/**
 * The reference the import is checked against (the mapper builds the same entries while it builds
 * an order): provenance of every leaf value of an observation, keyed by its dotted path (the order model's
 * convention, e.g. `shipments.0.packages.1.trackingNumber`). The marketplace is the order's
 * identity, not an observed field.
 */
export function provenanceOf(value: unknown, seen: Provenance): Record<string, Provenance> {
  const into: Record<string, Provenance> = {};
  walk(value, '', seen, into);
  return into;
}

function walk(value: unknown, path: string, seen: Provenance, into: Record<string, Provenance>): void {
  if (value === undefined || path === 'marketplace' || path === 'provenance') return;
  if (Array.isArray(value)) {
    value.forEach((entry, index) => {
      walk(entry, path ? `${path}.${index}` : String(index), seen, into);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) walk(entry, path ? `${path}.${key}` : key, seen, into);
    return;
  }
  into[path] = seen;
}
