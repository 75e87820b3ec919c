import { namesAClock, parseMarketplaceDateTime } from '../../dates/date-time';
import { isCarrierName } from '../carrier-names';
import { DATE_FIELD_KEYS, type FieldKey, type LabelLanguage } from '../labels';
import { countedSku, hasShape } from '../shapes';
import { normalizeLabel } from '../text';
import {
  matchLabel,
  matchReturnCondition,
  matchReturnStatus,
  matchStatus,
  matchWholeReturnStatus,
} from '../vocabulary';
import type { RawFact } from './facts';
import { isItemRow } from './structure';
import type { VNode } from './visible-tree';

// Between stages 2 and 3: a raw fact becomes a candidate only when its value has its field's
// shape. Dates are read in the page's language and become calendar days. Better a field
// reported missing than a customer's sentence read as a tracking number.

const LANGUAGES: readonly LabelLanguage[] = ['fr', 'en', 'de', 'es', 'it'];

/**
 * The locale dates are read in: the caller's, else `<html lang>` when it is one of the five,
 * else the language most labels were written in; the marketplace's region when it matches.
 */
export function dateLocaleFor(
  htmlLang: string,
  votes: ReadonlyMap<LabelLanguage, number>,
  marketplaceLocale: string,
  override?: string,
): string {
  if (override) return override;
  const marketplaceLanguage = marketplaceLocale.slice(0, 2).toLowerCase();
  let language = htmlLang.slice(0, 2).toLowerCase();
  if (!LANGUAGES.includes(language as LabelLanguage)) {
    let best = 0;
    language = '';
    for (const [candidate, count] of votes) if (count > best) [language, best] = [candidate, count];
  }
  if (!language) return marketplaceLocale;
  if (htmlLang.length > 2 && htmlLang.slice(0, 2).toLowerCase() === language) return htmlLang;
  if (language === marketplaceLanguage) return marketplaceLocale;
  return language === 'en' ? 'en-GB' : language;
}

/** How the page's dates are read: its locale, the marketplace's zone, and today there (for a date without its year). */
export interface DateReading {
  locale: string;
  timeZone: string;
  referenceDay: string;
}

/** Words that date a part as the value planned or shown before the current one, normalized. */
const FORMER_VALUE =
  /\b(?:prevue?s?|initialement|planned|originally|initially|previously|geplant|ursprunglich|zuvor|prevista|previsto|inicialmente|originariamente|inizialmente)\b/;

