import { normalizeLabel } from './labels';
import type { FormOption } from './schema';

// The number a quantity choice stands for. A quantity is mostly offered as numbers ("0", "1",
// "2"), but radio groups (and some lists) word the ends: "None" for 0 and "All (3)" for every unit
// shipped, with no "3" of their own; returning all three units means choosing "All (3)".

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

/** The number of units an option stands for, or null when it says none. */
export function quantityOfOption(option: FormOption): number | null {
  const label = normalizeLabel(option.label);
  if (/^\d+$/.test(label)) return Number(label);
  if (NONE.has(label)) return 0;
  const all = ALL.exec(label);
  if (all) return Number(all[1]);
  return null;
}

/** The option that stands for `n` units: its value equal to `n`, else the one whose words say `n`. */
export function quantityOption(options: readonly FormOption[], n: number): FormOption | undefined {
  return options.find((o) => o.value === String(n)) ?? options.find((o) => quantityOfOption(o) === n);
}
