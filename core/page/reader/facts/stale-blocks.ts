import { normalizeLabel } from '../../text';
import type { RawFact } from '../facts';
import type { FactContext } from './context';

// A block that says its own data may be stale ("Zwischengespeicherte Daten · Zuletzt
// synchronisiert vor 3 Tagen · Die Angaben können veraltet sein"): what it shows is an older copy.
// Its facts are weakened, so that the page's current values win wherever it shows them too.

/** Notes saying the data shown is a cached or outdated copy, normalized. */
const STALE_NOTE =
  /\b(?:cached|out of date|outdated|may not be up to date|last synced|zwischengespeichert\w*|veraltet|zuletzt synchronisiert|en cache|obsoletes?|pas (?:etre )?a jour|derniere synchronisation|desactualizad[oa]s?|ultima sincronizacion|non (?:essere )?aggiornat[ie]|memorizzat[ie] nella cache|ultima sincronizzazione)\b/;

const MAX_NOTE = 200;
/** Strength of a stale copy's facts: below any label's. */
const STALE_STRENGTH = 0.5;

export function weakenStaleBlocks(ctx: FactContext): void {
  for (const line of ctx.text.lines()) {
    if (line.text.length > MAX_NOTE || !STALE_NOTE.test(normalizeLabel(line.text))) continue;
    // The note's section: the block holding the note and what it speaks of.
    const block = line.owner.parent ?? line.owner;
    ctx.facts.forEach((fact, i) => {
      if (block.contains(fact.node) && fact.strength > STALE_STRENGTH)
        ctx.facts[i] = { ...fact, strength: STALE_STRENGTH } satisfies RawFact;
    });
  }
}
