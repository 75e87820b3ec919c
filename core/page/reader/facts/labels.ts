import {
  DATE_FIELD_KEYS,
  type FieldKey,
  LABEL_LANGUAGES,
  type LabelLanguage,
  type StatusKey,
} from '../../labels';
import { normalizeCollapsed } from '../../text';
import {
  type LabelMatch,
  matchAbbreviatedLabel,
  matchNormalizedLabel,
  matchWholeStatus,
  mayBeWord,
  startsNoWord,
} from '../../vocabulary';
import type { TaughtPlace } from '../facts';

// Which field a text labels: the built-in labels of five languages, and the labels the seller
// taught (one overriding a wrong reading wins; one added to read a new label is used only when no
// built-in label matches). Normalized forms are cached per page: the same texts repeat.

export const MAX_LABEL = 80;
/** A status word standing as a label ("Shipped", "Delivered") is at most this long. */
export const MAX_STATUS_LABEL = 24;

/** A label's field and languages, and the strength of a taught one (4 or 0.5). */
export type Match = LabelMatch & { strength?: number; taught?: boolean };

export interface LabelReader {
  labelOf: (collapsed: string | null) => Match | undefined;
  normalized: (collapsed: string) => string;
  /** Whether the seller taught any label (then every short text may be one). */
  taughtAny: boolean;
  /** A taught date label starting a text, and the rest of the text ("Sortie d’entrepôt le 27/11/2024"). */
  taughtDateIn: (collapsed: string) => { match: Match; value: string } | undefined;
  /** Taught labels no text has matched yet, each with the words of its form without brackets. */
  unmatchedTaught: () => { match: Match; words: string[] }[];
}

/** The page's own language, from its `lang` ("fr-FR" → fr), when it is one of the five. */
export function pageLanguage(lang: string | null | undefined): LabelLanguage | null {
  const code = (lang ?? '').slice(0, 2).toLowerCase();
  return (LABEL_LANGUAGES as readonly string[]).includes(code) ? (code as LabelLanguage) : null;
}

export function createLabelReader(
  taught: readonly TaughtPlace[],
  /** Shortened labels are read in this language only ("Exp." is no French label on an English page). */
  language: LabelLanguage | null = null,
): LabelReader {
  const normalizedTexts = new Map<string, string>();
  const normalized = (collapsed: string): string => {
    let value = normalizedTexts.get(collapsed);
    if (value === undefined) {
      value = normalizeCollapsed(collapsed);
      normalizedTexts.set(collapsed, value);
    }
    return value;
  };
  const taughtLabels = new Map<string, Match>();
  for (const place of taught)
    if (place.label && !(taughtLabels.get(place.label)?.strength === 4))
      taughtLabels.set(place.label, {
        key: place.key,
        languages: [],
        strength: place.override ? 4 : 0.5,
        taught: true,
      });
  const taughtRead = taughtReading(taughtLabels, normalized);
  const labelOf = (collapsed: string | null): Match | undefined => {
    if (!collapsed) return undefined;
    if (taughtLabels.size > 0 && collapsed.length <= MAX_LABEL) {
      const learned = taughtRead.labelOf(normalized(collapsed));
      // Built-in labels first; a label taught to correct a wrong reading wins.
      if (learned?.strength === 4) return learned;
      const builtIn =
        mayBeWord(collapsed) && !startsNoWord(collapsed)
          ? builtInLabel(normalized(collapsed), language)
          : undefined;
      return builtIn ?? learned;
    }
    if (!mayBeWord(collapsed) || startsNoWord(collapsed)) return undefined;
    return builtInLabel(normalized(collapsed), language);
  };
  return {
    labelOf,
    normalized,
    taughtAny: taughtLabels.size > 0,
    taughtDateIn: taughtRead.dateIn,
    unmatchedTaught: taughtRead.unmatched,
  };
}

/** A label's form without its brackets ("handed over to carrier (fc local time)" → "handed over to carrier"). */
const withoutBrackets = (form: string): string => form.replace(/\s*\([^()]*\)\s*/g, ' ').trim();

/**
 * How the labels a seller taught are found on a page of the same layout: as taught, or with a
 * remark in brackets added or dropped ("Carrier’s arrival estimate (revised Dec 5)"), unless the
 * brackets name another record ("(retour)"); and at the start of a text, a date after them
 * ("Sortie d’entrepôt le 27/11/2024 à 07:52"). Which taught labels were found is kept: one found
 * nowhere may have been shortened (facts/taught.ts).
 */
