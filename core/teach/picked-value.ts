import { parseMarketplaceDateTime } from '../dates/date-time';
import { meaningOf } from '../page/reader/status-meaning';
import { hasShape } from '../page/shapes';
import { matchStatus } from '../page/vocabulary';
import type { TeachableField } from './learned-rule';
import { pickedText, splitLabelledDate, textBesideControls } from './picked-text';

// What the seller pointed at, read with the field's shape check: a date must parse in the page's
// language, a tracking number must look like one. Never more than the element shows: a read-only
// Katal field's `value`, a date after its label in one sentence ("Sortie d’entrepôt le 14/11/2024
// à 06:18") when the whole is no date.

export type PickedValue =
  | {
      ok: true /** The value as stored (a date as YYYY-MM-DD, a status as DELIVERED / IN_TRANSIT, a tracking number without its spaces). */;
      value: string;
      shown: string;
    }
  | {
      ok: false;
      shown: string;
      reason:
        | 'empty'
        | 'too-long'
        | 'not-a-date'
        | 'not-a-tracking-number'
        | 'not-a-carrier'
        | 'not-a-status';
    };

export function readPickedValue(
  element: Element,
  field: TeachableField,
  locale: string,
  referenceDay: string,
  /** The marketplace's zone: a date picked with its time and zone is that zone's day. */
  timeZone = 'UTC',
): PickedValue {
  const shown = pickedText(element, 200);
  if (shown === null) return { ok: false, shown: '', reason: 'too-long' };
  if (shown.length === 0) return { ok: false, shown, reason: 'empty' };
  const whole = readShown(shown, field, locale, referenceDay, timeZone);
  if (whole.ok) return whole;
  // A value with a link or a button beside it in the element ("05912603314827 Traccia su Swiship"):
  // the value is the rest.
  const beside = textBesideControls(element, 200);
  const alone = beside && beside !== shown ? readShown(beside, field, locale, referenceDay, timeZone) : null;
  return alone?.ok ? alone : whole;
}

function readShown(
  shown: string,
  field: TeachableField,
  locale: string,
  referenceDay: string,
  timeZone: string,
): PickedValue {
  switch (field) {
    case 'estimatedArrivalDate':
    case 'shippingDate': {
      const dayOf = (text: string) => parseMarketplaceDateTime(text, locale, timeZone, referenceDay);
      const inSentence = () => splitLabelledDate(shown, (value) => dayOf(value) !== null)?.value;
      const day = dayOf(shown) ?? dayOf(inSentence() ?? '');
      return day ? { ok: true, value: day, shown } : { ok: false, shown, reason: 'not-a-date' };
    }
    case 'trackingNumber': {
      const number = trackingNumberOf(shown);
      return number !== null
        ? { ok: true, value: number, shown }
        : { ok: false, shown, reason: 'not-a-tracking-number' };
    }
    case 'carrierCode':
      return hasShape('carrier', shown)
        ? { ok: true, value: shown, shown }
        : { ok: false, shown, reason: 'not-a-carrier' };
    case 'deliveryStatus': {
      // Only a word that says where the package is: "Non expédié", "Annulée" or "En attente" are
      // statuses of the order, not of a package in the carrier's hands.
      const meaning = matchStatus(shown) ? meaningOf(shown).package : undefined;
      return meaning ? { ok: true, value: meaning, shown } : { ok: false, shown, reason: 'not-a-status' };
    }
  }
}

/** A tracking number as the reader takes it: whole, or printed in groups ("6A 1234 5678 901"). */
function trackingNumberOf(text: string): string | null {
  if (!/\s/.test(text)) return hasShape('trackingNumber', text) ? text : null;
  const compact = text.replace(/\s+/g, '');
  // Groups after the first carry digits or are a short code ("6A 1234 5678 901", "AB 1234 5678 9
  // GB"), never words after a number ("05912603314827 Traccia su Swiship").
  return /^[A-Za-z0-9]+(?:\s(?:[A-Za-z]*\d[A-Za-z0-9]*|[A-Za-z]{1,3})){1,6}$/.test(text) &&
    hasShape('trackingNumber', compact)
    ? compact
    : null;
}
