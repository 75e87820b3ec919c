import { parseMarketplaceDate } from '../../dates/parse-date';
import type { LabelLanguage } from '../labels';
import { hasShape } from '../shapes';
import { matchLabel, matchReturnStatus, matchStatus } from '../vocabulary';
import type { RawFact } from './facts';

// Between stages 2 and 3: a raw fact becomes a candidate only when its value has its field's
// shape. Dates are read in the page's language and become calendar days. Better a field
// reported missing than a customer's sentence read as a tracking number.

const LANGUAGES: readonly LabelLanguage[] = ['fr', 'en', 'de', 'es', 'it'];
const DATE_KEYS = new Set(['estimatedArrivalDate', 'shippingDate', 'deliveredDate']);

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

/** The facts whose value fits their field; dates as `YYYY-MM-DD`. */
export function candidatesOf(facts: readonly RawFact[], locale: string, referenceDay: string): RawFact[] {
  const kept: RawFact[] = [];
  for (const fact of facts) {
    if (fact.key === 'comments') continue;
    if (DATE_KEYS.has(fact.key)) {
      const day = parseMarketplaceDate(fact.value, locale, referenceDay);
      if (day) kept.push({ ...fact, value: day });
      continue;
    }
    if (fact.key === 'status' || fact.key === 'deliveryStatus') {
      if (matchStatus(fact.value)) kept.push(fact);
      continue;
    }
    if (fact.key === 'returnStatus') {
      if (matchReturnStatus(fact.value)) kept.push(fact);
      continue;
    }
    if (fact.key === 'quantity') {
      const quantity = quantityOf(fact.value);
      if (quantity !== null) kept.push({ ...fact, value: quantity });
      continue;
    }
    if (fact.key === 'trackingNumber' && /\s/.test(fact.value)) {
      // "6A 1234 5678 901": carriers print long numbers in groups.
      const compact = fact.value.replace(/\s+/g, '');
      if (/^[A-Za-z0-9]+(?:\s[A-Za-z0-9]+){1,6}$/.test(fact.value) && hasShape('trackingNumber', compact))
        kept.push({ ...fact, value: compact });
      continue;
    }
    if (!hasShape(fact.key, fact.value)) continue;
    // "ASIN : B08XYZ1234" is never a product's title.
    if (fact.key === 'productName' && isLabelLine(fact.value)) continue;
    kept.push(fact);
  }
  return kept;
}

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
function quantityOf(value: string): string | null {
  const match = QUANTITY.exec(value.trim());
  if (!match || NOT_A_UNIT.test(value)) return null;
  return String(Number(match[1]));
}