function taughtReading(taught: ReadonlyMap<string, Match>, normalized: (collapsed: string) => string) {
  const byBare = new Map<string, Match | null>();
  for (const [form, match] of taught) {
    const bare = withoutBrackets(form);
    // Two taught labels with the same words outside their brackets: neither is found by them.
    if (bare !== '') byBare.set(bare, byBare.has(bare) ? null : match);
  }
  const found = new Set<Match>();
  const labelOf = (form: string): Match | undefined => {
    let match = taught.get(form);
    if (!match) {
      const inner = form.includes('(') ? /\(([^()]{1,40})\)/.exec(form)?.[1]?.trim() : undefined;
      if (!inner || !OTHER_RECORD.test(inner)) match = byBare.get(withoutBrackets(form)) ?? undefined;
    }
    if (match) found.add(match);
    return match;
  };
  const dates = [...taught].filter(([, match]) => DATE_FIELD_KEYS.has(match.key));
  const longest = Math.max(0, ...dates.map(([form]) => form.split(' ').length));
  const dateIn = (collapsed: string): { match: Match; value: string } | undefined => {
    if (dates.length === 0 || !/\d/.test(collapsed)) return undefined;
    const words = collapsed.split(' ');
    for (let n = Math.min(longest, words.length - 1); n >= 1; n--) {
      const match = taught.get(normalized(words.slice(0, n).join(' ')));
      if (!match || !DATE_FIELD_KEYS.has(match.key)) continue;
      const value = words
        .slice(n)
        .join(' ')
        .replace(/^[\s:：\-–—]+/u, '');
      if (!/\d/.test(value)) return undefined;
      found.add(match);
      return { match, value };
    }
    return undefined;
  };
  const unmatched = () =>
    [...taught]
      .filter(([, match]) => !found.has(match))
      .map(([form, match]) => ({ match, words: withoutBrackets(form).split(' ') }));
  return { labelOf, dateIn, unmatched };
}

function builtInLabel(form: string, language: LabelLanguage | null): LabelMatch | undefined {
  return (
    matchNormalizedLabel(form) ??
    (form.includes('(') ? matchParenthesized(form) : undefined) ??
    (form.includes('.') ? matchAbbreviatedLabel(form, language) : undefined)
  );
}

/**
 * Brackets naming another record than this order's shipment (the form compared is normalized:
 * lower case, accents folded): "Numéro de suivi (retour)" is the
 * return parcel's, "Date d'expédition (remplacement)" the replacement order's.
 */
const OTHER_RECORD =
  /\b(?:retours?|returns?|remplacement|replacement|rucksendung|retoure|ersatz|ersatzlieferung|devolucion|reemplazo|sustitucion|reso|resi|sostituzione|origine|original|originale|ursprunglich|echange|exchange|umtausch|cambio)\b/u;
/** Words that end a label naming a number ("Paketschein-Nr."): the brackets then say whose it is. */
const NUMBER_WORD = /(?:\bnr|\bno|\bn°|\bnum|nummer|number|numero)\.?$/u;

/**
 * "Référence vendeur (SKU)", "Lieferdatum (voraussichtlich)": the words around or inside the
 * brackets. Not brackets naming another record ("(retour)"), nor the bracketed words alone after
 * a number's label ("Paketschein-Nr. (Zusteller)" is a number, not the carrier).
 */
function matchParenthesized(form: string): LabelMatch | undefined {
  const inner = /\(([^()]{1,40})\)/.exec(form)?.[1]?.trim();
  if (inner && OTHER_RECORD.test(inner)) return undefined;
  const outer = form.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
  const byOuter = outer ? matchNormalizedLabel(outer) : undefined;
  if (byOuter || !inner || NUMBER_WORD.test(outer) || TIME_WORD.test(outer)) return byOuter;
  return matchNormalizedLabel(inner);
}
/** "Date / time (carrier)": a date or time of what the brackets name, never that thing itself. */
const TIME_WORD = /\b(?:date|datum|fecha|data|time|heure|uhrzeit|zeit|hora|ora|jour|tag|dia|giorno)\b/;

/** The date a status word labels when it stands as a label: shipped → ship date, delivered → delivered date. */
const STATUS_DATES: Partial<Record<StatusKey, FieldKey>> = {
  shipped: 'shippingDate',
  delivered: 'deliveredDate',
};
export const statusDateKey = (label: string): FieldKey | undefined => {
  const status = matchWholeStatus(label);
  return status ? STATUS_DATES[status] : undefined;
};

/** Where "Label : value" splits (an ASCII or a full-width colon), -1 when nowhere. */
export function colonOf(text: string): number {
  const colon = text.indexOf(':');
  return colon >= 0 ? colon : text.indexOf('：');
}
