import { normalizeLabel } from './labels';
import type { FormOption } from './schema';

// The number a quantity choice stands for. A quantity is mostly offered as numbers ("0", "1",
// "2"), but radio groups (and some lists) word the ends: "None" for 0 and "All (3)" for every unit
// shipped, with no "3" of their own; returning all three units means choosing "All (3)". Some
// lists count in units ("2 unités", "3 Stück") behind opaque values ("q2"): the label says the number.
// Others count out of what shipped ("1 von 3", "2 of 2"): the first number is the one returned.

/** "None", as the five languages say it. */
const NONE = new Set([
  'none',
  'aucun',
  'aucune',
  'keine',
  'keiner',
  'ninguno',
  'ninguna',
  'nessuno',
  'nessuna',
]);
/** "All (3)": every unit, with its count; an "All" without a count says no number. */
const ALL = /^(?:all|tout|tous|toutes|alle|todo|todos|todas|tutto|tutti|tutte)\s*\(?\s*(\d+)\s*\)?$/u;

/** "2 unités": a number and the word for units or pieces, as the five languages say it (unaccented). */
const UNITS =
  /^(\d+)\s*(?:units?|items?|pieces?|pcs?|unites?|articles?|pces?|exemplaires?|stuck|stk|einheit(?:en)?|artikel|unidad(?:es)?|uds?|articulos?|piezas?|unita|pezz[oi]|pz|articol[oi])\.?$/u;

/**
 * "1 von 3": a count out of the units shipped, as the five languages say it. Only a count not over
 * its total: "4 of 3" says something else, and is no number of ours.
 */
const OUT_OF = /^(\d+)\s*(?:of|sur|de|von|di|su|\/)\s*(\d+)$/u;

/** The number of units an option stands for, or null when it says none. */
export function quantityOfOption(option: FormOption): number | null {
  const label = normalizeLabel(option.label);
  if (/^\d+$/.test(label)) return Number(label);
  if (NONE.has(label)) return 0;
  const all = ALL.exec(label);
  if (all) return Number(all[1]);
  const units = UNITS.exec(label);
  if (units) return Number(units[1]);
  const outOf = OUT_OF.exec(label);
  if (outOf && Number(outOf[1]) <= Number(outOf[2])) return Number(outOf[1]);
  return null;
}

/**
 * The option that stands for `n` units: the one whose words say `n`, else its value equal to `n`
 * when its words say no other number. The seller reads the label: on a list counting from 0 behind
 * its labels ("1 unité" sent as "0"), the value "2" is three units.
 */
export function quantityOption(options: readonly FormOption[], n: number): FormOption | undefined {
  return (
    options.find((o) => quantityOfOption(o) === n) ??
    options.find((o) => o.value === String(n) && quantityOfOption(o) === null)
  );
}
