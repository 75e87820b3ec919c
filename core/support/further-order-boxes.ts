import { normalizeCaseLabel } from './labels';

// A case form about several orders shows one order-id box, then further ones numbered after it
// ("Numéro de commande", "Numéro de commande 2 (facultatif)", "… 3"). A case is about one order:
// its id goes into the first box only; the further boxes stay empty (never the same id twice).
// Any other set of order-id boxes cannot be told apart: none is filled.

/** A label without a bracketed hint at its end ("(facultatif)", "(optional)"). */
const withoutHint = (label: string): string =>
  normalizeCaseLabel(label.replace(/(?:\s*\([^()]*\))+\s*$/u, ''));

/** The first of `boxes` when every other one is a further box numbered after it, else null. */
export function firstOfNumberedBoxes<T extends { label: string }>(boxes: readonly T[]): T | null {
  const [first, ...further] = boxes;
  if (!first) return null;
  const base = withoutHint(first.label).replace(/\s1$/u, '');
  const isFurther = (box: T): boolean => {
    const numbered = /^(.*)\s(\d+)$/u.exec(withoutHint(box.label));
    return numbered !== null && numbered[1] === base && Number(numbered[2]) >= 2;
  };
  return further.every(isFurther) ? first : null;
}
