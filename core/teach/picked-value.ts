import { parseMarketplaceDate } from '../dates/parse-date';
import { meaningOf } from '../page/reader/status-meaning';
import { hasShape } from '../page/shapes';
import { composedText } from '../page/text';
import { matchStatus } from '../page/vocabulary';
import type { TeachableField } from './learned-rule';

// What the seller pointed at, read with the field's shape check: a date must parse in the page's
// language, a tracking number must look like one. Never more than the element shows.

export type PickedValue =
  | {
      ok: true /** The value as stored (a date as YYYY-MM-DD, a status as DELIVERED / IN_TRANSIT). */;
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
): PickedValue {
  const shown = composedText(element, 200);
  if (shown === null) return { ok: false, shown: '', reason: 'too-long' };
  if (shown.length === 0) return { ok: false, shown, reason: 'empty' };
  switch (field) {
    case 'estimatedArrivalDate':
    case 'shippingDate': {
      const day = parseMarketplaceDate(shown, locale, referenceDay);
      return day ? { ok: true, value: day, shown } : { ok: false, shown, reason: 'not-a-date' };
    }
    case 'trackingNumber':
      return hasShape('trackingNumber', shown)
        ? { ok: true, value: shown, shown }
        : { ok: false, shown, reason: 'not-a-tracking-number' };
    case 'carrierCode':
      return hasShape('carrier', shown)
        ? { ok: true, value: shown, shown }
        : { ok: false, shown, reason: 'not-a-carrier' };
    case 'deliveryStatus': {
      if (!matchStatus(shown)) return { ok: false, shown, reason: 'not-a-status' };
      return {
        ok: true,
        value: meaningOf(shown).package === 'DELIVERED' ? 'DELIVERED' : 'IN_TRANSIT',
        shown,
      };
    }
  }
}