/** The facts whose value fits their field; dates as `YYYY-MM-DD` in the marketplace's zone. */
export function candidatesOf(facts: readonly RawFact[], dates: DateReading): RawFact[] {
  const values = facts.map((fact) =>
    fact.key === 'comments' || fact.fallback ? null : candidateValue(fact.key, fact.value, dates),
  );
  /** Values read whole (node and field): their parts are not read on their own. */
  const whole = new Set<string>();
  facts.forEach((fact, i) => {
    if (values[i] !== null) whole.add(`${fact.node.pos}|${fact.key}`);
  });
  const fallbackValue = (fact: RawFact) =>
    whole.has(`${fact.node.pos}|${fact.key}`) ? null : candidateValue(fact.key, fact.value, dates);
  // A value printed twice whose parts say different things ("1 returned" and "4", "Nov 3" and
  // "Rescheduled to Nov 5"): none is read. A part that is no value but prints a number the others
  // do not print says something else too, unless it says what was planned before ("Prévue le 1
  // déc." over the day it shipped).
  const twins = new Map<string, { values: Set<string>; numbers: Set<number>; stray: number[][] }>();
  for (const fact of facts) {
    if (!fact.twin) continue;
    const id = `${fact.node.pos}|${fact.key}`;
    const entry = twins.get(id) ?? { values: new Set(), numbers: new Set(), stray: [] };
    twins.set(id, entry);
    const value = fallbackValue(fact);
    const numbers = (fact.value.match(/\d+/g) ?? []).map(Number);
    if (value !== null && value !== undefined) {
      entry.values.add(value);
      for (const n of numbers) entry.numbers.add(n);
    }
    // (A SKU's badge counts stock or prices: its numbers say nothing against the SKU.)
    else if (numbers.length > 0 && fact.key !== 'sku' && !FORMER_VALUE.test(normalizeLabel(fact.value)))
      entry.stray.push(numbers);
  }
  const disagree = (fact: RawFact): boolean => {
    const entry = twins.get(`${fact.node.pos}|${fact.key}`);
    return (
      entry !== undefined &&
      (entry.values.size > 1 || entry.stray.some((numbers) => numbers.some((n) => !entry.numbers.has(n))))
    );
  };
  const rmaRows = new Set<VNode>();
  for (const fact of facts) if (fact.key === 'rmaId' && fact.group && !fact.fallback) rmaRows.add(fact.group);
  const kept: RawFact[] = [];
  facts.forEach((fact, i) => {
    const value = !fact.fallback ? values[i] : fact.twin && disagree(fact) ? null : fallbackValue(fact);
    if (value !== null && value !== undefined)
      kept.push(value === fact.value ? fact : { ...fact, value, shown: fact.value });
    // "Status: Genehmigt" in a table's row is no order's status but a return's: a returns table's
    // status column. Never a summary's ("Order status: Received" is the order's).
    else if (fact.key === 'status' && !fact.fallback && fact.group && isItemRow(fact.group)) {
      // Whole, or opening a longer state in a row of its own RMA ("Label issued, awaiting the parcel").
      const word = withoutIcons(fact.value);
      if (matchWholeReturnStatus(word) || (rmaRows.has(fact.group) && matchReturnStatus(word)))
        kept.push({ ...fact, key: 'returnStatus', value: word });
    }
    // A returns table's "Returned item" column holding the SKU alone: the row's quantity column
    // counts it, as in an order's items table.
    else if (fact.key === 'returnItem' && !fact.fallback && fact.group && isItemRow(fact.group)) {
      const sku = candidateValue('sku', fact.value, dates);
      // An ASIN names the product, not the seller's SKU.
      if (sku && !hasShape('asin', sku)) kept.push({ ...fact, key: 'sku', value: sku });
    }
  });
  return [...kept, ...pairedReturnItems(facts, dates)];
}

/**
 * A return shown as label/value lines, "Returned item: SKU" then "Quantity returned: 1": each
 * SKU named alone with the returned count after it, taken in page order, when the page gives as
 * many of one as of the other (outside tables, whose rows pair them already).
 */
function pairedReturnItems(facts: readonly RawFact[], dates: DateReading): RawFact[] {
  const outside = (f: RawFact) => !f.fallback && !(f.group && isItemRow(f.group));
  const skus = facts.filter(
    (f) => f.key === 'returnItem' && outside(f) && candidateValue('returnItem', f.value, dates) === null,
  );
  const counts = facts.filter((f) => f.key === 'returnQuantity' && outside(f));
  if (skus.length === 0 || skus.length !== counts.length) return [];
  const paired: RawFact[] = [];
  skus.forEach((fact, i) => {
    const sku = candidateValue('sku', fact.value, dates);
    const count = Number(candidateValue('returnQuantity', (counts[i] as RawFact).value, dates));
    if (sku && !hasShape('asin', sku) && count >= 1 && (counts[i] as RawFact).pos > fact.pos)
      paired.push({ ...fact, value: `${sku}${RETURN_ITEM_SEPARATOR}${count}`, shown: fact.value });
  });
  return paired;
}

/**
 * The value in its field's form, or null when it does not fit. A trailing remark in brackets
 * ("3 déc. 2026 (estimée)", "1Z999… (UPS)") is dropped when the value fits without it.
 */
