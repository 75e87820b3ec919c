import { carrierNamedIn } from '../carrier-names';
import type { FieldKey } from '../labels';
import { isCode } from '../shapes';
import { normalizeLabel } from '../text';
import { matchReturnStatus } from '../vocabulary';
import type { Heading, RawFact } from './facts';
import { withItemRecordsWeighed } from './item-records';
import { asReturnFact, returnRecords } from './return-records';
import { meaningOf } from './status-meaning';
import { isItemRow } from './structure';
import type { VNode } from './visible-tree';

// Stage 4 of the reader: each field resolved. Only a field's strongest facts count: structure
// beats prose, and a label the seller taught beats both or neither (see RawFact.strength). Facts are then placed in their scope (the
// order's summary, or a shipment), and a single-valued field whose equally strong values
// disagree in its scope is left out and reported as conflicting, never guessed.

export const ITEM_KEYS: ReadonlySet<FieldKey> = new Set(['sku', 'quantity', 'productName', 'asin', 'fnsku']);
const ORDER_KEYS: ReadonlySet<FieldKey> = new Set([
  'merchantOrderId',
  'salesChannel',
  'rmaId',
  'returnStatus',
  // A return's condition and receipt are the return's, never a shipment's.
  'returnCondition',
  'returnReceivedDate',
]);
/**
 * A fact of a returns table's row as the return's: its status column is nothing of the order's,
 * and an item named by one of the order's SKUs in the item's column is that SKU. Other facts as
 * they are.
 */
function inReturnRow(
  fact: RawFact,
  returnRows: ReadonlyMap<VNode, boolean>,
  kept: readonly RawFact[],
): RawFact[] {
  const group = fact.group;
  if (!group || !returnRows.has(group)) return [fact];
  // A row per return (its RMA in it): the row's status is that return's. A row per returned item
  // says where that item is, which the return's own status, when the page shows one, sums up.
  if (fact.key === 'status' || fact.key === 'returnStatus') {
    const ownRma = kept.some((f) => f.key === 'rmaId' && f.group === group);
    const summedUp = kept.some((f) => f.key === 'returnStatus' && !(f.group && returnRows.has(f.group)));
    return matchReturnStatus(fact.value) && (ownRma || (!summedUp && fact.key === 'returnStatus'))
      ? [{ ...fact, key: 'returnStatus' }]
      : [];
  }
  // An item named by its code in the item's column: its SKU, when it is one of the order's.
  if (
    fact.key === 'productName' &&
    isCode(fact.value) &&
    !kept.some((f) => f.key === 'sku' && f.group === group) &&
    kept.some((f) => f.key === 'sku' && f.value === fact.value && !(f.group && returnRows.has(f.group)))
  )
    return [{ ...fact, key: 'sku' }];
  return [fact];
}

/**
 * The rows of a returns table, each with whether it shows a returned count. A row is a return's
 * when it names an RMA or a return status; or, on a page that shows a return, when it counts
 * units returned (more than none) and no ordered quantity: an order's item row may show how many
 * came back beside what was ordered, and stays the order's.
 */
/** The rows after `row` that a cell holding `node` spans by its `rowspan`. */
function rowsUnderSpan(node: VNode, row: VNode): VNode[] {
  let cell: VNode | null = node;
  while (cell && cell !== row && cell.name !== 'td' && cell.name !== 'th') cell = cell.parent;
  const span = cell && cell !== row ? Number(cell.element.getAttribute('rowspan')) || 1 : 1;
  if (span < 2 || !row.parent) return [];
  return row.parent.children
    .filter((sibling) => sibling.name === 'tr' && sibling.index > row.index)
    .slice(0, span - 1);
}

