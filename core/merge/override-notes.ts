import type { Provenance } from '../model/primitives';

// What the order's history says the seller should know in the popup: the carrier's evidence of
// delivery replaced the seller's "not delivered" answer (a history change with `overrode`, see
// merge-order.ts). The background derives these notes for `order.get`.

/**
 * A history entry as stored (only what is read here). The row of the observation that created
 * the order (`created: true`) lists no changes: a creation replaces no answer of the seller's.
 */
export interface HistoryEntry {
  at: string;
  created?: true;
  changes?: ReadonlyArray<{ path: string; source: string; overrode?: Provenance }>;
}

export interface OverrideNote {
  /** e.g. `shipments.0.packages.1.currentStatus`. */
  path: string;
  /** When the carrier's answer replaced the seller's. */
  at: string;
}

/**
 * The seller's "not delivered" answers the carrier replaced and that still stand replaced: an
 * answer the seller typed again afterwards on the same path ends the note.
 */
export function overrideNotes(history: readonly HistoryEntry[]): OverrideNote[] {
  const latest = new Map<string, OverrideNote | null>();
  for (const entry of [...history].sort((a, b) => a.at.localeCompare(b.at))) {
    for (const change of entry.changes ?? []) {
      if (change.overrode) latest.set(change.path, { path: change.path, at: entry.at });
      else if (change.source === 'user') latest.set(change.path, null);
    }
  }
  return [...latest.values()].filter((note): note is OverrideNote => note !== null);
}
