import type { OrderInput } from '../model/order';
import { readPage } from '../page/read-order-page';
import type { LearnedRule, TeachableField } from './learned-rule';
import type { Place } from './nearest-label';

// Whether a place would teach anything: the page the seller taught on, read with a rule at that
// place alone, gives the value they picked. A label the reader pairs with another value ("Parcel
// 1 of 1" above a line of text), or a header row, would read nothing or something else on the next
// page too; the next place is tried instead.

/** What the seller taught, and how the page is read (as the extension reads it). */
export interface ReadBack {
  url: string;
  now: string;
  field: TeachableField;
  override: boolean;
  /** The picked value as stored (`readPickedValue`). */
  value: string;
  nativeVisibility?: boolean;
}

/** Every value the reading gives for the field, where the reading may put it. */
function valuesOf(order: OrderInput, field: TeachableField): (string | undefined)[] {
  const shipments = order.shipments ?? [];
  const packages = shipments.flatMap((s) => s.packages ?? []);
  switch (field) {
    case 'estimatedArrivalDate':
      return [order.estimatedArrivalDate, ...shipments.map((s) => s.estimatedArrivalDate)];
    case 'shippingDate':
      return shipments.map((s) => s.shippingDate);
    case 'trackingNumber':
      return packages.map((p) => p.trackingNumber);
    case 'carrierCode':
      return packages.map((p) => p.carrierCode?.toLowerCase());
    // The reader's input type leaves a status unchecked (a case-insensitive enum, preprocessed).
    case 'deliveryStatus':
      return packages.map((p) => (typeof p.currentStatus === 'string' ? p.currentStatus : undefined));
  }
}

/**
 * A check for `placeOf`: whether the page, read with a rule at the place, gives the picked value.
 * A page that is not read as one order without the rule cannot say: every place passes there.
 */
export function readsBackOn(doc: Document, teach: ReadBack): (place: Place) => boolean {
  const options = { now: teach.now, nativeVisibility: teach.nativeVisibility === true };
  if (readPage(doc, teach.url, options).kind !== 'order') return () => true;
  const host = new URL(teach.url).host;
  const want = teach.field === 'carrierCode' ? teach.value.toLowerCase() : teach.value;
  return (place) => {
    const rule: LearnedRule = {
      host,
      field: teach.field,
      ...place,
      override: teach.override,
      createdAt: teach.now,
      example: '',
    };
    const outcome = readPage(doc, teach.url, { ...options, learned: [rule] });
    return outcome.kind === 'order' && valuesOf(outcome.reading.order, teach.field).includes(want);
  };
}