export function candidateValue(key: FieldKey, text: string, dates: DateReading): string | null {
  const fits = fieldValue(key, text, dates);
  if (fits !== null || key === 'productName') return fits;
  const bare = text.replace(TRAILING_REMARK, '');
  // A remark naming another clock ("(heure de Londres)") says the time is not the page's own; one
  // saying the day is expected ("06/12/2024 (prévue)") makes it no day a parcel left or arrived.
  const remark = text.slice(bare.length);
  if (DATE_FIELD_KEYS.has(key) && namesAClock(remark)) return null;
  if ((key === 'deliveredDate' || key === 'shippingDate') && EXPECTED_REMARK.test(normalizeLabel(remark)))
    return null;
  return bare !== text && bare.length > 0 ? fieldValue(key, bare, dates) : null;
}
const TRAILING_REMARK = /\s*\([^()]{1,40}\)\s*$/;
/** "(prévue)", "(expected)", "(voraussichtlich)": a day to come (normalized). */
const EXPECTED_REMARK =
  /\b(?:prevue?s?|prevu|attendue?|estimee?|expected|estimated|planned|scheduled|voraussichtlich|erwartet|geplant|prevista|previsto|estimada|estimado|programada|stimata|stimato|programmata)\b/;
/** A unit word that is also a month's abbreviation (Italian "set."): a count. */
const SET = /^\d{1,4}\s+sets?$/i;

function fieldValue(key: FieldKey, text: string, dates: DateReading): string | null {
  if (DATE_FIELD_KEYS.has(key))
    return parseMarketplaceDateTime(text, dates.locale, dates.timeZone, dates.referenceDay);
  switch (key) {
    case 'status':
    case 'deliveryStatus': {
      const word = withoutIcons(text);
      return matchStatus(word) ? word : null;
    }
    case 'returnStatus': {
      const word = withoutIcons(text);
      return matchReturnStatus(word) ? word : null;
    }
    case 'returnCondition':
      return matchReturnCondition(text) ?? null;
    case 'quantity':
    case 'returnQuantity':
      // "10 Nov" under "Ordered" is a day, not ten of something ("1 set" is one set, not 1 September).
      return SET.test(text) ||
        parseMarketplaceDateTime(text, dates.locale, dates.timeZone, dates.referenceDay) === null
        ? quantityOf(text)
        : null;
    case 'returnItem':
      return returnItemOf(text);
    case 'productName':
      // "ASIN : B08XYZ1234" is never a product's title.
      return hasShape(key, text) && !isLabelLine(text) ? text : null;
    case 'trackingNumber':
      if (/\s/.test(text)) {
        // "6A 1234 5678 901": carriers print long numbers in groups; "DHL 0034…" names its carrier first.
        const words = text.trim().split(/\s+/);
        for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
          if (!isCarrierName(words.slice(0, n).join(' '))) continue;
          // Then the carrier's service, words without a digit ("UPS Ground 1Z…", "DHL Paket 0034 …").
          let rest = n;
          while (rest < words.length - 1 && SERVICE_WORD.test(words[rest] as string)) rest++;
          return fieldValue(key, words.slice(rest).join(' '), dates);
        }
        const compact = text.replace(/\s+/g, '');
        return /^[A-Za-z0-9]+(?:\s[A-Za-z0-9]+){1,6}$/.test(text) && hasShape(key, compact) ? compact : null;
      }
      return hasShape(key, text) ? text : null;
    case 'orderId':
    case 'merchantOrderId': {
      if (hasShape(key, text)) return text;
      // "#1187 · Shopify", "PS-000931 PrestaShop": the shop system named after the id (a remark in
      // brackets is dropped by `candidateValue`).
      const trimmed = text.trim();
      const id = (SYSTEM_AFTER_ID.exec(trimmed) ?? KNOWN_SYSTEM_AFTER_ID.exec(trimmed))?.[1];
      return id !== undefined && hasShape(key, id) ? id : null;
    }
    default:
      return hasShape(key, text) ? text : null;
  }
}