function returnRowsOf(kept: readonly RawFact[]): Map<VNode, boolean> {
  const rows = new Map<VNode, boolean>();
  const pageShowsReturn = kept.some((f) => f.key === 'rmaId' || f.key === 'returnStatus');
  const ordered = new Set<VNode>();
  for (const fact of kept) if (fact.key === 'quantity' && fact.group) ordered.add(fact.group);
  for (const fact of kept) {
    if (!fact.group || !isItemRow(fact.group)) continue;
    if (fact.key !== 'rmaId' && fact.key !== 'returnStatus') continue;
    // An RMA cell spanning rows ("rowspan=2"): the rows under it are that return's too.
    for (const row of [fact.group, ...rowsUnderSpan(fact.node, fact.group)])
      rows.set(row, rows.get(row) ?? false);
  }
  for (const fact of kept) {
    if (fact.key !== 'returnQuantity' || !fact.group || !isItemRow(fact.group)) continue;
    if (rows.has(fact.group)) rows.set(fact.group, true);
    else if (pageShowsReturn && Number(fact.value) > 0 && !ordered.has(fact.group))
      rows.set(fact.group, true);
  }
  return rows;
}
/** Fields that only exist once a shipment exists: the first one opens a shipment on a page without sections. */
const SHIPMENT_OPENERS: ReadonlySet<FieldKey> = new Set([
  'shippingDate',
  'carrier',
  'trackingNumber',
  'deliveryStatus',
  'deliveredDate',
]);
/** The names the reading reports a conflict under (those of the order model, as `missing`). */
const REPORTED_AS: Partial<Record<FieldKey, string>> = {
  merchantOrderId: 'displayableOrderId',
  salesChannel: 'salesChannel',
  rmaId: 'returns.rmaId',
  returnStatus: 'returns.status',
  returnCondition: 'returns.receivedCondition',
  returnReceivedDate: 'returns.receivedDate',
  status: 'fulfillmentOrderStatus',
  estimatedArrivalDate: 'estimatedArrivalDate',
  shippingDate: 'shippingDate',
  carrier: 'carrierCode',
  trackingNumber: 'trackingNumber',
  deliveryStatus: 'deliveryStatus',
  deliveredDate: 'deliveredDate',
};

export interface ShipmentScope {
  facts: RawFact[];
  /** Positions of the package headings inside this shipment. */
  packageStarts: number[];
  /** The package headings' texts by position ("Colis 1/2 · Colissimo 6A…"). */
  packageNames?: ReadonlyMap<number, string>;
}

/** One customer return's fields, when the page shows several (one card per RMA). */
export interface ReturnScope {
  fields: Map<FieldKey, RawFact>;
  items: RawFact[];
}

/** A return's own fields: with two RMAs or more on the page, each is read in its own scope. */
const RETURN_KEYS: ReadonlySet<FieldKey> = new Set([
  'rmaId',
  'returnStatus',
  'returnCondition',
  'returnReceivedDate',
]);

export interface ResolvedFields {
  /** One value per order-level field (summary shipment fields included); conflicts left out. */
  order: Map<FieldKey, RawFact>;
  shipments: ShipmentScope[];
  items: RawFact[];
  /** A return's items: "Article retourné : X × 1" values, and SKUs in a row that holds the RMA. */
  returnItems: RawFact[];
  /** Two returns or more: each return's fields and items (then none of them is in `order`). */
  returns: ReturnScope[];
  conflicts: string[];
}

/** The value a field is compared by: a status by what it means, the rest as read. */
function comparable(fact: RawFact): string {
  if (fact.key === 'status' || fact.key === 'deliveryStatus') {
    const meaning = meaningOf(fact.value);
    return `${meaning.order}|${meaning.package}`;
  }
  return fact.value;
}

/**
 * Several RMAs: a return's facts are those after a mention of its RMA, up to the next mention of
 * any RMA (the first mention also takes what comes before it, a card's header). An RMA shown twice
 * (a summary, then a detail block) gathers the facts after each of its mentions. With one RMA or
 * none, no scopes: the return is read from the order's own fields.
 */
function returnScopes(kept: readonly RawFact[]): {
  returns: ReturnScope[];
  returnAt: (pos: number) => ReturnScope;
} {
  const rmaMentions = kept.filter((f) => f.key === 'rmaId').sort((a, b) => a.pos - b.pos);
  const rmaValues = [...new Set(rmaMentions.map((f) => f.value))];
  const returns: ReturnScope[] =
    rmaValues.length >= 2 ? rmaValues.map(() => ({ fields: new Map(), items: [] })) : [];
  const returnAt = (pos: number): ReturnScope => {
    let mention = rmaMentions[0] as RawFact;
    for (const m of rmaMentions) if (m.pos <= pos) mention = m;
    return returns[rmaValues.indexOf(mention.value)] as ReturnScope;
  };
  return { returns, returnAt };
}

