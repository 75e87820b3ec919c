import { normalizeLabel } from '../../text';
import type { RawFact } from '../facts';
import type { VNode } from '../visible-tree';
import type { FactContext } from './context';

// A block that says its own data may be stale ("Zwischengespeicherte Daten · Zuletzt
// synchronisiert vor 3 Tagen · Die Angaben können veraltet sein"), when it is a copy of what the
// page shows elsewhere (the same tracking number or SKU again, or, without such values, only
// fields shown elsewhere too): its facts are weakened, so that the current values win. A stale
// note over the only copy of something (a second shipment, an items table) changes nothing.

/**
 * Notes saying the data shown is a cached or outdated copy, normalized ("last synced 2 h ago"
 * alone only dates live data).
 */
const STALE_NOTE =
  /\b(?:cached|out of date|outdated|may not be up to date|zwischengespeichert\w*|veraltet|en cache|obsoletes?|pas (?:etre )?a jour|desactualizad[oa]s?|non (?:essere )?aggiornat[ie]|memorizzat[ie] nella cache)\b/;

/** Values that tell one thing from another: a copy shows some of them again elsewhere. */
const IDENTIFYING = new Set(['trackingNumber', 'sku', 'asin', 'fnsku', 'rmaId']);

const MAX_NOTE = 200;
/** Strength of a stale copy's facts: below any label's. */
const STALE_STRENGTH = 0.5;

export function weakenStaleBlocks(ctx: FactContext): void {
  for (const line of ctx.text.lines()) {
    if (line.text.length > MAX_NOTE || !STALE_NOTE.test(normalizeLabel(line.text))) continue;
    // The note's section: the block holding the note and what it speaks of.
    const block = line.owner.parent ?? line.owner;
    if (!isCopy(ctx.facts, block)) continue;
    ctx.facts.forEach((fact, i) => {
      if (block.contains(fact.node) && fact.strength > STALE_STRENGTH)
        ctx.facts[i] = { ...fact, strength: STALE_STRENGTH } satisfies RawFact;
    });
  }
}

/** Whether `block` shows again what the rest of the page shows (see above). */
function isCopy(facts: readonly RawFact[], block: VNode): boolean {
  const inside = facts.filter((f) => block.contains(f.node));
  const outside = facts.filter((f) => !block.contains(f.node));
  const ids = inside.filter((f) => IDENTIFYING.has(f.key));
  if (ids.length > 0) return ids.some((f) => outside.some((o) => o.key === f.key && o.value === f.value));
  return inside.length > 0 && inside.every((f) => outside.some((o) => o.key === f.key));
}
