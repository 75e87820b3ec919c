import type { OrderInput } from '../model/order';
import { readPage } from '../page/read-order-page';
import type { RawFact } from '../page/reader/facts';
import { meaningOf } from '../page/reader/status-meaning';
import type { LearnedRule, TeachableField } from './learned-rule';
import type { Place } from './nearest-label';
import { READER_FIELD } from './reader-field';

// Whether a place would teach anything: the page the seller taught on, read with a rule at that
// place alone, gives the value they picked. A label the reader pairs with another value ("Parcel
// 1 of 1" above a line of text), or a header row, would read nothing or something else on the next
// page too; the next place is tried instead. Given the picked element, the place itself must read
// the value there: a page that gives the value without the rule ("Consegnato" read by the built-in
// labels) says nothing of a place that reads another line ("Spedizioni" over its card).

/** What the seller taught, and how the page is read (as the extension reads it). */
export interface ReadBack {
  url: string;
  now: string;
  field: TeachableField;
  override: boolean;
  /** The picked value as stored (`readPickedValue`). */
  value: string;
  nativeVisibility?: boolean;
  /** The element the seller picked: the place must read the value there, not only somewhere. */
  picked?: Element;
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

/** A candidate fact's value in the picked value's terms (a status as delivered or not). */
function factValue(fact: RawFact, field: TeachableField): string {
  if (field === 'carrierCode') return fact.value.toLowerCase();
  if (field === 'deliveryStatus') return meaningOf(fact.value).package ?? '';
  return fact.value;
}

const DATE_FIELDS: ReadonlySet<TeachableField> = new Set(['estimatedArrivalDate', 'shippingDate']);

const factKey = (fact: RawFact) => `${fact.key}|${fact.pos}|${fact.strength}|${fact.value}`;

/** Whether one of two nodes holds the other. */
const overlaps = (a: Node, b: Node): boolean => a.contains(b) || b.contains(a);

/**
 * A check for `placeOf`: whether the page, read with a rule at the place, gives the picked value
 * (and, given the picked element, whether a fact the rule adds reads it at that element).
 * A page that is not read as one order without the rule cannot say: every place passes there.
 */
export function readsBackOn(doc: Document, teach: ReadBack): (place: Place) => boolean {
  const before = new Set<string>();
  const options = { now: teach.now, nativeVisibility: teach.nativeVisibility === true };
  const plain = readPage(doc, teach.url, {
    ...options,
    onCandidates: (facts) => {
      for (const fact of facts) before.add(factKey(fact));
    },
  });
  if (plain.kind !== 'order') return () => true;
  const host = new URL(teach.url).host;
  const want = teach.field === 'carrierCode' ? teach.value.toLowerCase() : teach.value;
  const picked = teach.picked;
  const key = READER_FIELD[teach.field];
  return (place) => {
    const rule: LearnedRule = {
      host,
      field: teach.field,
      ...place,
      override: teach.override,
      createdAt: teach.now,
      example: '',
    };
    // A rule taught to correct a wrong reading already wins: one reading says both.
    let readThere = picked === undefined;
    const atPicked = (facts: readonly RawFact[]) => {
      readThere = picked !== undefined && readsValueAt(facts, picked) && !readsSeveralDates(facts);
    };
    const outcome = readPage(doc, teach.url, {
      ...options,
      learned: [rule],
      ...(picked && rule.override ? { onCandidates: atPicked } : {}),
    });
    if (outcome.kind !== 'order' || !valuesOf(outcome.reading.order, teach.field).includes(want))
      return false;
    if (picked && !rule.override)
      readPage(doc, teach.url, {
        ...options,
        learned: [{ ...rule, override: true }],
        onCandidates: atPicked,
      });
    return readThere;
  };

  /**
   * Whether the rule adds several dates of the field on this page: a column header over a carrier's
   * history names every event's date, not the one picked ("Date et heure" over six events, sorted
   * newest first here and oldest first on the next page). Such a place says no date.
   */
  function readsSeveralDates(facts: readonly RawFact[]): boolean {
    if (!DATE_FIELDS.has(teach.field)) return false;
    const dates = new Set<string>();
    for (const fact of facts)
      if (fact.key === key && !fact.fallback && !before.has(factKey(fact))) dates.add(fact.value);
    return dates.size > 1;
  }

  /**
   * Whether the rule, winning over the built-in labels, adds a fact of the field that reads the
   * value at the picked element ("Spedizioni" over a card reads its first line, not the pill).
   */
  function readsValueAt(facts: readonly RawFact[], picked: Element): boolean {
    return facts.some(
      (fact) =>
        fact.key === key &&
        !before.has(factKey(fact)) &&
        overlaps(fact.node.node, picked) &&
        factValue(fact, teach.field) === want,
    );
  }
}