/**
 * A status in a row of a shipments table: that shipment's, weighed apart from the order's own
 * status (a header chip "Enviado parcialmente" read as prose stays the order's beside rows
 * "Entregado" / "Pendiente").
 */
const isShipmentRowStatus = (fact: RawFact): boolean => fact.key === 'status' && fact.shipmentRow === true;

/**
 * Item fields weighed row by row in the rows the page's structure laid out as items (a row
 * holding an item field as strong as any on the page): "SKU : X-1" printed as a line of the
 * product cell is that row's SKU even when a returns table elsewhere gives SKUs in cells of
 * their own. Outside such rows, the strongest reading of the page wins as for every field.
 */
function strongestInItemRows(
  facts: readonly RawFact[],
  strongest: ReadonlyMap<FieldKey, number>,
): Map<VNode, Map<FieldKey, number>> {
  const rows = new Map<VNode, Map<FieldKey, number>>();
  for (const fact of facts)
    if (
      fact.group &&
      isItemRow(fact.group) &&
      ITEM_KEYS.has(fact.key) &&
      fact.strength === strongest.get(fact.key)
    )
      rows.set(fact.group, new Map());
  for (const fact of facts) {
    const row = fact.group ? rows.get(fact.group) : undefined;
    if (row && ITEM_KEYS.has(fact.key)) row.set(fact.key, Math.max(row.get(fact.key) ?? 0, fact.strength));
  }
  return rows;
}

export function resolveFields(read: readonly RawFact[], headings: readonly Heading[]): ResolvedFields {
  const facts = withItemRecordsWeighed(read);
  const strongest = new Map<FieldKey, number>();
  for (const fact of facts)
    if (!isShipmentRowStatus(fact))
      strongest.set(fact.key, Math.max(strongest.get(fact.key) ?? 0, fact.strength));
  const inItemRows = strongestInItemRows(facts, strongest);
  const kept = facts.filter(
    (f) =>
      f.strength === strongest.get(f.key) ||
      isShipmentRowStatus(f) ||
      (f.group !== null && inItemRows.get(f.group)?.get(f.key) === f.strength),
  );

  const items: RawFact[] = [];
  const returnItems: RawFact[] = [];
  const returnRows = returnRowsOf(kept);
  const { returns, returnAt } = returnScopes(kept);
  const summary: RawFact[] = [];
  const placer = headings.some((h) => h.kind === 'shipment')
    ? sectionedShipments(headings)
    : runningShipments(kept, headings);

  const records = returnRecords(kept);
  for (const read of kept.flatMap((f) => inReturnRow(f, returnRows, kept))) {
    const inRecord = records.length > 0 ? asReturnFact(read, records) : null;
    if (inRecord === 'item') {
      if (returns.length > 0) returnAt(read.pos).items.push(read);
      else returnItems.push(read);
      continue;
    }
    const fact = inRecord ?? read;
    if (returns.length > 0 && (RETURN_KEYS.has(fact.key) || fact.key === 'returnItem')) {
      const scope = returnAt(fact.pos);
      if (fact.key === 'returnItem') scope.items.push(fact);
      else if (!scope.fields.has(fact.key)) scope.fields.set(fact.key, fact);
      continue;
    }
    if (fact.key === 'returnItem') {
      returnItems.push(fact);
      continue;
    }
    if (fact.key === 'returnQuantity') {
      // A return row's count (the return's items are read from SKU and quantity facts); in an
      // order's item row ("Quantité retournée : 0" beside what was ordered), nothing of the order.
      if (!fact.group || !returnRows.has(fact.group)) continue;
      const counted: RawFact = { ...fact, key: 'quantity' };
      if (returns.length > 0) returnAt(fact.pos).items.push(counted);
      else returnItems.push(counted);
      continue;
    }
    if (ITEM_KEYS.has(fact.key)) {
      if (fact.group && returnRows.has(fact.group)) {
        // The returned count, not the ordered one, where the row shows both.
        if (fact.key === 'quantity' && returnRows.get(fact.group)) continue;
        if (returns.length > 0) returnAt(fact.pos).items.push(fact);
        else returnItems.push(fact);
      } else items.push(fact);
      continue;
    }
    if (fact.key === 'orderId') continue;
    if (ORDER_KEYS.has(fact.key)) {
      summary.push(fact);
      continue;
    }
    if (!placer.place(fact)) summary.push(fact);
  }

  const { order, conflicts } = summaryFields(summary);
  const packageNames = new Map(
    headings.flatMap((h) => (h.kind === 'package' && h.text ? [[h.pos, h.text] as const] : [])),
  );
  const shipments = placer.shown().map((scope) => ({ ...scope, packageNames }));
  return { order, shipments, items, returnItems, returns, conflicts };
}