/** A carrier's service named as a word ("Ground", "Paket", "Express"), never a number's letters ("JD", "LA"). */
const SERVICE_WORD = /^\p{Lu}?\p{Ll}+$/u;

/**
 * An id, then a shop system's name: after a separator any one to three words of letters ("#1187 ·
 * Shopify"); after a mere space only a known system's ("PS-000931 PrestaShop", never "12.90 EUR"
 * or "DE-4 Lager Nord").
 */
const SYSTEM_AFTER_ID = /^(\S+)\s*[·•|–—]\s*\p{L}+(?:[ .-]\p{L}+){0,2}$/u;
const KNOWN_SYSTEM_AFTER_ID =
  /^(\S+)\s+(?:Shopify|Shopware|WooCommerce|Magento|Adobe Commerce|PrestaShop|BigCommerce|Wix|Squarespace|Ecwid|OpenCart|OXID|Gambio|JTL(?:-Wawi)?|plentymarkets|Billbee|Xentral|Afterbuy|eBay|Etsy|Odoo|Lightspeed|Shoper|WiziShop|Oxatis|Storeden|Tiendanube|VTEX|Salesforce Commerce)$/iu;

/**
 * A returned item and its count, "SKU × 2", "SKU x 2", "SKU (2)" or "2 × SKU", as `SKU|2`. A SKU
 * without its count is not read: a return's quantity is never guessed.
 */
export const RETURN_ITEM_SEPARATOR = '|';
function returnItemOf(text: string): string | null {
  const item = countedSku(text, false);
  return item ? `${item.sku}${RETURN_ITEM_SEPARATOR}${item.count}` : null;
}

/**
 * A status badge often starts with an icon ("✔ Zugestellt", "● Expédiée", "🚚 In transit"): the
 * symbols around the words are not part of them.
 */
const ICONS_AROUND = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu;
const withoutIcons = (text: string): string => text.replace(ICONS_AROUND, '');

/** "ASIN : B08XYZ1234": a line that starts with a known label and a colon. */
function isLabelLine(text: string): boolean {
  let colon = text.indexOf(':');
  if (colon < 0) colon = text.indexOf('：');
  return colon > 0 && colon <= 50 && matchLabel(text.slice(0, colon)) !== undefined;
}

/**
 * "2", "2 unités", "x2", "× 2", "2 Stück": the count, when nothing but a unit word goes with it.
 * "2 sur 3" or "2/3" say two things: not a quantity.
 */
const QUANTITY = /^(?:[x×]\s?)?(\d{1,4})(?:\s?[x×]|\s+\p{L}{1,12}\.?)?$/u;
const NOT_A_UNIT = /\b(?:sur|of|von|de|di)\b/i;
/**
 * Except when a shipping word says which is which: "Shipped 2 of 3", "Expédié : 2 sur 3",
 * "2 von 3 versandt", "Enviados 2 de 3", "Spediti 2 di 3": 3 were ordered (the item's quantity).
 */
const SHIPPED =
  '(?:shipped|dispatched|despatched|exp[eé]di[eé]e?s?|envoy[eé]e?s?|versandt|verschickt|enviad[oa]s?|spedit[oiae])';
const SHIPPED_OF = new RegExp(
  `^(?:${SHIPPED}\\s?:?\\s*(\\d{1,4})\\s+(?:of|sur|von|de|di)\\s+(\\d{1,4})|(\\d{1,4})\\s+(?:of|sur|von|de|di)\\s+(\\d{1,4})\\s+${SHIPPED})$`,
  'iu',
);
function quantityOf(value: string): string | null {
  const text = value.trim();
  const shipped = SHIPPED_OF.exec(text);
  if (shipped) {
    const done = Number(shipped[1] ?? shipped[3]);
    const ordered = Number(shipped[2] ?? shipped[4]);
    return done <= ordered ? String(ordered) : null;
  }
  const match = QUANTITY.exec(text);
  if (!match || NOT_A_UNIT.test(value)) return null;
  return String(Number(match[1]));
}