/** Where a shipment's fact goes: `place` is false for a fact of the order's summary. */
interface ShipmentPlacer {
  place: (fact: RawFact) => boolean;
  shown: () => ShipmentScope[];
}

/** Shipment sections ("Envoi 1 sur 2"): a fact is the section's it follows; before them, the summary's. */
function sectionedShipments(headings: readonly Heading[]): ShipmentPlacer {
  const sections = headings.filter((h) => h.kind === 'shipment');
  const packageStarts = headings.filter((h) => h.kind === 'package').map((h) => h.pos);
  const shipments: ShipmentScope[] = sections.map((h, i) => {
    const next = sections[i + 1]?.pos ?? Number.POSITIVE_INFINITY;
    return { facts: [], packageStarts: packageStarts.filter((p) => p > h.pos && p < next) };
  });
  return {
    place: (fact) => {
      const at = fact.scopePos ?? fact.pos;
      let section = -1;
      while (section + 1 < sections.length && (sections[section + 1] as Heading).pos < at) section++;
      if (section < 0) return false;
      if (!sections[section]?.cancelled) (shipments[section] as ShipmentScope).facts.push(fact);
      return true;
    },
    shown: () => shipments.filter((_, i) => !sections[i]?.cancelled),
  };
}

/** One carrier written two ways ("DHL" and "DHL Paket", "Colissimo" and "La Poste Colissimo"). */
function sameCarrier(a: string, b: string): boolean {
  const x = normalizeLabel(a);
  const y = normalizeLabel(b);
  if (x.includes(y) || y.includes(x)) return true;
  const named = carrierNamedIn(a);
  return named !== undefined && named === carrierNamedIn(b);
}

/** What a package header says of its parcel ("Paket 2 von 2 · DHL · Zugestellt"). */
const HEADER_KEYS = new Set<FieldKey>(['carrier', 'deliveryStatus']);

/**
 * No sections: the first field only a shipment has opens one (a status in a shipments table's row
 * too: that row's shipment); a different ship date or estimated delivery inside a shipment opens
 * the next, as does another row of a shipments table showing dates of its own (a row without is
 * another package of the same shipment: a parcel per row under one ship date, or dates spanning
 * rows).
 */
function runningShipments(kept: readonly RawFact[], headings: readonly Heading[]): ShipmentPlacer {
  const packageStarts = headings.filter((h) => h.kind === 'package').map((h) => h.pos);
  const shipments: ShipmentScope[] = [];
  /** The shipments table's row each shipment was opened by, when one was. */
  const shipmentRows = new Map<ShipmentScope, VNode>();
  let current: ShipmentScope | undefined;
  const valueIn = (scope: ShipmentScope, key: FieldKey) => scope.facts.find((f) => f.key === key)?.value;
  const datesDiffer = (scope: ShipmentScope, row: VNode): boolean =>
    kept.some(
      (f) =>
        f.group === row &&
        (f.key === 'shippingDate' || f.key === 'estimatedArrivalDate') &&
        valueIn(scope, f.key) !== f.value,
    );
  /** Another carrier under a package header of its own, after the shipment's carrier. */
  const carriedApart = (scope: ShipmentScope, fact: RawFact): boolean => {
    const carriers = scope.facts.filter((f) => f.key === 'carrier');
    const last = carriers.at(-1);
    return (
      last !== undefined &&
      !carriers.some((f) => sameCarrier(f.value, fact.value)) &&
      packageStarts.some((start) => start > last.pos && start < fact.pos)
    );
  };
  /**
   * The next shipment, opened by `fact` inside a package section: what that section's header
   * already said ("Paket 2 von 2 · Zugestellt") is the new shipment's, not the one before's.
   */
  const openFromSection = (from: ShipmentScope, fact: RawFact): ShipmentScope => {
    const next = open(fact, null, false);
    const start = Math.max(-1, ...packageStarts.filter((p) => p < fact.pos));
    const inSection = from.facts.filter((f) => (f.scopePos ?? f.pos) > start);
    // Only a header's own words (its carrier, its status) before any of the section's fields, and
    // fields repeating what the shipment before already said above the section (two parcels
    // shipped the same day: the second's date is its own too).
    const before = from.facts.filter((f) => (f.scopePos ?? f.pos) <= start);
    const repeated = (f: RawFact) => before.some((b) => b.key === f.key && b.value === f.value);
    const moving = inSection.every((f) => HEADER_KEYS.has(f.key) || repeated(f)) ? inSection : [];
    if (start >= 0 && moving.length > 0 && moving.length < from.facts.length) {
      from.facts = from.facts.filter((f) => !moving.includes(f));
      next.facts.push(...moving);
    }
    return next;
  };
  const open = (fact: RawFact, row: VNode | null, first: boolean): ShipmentScope => {
    const scope = {
      facts: [],
      packageStarts: first ? [...packageStarts] : packageStarts.filter((p) => p > fact.pos),
    };
    shipments.push(scope);
    if (row) shipmentRows.set(scope, row);
    return scope;
  };
  return {
    place: (fact) => {
      const row = fact.shipmentRow === true ? fact.group : null;
      if (!current) {
        if (!SHIPMENT_OPENERS.has(fact.key) && !(fact.key === 'status' && row)) return false;
        current = open(fact, row, true);
      } else if (
        row &&
        shipmentRows.has(current) &&
        shipmentRows.get(current) !== row &&
        datesDiffer(current, row)
      ) {
        current = open(fact, row, false);
      } else if (
        (fact.key === 'shippingDate' || fact.key === 'estimatedArrivalDate') &&
        valueIn(current, fact.key) !== undefined &&
        valueIn(current, fact.key) !== fact.value
      ) {
        current = openFromSection(current, fact);
      } else if (fact.key === 'carrier' && carriedApart(current, fact)) {
        // "Paquete 1 · SEUR", "Paquete 2 · Correos": parcels of other carriers, each under its
        // own header, left at different times; one shipment leaves with one carrier.
        current = openFromSection(current, fact);
      }
      current.facts.push(fact);
      return true;
    },
    shown: () => shipments,
  };
}

/** The order summary's fields: one value each, or none and a conflict where equal facts disagree. */
/**
 * Two statuses that say the same of the order, one telling more ("Bestellstatus: Abgeschlossen"
 * and, in the shipment's box, "Sendungsstatus: Zugestellt": complete, and delivered): the one
 * that tells more. Statuses that name two different order states stay a conflict.
 */
function agreeingStatus(known: RawFact, fact: RawFact): RawFact | null {
  const a = meaningOf(known.value);
  const b = meaningOf(fact.value);
  if (a.order === undefined || a.order !== b.order) return null;
  if (a.package === undefined) return b.package === undefined ? known : fact;
  return b.package === undefined || b.package === a.package ? known : null;
}

/**
 * The seller's id written two ways ("#1058" and "1058"; "TTT-UK-77120" and the number the
 * customer sees, "77120"): one id, the first kept, not a conflict that loses both.
 */
function sameIdInTwoForms(a: string, b: string): boolean {
  const x = a.replace(/^#\s*/, '');
  const y = b.replace(/^#\s*/, '');
  if (x === y) return true;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return (
    /\d{3,}$/.test(short) &&
    long.endsWith(short) &&
    /[-_/# .]/.test(long.charAt(long.length - short.length - 1))
  );
}

function summaryFields(summary: readonly RawFact[]): { order: Map<FieldKey, RawFact>; conflicts: string[] } {
  const order = new Map<FieldKey, RawFact>();
  const conflicts: string[] = [];
  const conflicting = new Set<FieldKey>();
  for (const fact of summary) {
    const known = order.get(fact.key);
    if (conflicting.has(fact.key)) continue;
    if (!known) order.set(fact.key, fact);
    else if (fact.key === 'status' && agreeingStatus(known, fact))
      order.set(fact.key, agreeingStatus(known, fact) as RawFact);
    else if (fact.key === 'merchantOrderId' && sameIdInTwoForms(known.value, fact.value)) continue;
    else if (comparable(known) !== comparable(fact)) {
      order.delete(fact.key);
      conflicting.add(fact.key);
      conflicts.push(REPORTED_AS[fact.key] ?? fact.key);
    }
  }
  return { order, conflicts };
}
