import type { Marketplace, OrderInput, PackageStatus, Return } from '../../model/order';
import type { FieldKey, ReturnStatusKey } from '../labels';
import { matchReturnStatus } from '../vocabulary';
import { RETURN_ITEM_SEPARATOR } from './candidates';
import type { RawFact } from './facts';
import type { ResolvedFields, ShipmentScope } from './resolve';
import { meaningOf, RETURN_STATUS_MEANING, type ShipmentStatus } from './status-meaning';
import { isItemRow } from './structure';
import type { VNode } from './visible-tree';

// Stage 5 of the reader: the order, in the core model, with the provenance of every field and
// the fields that were looked for and not found.

interface PackageDraft {
  carrierCode?: string;
  trackingNumber?: string;
  currentStatus?: PackageStatus;
  deliveredDate?: string;
}
interface ShipmentDraft {
  fulfillmentShipmentStatus?: ShipmentStatus;
  shippingDate?: string;
  estimatedArrivalDate?: string;
  packages: PackageDraft[];
}
interface ItemDraft {
  sellerSku?: string;
  quantity?: number;
  title?: string;
  asin?: string;
  fnsku?: string;
  group: VNode | null;
}

export interface AssembleInput {
  marketplace: Marketplace;
  now: string;
  resolved: ResolvedFields;
  /** The order's Amazon id, or its labelled id, or the one its URL names. */
  orderId: string | null;
  /** A second id labelled as the order's, not Amazon-shaped (the seller's own MCF id). */
  otherOrderId?: string;
  unfulfillableReason?: 'damaged-unit' | 'dangerous-goods';
}

export interface Assembled {
  order: OrderInput;
  missing: string[];
}

/** A shipment as the order model holds it (empty packages left out), its fields noted as seen. */
function shipmentInModel(
  draft: ShipmentDraft,
  i: number,
  seen: (path: string) => void,
): NonNullable<OrderInput['shipments']>[number] {
  const shipment: NonNullable<OrderInput['shipments']>[number] = { packages: [] };
  for (const field of ['fulfillmentShipmentStatus', 'shippingDate', 'estimatedArrivalDate'] as const) {
    if (draft[field] !== undefined) {
      (shipment as Record<string, unknown>)[field] = draft[field];
      seen(`shipments.${i}.${field}`);
    }
  }
  shipment.packages = draft.packages
    .filter((p) => Object.keys(p).length > 0)
    .map((p, j) => {
      for (const field of Object.keys(p)) seen(`shipments.${i}.packages.${j}.${field}`);
      return { ...p, events: [] };
    });
  return shipment;
}

export function assembleOrder(input: AssembleInput): Assembled | null {
  const { resolved } = input;
  const provenance: Record<string, { source: 'page'; seenAt: string }> = {};
  // One entry object for every path: all were seen at the same instant.
  const seenHere = { source: 'page', seenAt: input.now } as const;
  const seen = (path: string) => {
    provenance[path] = seenHere;
  };
  const value = (key: FieldKey) => resolved.order.get(key)?.value;

  const order: OrderInput = {
    marketplace: input.marketplace,
    items: [],
    shipments: [],
    returns: [],
    provenance,
  };
  if (input.orderId) {
    order.sellerFulfillmentOrderId = input.orderId;
    seen('sellerFulfillmentOrderId');
  }
  const displayable = value('merchantOrderId') ?? input.otherOrderId;
  if (displayable && displayable !== input.orderId) {
    order.displayableOrderId = displayable;
    seen('displayableOrderId');
  }
  if (!order.sellerFulfillmentOrderId && !order.displayableOrderId) return null;
  const salesChannel = value('salesChannel');
  if (salesChannel) {
    order.salesChannel = salesChannel;
    seen('salesChannel');
  }

  const shipments = withoutRepeatedParcels(resolved.shipments.map(shipmentOf));
  attributeSummary(resolved.order, shipments);
  // The order's status, from the summary; on a page whose status comes after a shipment field
  // (no summary), from the shipments when they all say the same of the order.
  const status = value('status') ?? orderStatusOfShipments(resolved.shipments);
  if (status) {
    const meaning = meaningOf(status);
    // The order's status is its only shipment's status when the shipment shows none.
    const only = shipments.length === 1 ? shipments[0] : undefined;
    if (only && meaning.shipment) only.fulfillmentShipmentStatus ??= meaning.shipment;
    if (meaning.order) {
      order.fulfillmentOrderStatus = meaning.order;
      seen('fulfillmentOrderStatus');
    }
    // "Delivered" for the whole order: every package whose own status is not shown.
    if (meaning.package)
      for (const s of shipments) for (const p of s.packages) p.currentStatus ??= meaning.package;
  }
  const edd = value('estimatedArrivalDate');
  if (edd) {
    order.estimatedArrivalDate = edd;
    seen('estimatedArrivalDate');
  }

  order.shipments = shipments.map((draft, i) => shipmentInModel(draft, i, seen));

  const { items, quantityMissing } = itemsOf(resolved.items);
  order.items = items;
  items.forEach((item, i) => {
    for (const field of Object.keys(item)) seen(`items.${i}.${field}`);
  });

  const scopes =
    resolved.returns.length > 0
      ? resolved.returns
      : [{ fields: resolved.order, items: resolved.returnItems }];
  for (const scope of scopes) {
    const customerReturn = returnOf(scope.fields, scope.items);
    if (!customerReturn) continue;
    const at = `returns.${order.returns?.length ?? 0}`;
    for (const field of ['rmaId', 'status', 'items', 'receivedCondition', 'receivedDate'] as const)
      if (field === 'items' ? customerReturn.items.length > 0 : customerReturn[field] !== undefined)
        seen(`${at}.${field}`);
    order.returns = [...(order.returns ?? []), customerReturn];
  }

  if (order.fulfillmentOrderStatus === 'Unfulfillable' || order.fulfillmentOrderStatus === 'Invalid') {
    order.unfulfillableReason = input.unfulfillableReason ?? 'other';
    seen('unfulfillableReason');
  }

  const missing = missingFields(order).filter((m) => !resolved.conflicts.includes(m));
  // A SKU shown without its quantity: the item is left out (never guessed), and said so.
  if (quantityMissing) missing.push('items.quantity');
  return { order, missing };
}

/**
 * A parcel named again further down ("Colis 1/2 · Colissimo 6A…" over its history, in its own
 * section or after a table of both parcels) is the parcel already read, not one more in the
 * section open there: what it adds fills the first reading's blanks, the rest stay the first's.
 */
function withoutRepeatedParcels(shipments: ShipmentDraft[]): ShipmentDraft[] {
  const first = new Map<string, PackageDraft>();
  const fill = (known: PackageDraft, pkg: PackageDraft) => {
    known.carrierCode ??= pkg.carrierCode;
    known.currentStatus ??= pkg.currentStatus;
    known.deliveredDate ??= pkg.deliveredDate;
  };
  for (const shipment of shipments) {
    shipment.packages = shipment.packages.filter((pkg) => {
      const tracking = pkg.trackingNumber;
      if (tracking === undefined) return true;
      const known = first.get(tracking);
      if (!known) {
        first.set(tracking, pkg);
        return true;
      }
      fill(known, pkg);
      return false;
    });
  }
  // A package opened by a heading that names another package's tracking number, and showing
  // none of its own, is that package: its status goes there, never to the section it sits in.
  for (const shipment of shipments)
    shipment.packages = shipment.packages.filter((pkg) => {
      const heading = packageHeadings.get(pkg);
      if (!heading || pkg.trackingNumber !== undefined || pkg.carrierCode !== undefined) return true;
      const words = new Set(heading.split(/[\s·|:,;()–—-]+/));
      const named = [...first.keys()].find((tracking) => words.has(tracking));
      if (!named) return true;
      fill(first.get(named) as PackageDraft, pkg);
      return false;
    });
  return shipments;
}

/** The heading that opened a package ("Package 1/2 · UPS 1Z…"), for the packages opened by one. */
const packageHeadings = new WeakMap<PackageDraft, string>();

function orderStatusOfShipments(scopes: readonly ShipmentScope[]): string | undefined {
  const said = new Map<string, string>();
  for (const scope of scopes)
    for (const fact of scope.facts) {
      const order = fact.key === 'status' ? meaningOf(fact.value).order : undefined;
      if (order && !said.has(order)) said.set(order, fact.value);
    }
  return said.size === 1 ? [...said.values()][0] : undefined;
}

function shipmentOf(scope: ShipmentScope): ShipmentDraft {
  const shipment: ShipmentDraft = { packages: [] };
  let current: PackageDraft | undefined;
  let nextPackage = 0;
  /** Packages opened by their own section heading ("Colis 2 sur 2"): each is a package. */
  const headed = new Set<PackageDraft>();
  const newPackage = () => {
    current = {};
    shipment.packages.push(current);
    return current;
  };
  const packageNow = () => current ?? newPackage();
  for (const fact of scope.facts) {
    // Package sections ("Colis 2 sur 2") inside the shipment.
    while (
      nextPackage < scope.packageStarts.length &&
      (scope.packageStarts[nextPackage] as number) < fact.pos
    ) {
      const name = scope.packageNames?.get(scope.packageStarts[nextPackage] as number);
      nextPackage++;
      const pkg = newPackage();
      headed.add(pkg);
      if (name) packageHeadings.set(pkg, name);
    }
    switch (fact.key) {
      case 'shippingDate':
        shipment.shippingDate ??= fact.value;
        break;
      case 'estimatedArrivalDate':
        shipment.estimatedArrivalDate ??= fact.value;
        break;
      case 'status': {
        const meaning = meaningOf(fact.value);
        if (meaning.shipment) shipment.fulfillmentShipmentStatus ??= meaning.shipment;
        if (meaning.package) packageNow().currentStatus ??= meaning.package;
        break;
      }
      case 'deliveryStatus': {
        const meaning = meaningOf(fact.value);
        if (meaning.package) packageNow().currentStatus ??= meaning.package;
        break;
      }
      case 'deliveredDate': {
        const pkg = packageNow();
        pkg.deliveredDate ??= fact.value;
        pkg.currentStatus ??= 'DELIVERED';
        break;
      }
      case 'carrier':
      case 'trackingNumber': {
        const field = fact.key === 'carrier' ? 'carrierCode' : 'trackingNumber';
        let pkg = packageNow();
        if (pkg[field] !== undefined && pkg[field] !== fact.value) {
          // The same tracking number often shows twice (a label and a Swiship link).
          const again = shipment.packages.find((p) => p[field] === fact.value);
          if (again) {
            current = again;
            break;
          }
          pkg = newPackage();
        }
        pkg[field] = fact.value;
        break;
      }
    }
  }
  // "Carrier: GLS" over a list of two tracking numbers: the shipment's one carrier names every
  // package it shows no other carrier for (two carriers shown: nothing is filled in).
  const carriers = new Set(shipment.packages.map((p) => p.carrierCode).filter((c) => c !== undefined));
  if (carriers.size === 1) {
    const [carrier] = carriers;
    for (const p of shipment.packages) if (p.trackingNumber !== undefined) p.carrierCode ??= carrier;
  }
  // That carrier, named above the packages ("Transporteur : Colissimo" over "Colis 1", "Colis 2"),
  // is theirs, not a package of its own (a package under its own heading always is one).
  const onlyCarrier = (p: PackageDraft) =>
    !headed.has(p) &&
    p.trackingNumber === undefined &&
    p.currentStatus === undefined &&
    p.deliveredDate === undefined;
  if (shipment.packages.length > 1)
    shipment.packages = shipment.packages.filter(
      (p) => !onlyCarrier(p) || !shipment.packages.some((o) => o !== p && o.carrierCode === p.carrierCode),
    );
  return shipment;
}

/**
 * Summary fields belong to the order's only shipment (created when the page shows none). With
 * several shipments they are attributed only through their tracking number, when exactly one
 * package of one shipment carries it; otherwise they are left out.
 */
function attributeSummary(summary: ReadonlyMap<FieldKey, RawFact>, shipments: ShipmentDraft[]): void {
  const shippingDate = summary.get('shippingDate')?.value;
  const carrierCode = summary.get('carrier')?.value;
  const trackingNumber = summary.get('trackingNumber')?.value;
  const deliveredDate = summary.get('deliveredDate')?.value;
  const delivery = summary.get('deliveryStatus')?.value;
  let currentStatus = delivery ? meaningOf(delivery).package : undefined;
  if (deliveredDate) currentStatus ??= 'DELIVERED';
  if (!shippingDate && !carrierCode && !trackingNumber && !currentStatus && !deliveredDate) return;
  let shipment: ShipmentDraft | undefined;
  let pkg: PackageDraft | undefined;
  if (trackingNumber) {
    const owners = shipments.filter((s) => s.packages.some((p) => p.trackingNumber === trackingNumber));
    if (owners.length === 1) {
      shipment = owners[0];
      pkg = shipment?.packages.find((p) => p.trackingNumber === trackingNumber);
    }
  }
  if (!shipment) {
    if (shipments.length === 0) shipments.push({ packages: [] });
    if (shipments.length > 1) return;
    shipment = shipments[0] as ShipmentDraft;
  }
  if (shippingDate) shipment.shippingDate ??= shippingDate;
  if (!carrierCode && !trackingNumber && !currentStatus && !deliveredDate) return;
  if (!pkg) {
    const shown = shipment.packages.filter((p) => Object.keys(p).length > 0);
    if (shown.length > 1) return;
    pkg = shown[0];
    if (pkg?.trackingNumber && trackingNumber && pkg.trackingNumber !== trackingNumber) return;
    if (!pkg) {
      pkg = {};
      shipment.packages.push(pkg);
    }
  }
  if (carrierCode) pkg.carrierCode ??= carrierCode;
  if (trackingNumber) pkg.trackingNumber ??= trackingNumber;
  if (currentStatus) pkg.currentStatus ??= currentStatus;
  if (deliveredDate) pkg.deliveredDate ??= deliveredDate;
}

const ITEM_FIELDS = {
  sku: 'sellerSku',
  quantity: 'quantity',
  productName: 'title',
  asin: 'asin',
  fnsku: 'fnsku',
} as const;

/**
 * Facts of one row, list item or block belong to one item; facts outside any such group follow
 * one another, a field seen again starting the next item. The same SKU listed twice (an item
 * table, then a package's contents) is one item. A quantity not shown is missing, never guessed.
 */
function itemsOf(facts: readonly RawFact[]): {
  items: NonNullable<OrderInput['items']>;
  quantityMissing: boolean;
} {
  const drafts: ItemDraft[] = [];
  const byGroup = new Map<unknown, ItemDraft>();
  let sequential: ItemDraft | undefined;
  for (const fact of facts) {
    const field = ITEM_FIELDS[fact.key as keyof typeof ITEM_FIELDS];
    if (!field) continue;
    // A line inside an item's row ("SKU: X · ASIN: Y" under the title, in the row's product
    // cell) is that row's item, while the row lacks the field.
    let draft = fact.group
      ? (byGroup.get(fact.group) ??
        drafts.findLast((d) => d.group?.contains(fact.group as VNode) && d[field] === undefined))
      : sequential;
    if (
      draft &&
      draft[field] !== undefined &&
      draft[field] !== (field === 'quantity' ? Number(fact.value) : fact.value)
    ) {
      // A group holding two items (a block with two SKUs) is read in sequence.
      draft = undefined;
    }
    // A field in the block just after an item's SKU, while that item still lacks its quantity, is
    // that item's: "Vaso (SKU: V-1)" then "Quantità: 1" in the next grid cell; "SKU: X", "ASIN:
    // Y", "Unidades: 3" on lines of their own. Never a SKU (it starts the next item), never once
    // the item has its quantity (a next card's ASIN is the next item's), and not across table
    // rows or list items: there a row without its quantity keeps it missing.
    if (
      draft === undefined &&
      field !== 'sellerSku' &&
      !(fact.group && isItemRow(fact.group)) &&
      !(sequential?.group && isItemRow(sequential.group)) &&
      sequential?.sellerSku !== undefined &&
      sequential.quantity === undefined &&
      sequential[field] === undefined &&
      drafts[drafts.length - 1] === sequential
    )
      draft = sequential;
    if (!draft) {
      draft = { group: fact.group };
      drafts.push(draft);
      if (fact.group) byGroup.set(fact.group, draft);
      sequential = draft;
    }
    if (draft[field] !== undefined) continue;
    if (field === 'quantity') draft.quantity = Number(fact.value);
    else draft[field] = fact.value;
  }
  const items: NonNullable<OrderInput['items']> = [];
  const bySku = new Map<string, NonNullable<OrderInput['items']>[number]>();
  let quantityMissing = false;
  for (const { group: _group, ...draft } of drafts) {
    if (draft.sellerSku === undefined) continue;
    const known = bySku.get(draft.sellerSku);
    if (known) {
      known.title ??= draft.title;
      known.asin ??= draft.asin;
      known.fnsku ??= draft.fnsku;
      if (known.quantity === undefined && draft.quantity !== undefined) known.quantity = draft.quantity;
      continue;
    }
    const item = { ...draft, sellerSku: draft.sellerSku } as NonNullable<OrderInput['items']>[number];
    bySku.set(draft.sellerSku, item);
    items.push(item);
  }
  const complete = items.filter((item) => item.quantity !== undefined);
  if (complete.length < items.length) quantityMissing = true;
  for (const item of complete)
    for (const key of Object.keys(item))
      if ((item as Record<string, unknown>)[key] === undefined) delete (item as Record<string, unknown>)[key];
  return { items: complete, quantityMissing };
}

/**
 * A customer return from its fields: an RMA with a status, or with the condition of the unit
 * received (a disposition says the return was received). Null without both.
 */
function returnOf(fields: ReadonlyMap<FieldKey, RawFact>, items: readonly RawFact[]): Return | null {
  const rmaId = fields.get('rmaId')?.value;
  const returnStatus = fields.get('returnStatus')?.value;
  const condition = fields.get('returnCondition')?.value as Return['receivedCondition'];
  const receivedDate = fields.get('returnReceivedDate')?.value;
  if (!rmaId || !(returnStatus || condition)) return null;
  const status = returnStatus
    ? RETURN_STATUS_MEANING[matchReturnStatus(returnStatus) as ReturnStatusKey]
    : 'received';
  const customerReturn: Return = { rmaId, items: returnItemsOf(items), status };
  if (condition) customerReturn.receivedCondition = condition;
  if (receivedDate) customerReturn.receivedDate = receivedDate;
  return customerReturn;
}

/** A return's items: "SKU × n" values, and SKU and quantity facts of its row; a SKU listed twice once. */
function returnItemsOf(facts: readonly RawFact[]): Return['items'] {
  const counts = new Map<string, number>();
  for (const fact of facts) {
    if (fact.key !== 'returnItem') continue;
    const cut = fact.value.lastIndexOf(RETURN_ITEM_SEPARATOR);
    const sku = fact.value.slice(0, cut);
    if (!counts.has(sku)) counts.set(sku, Number(fact.value.slice(cut + 1)));
  }
  for (const item of itemsOf(facts.filter((f) => f.key !== 'returnItem')).items)
    if (!counts.has(item.sellerSku) && item.quantity >= 1) counts.set(item.sellerSku, item.quantity);
  return [...counts].map(([sellerSku, quantity]) => ({ sellerSku, quantity }));
}

function missingFields(order: OrderInput): string[] {
  const missing: string[] = [];
  const shipments = order.shipments ?? [];
  const packages = shipments.flatMap((s) => s.packages ?? []);
  if (!order.sellerFulfillmentOrderId) missing.push('sellerFulfillmentOrderId');
  if (!order.fulfillmentOrderStatus) missing.push('fulfillmentOrderStatus');
  if (!order.salesChannel) missing.push('salesChannel');
  if (!order.estimatedArrivalDate && !shipments.some((s) => s.estimatedArrivalDate))
    missing.push('estimatedArrivalDate');
  const anyShipDate = shipments.some((s) => s.shippingDate);
  const anyTracking = packages.some((p) => p.trackingNumber);
  const anyCarrier = packages.some((p) => p.carrierCode);
  if (!anyShipDate) missing.push('shippingDate');
  if (!anyTracking) missing.push('trackingNumber');
  if (!anyCarrier) missing.push('carrierCode');
  if ((order.items ?? []).length === 0) missing.push('items');
  // Gaps inside a shipment when other shipments show the field.
  shipments.forEach((s, i) => {
    if (anyShipDate && !s.shippingDate) missing.push(`shipments.${i}.shippingDate`);
    const shipmentPackages = s.packages ?? [];
    if (shipmentPackages.length === 0) {
      if (anyTracking) missing.push(`shipments.${i}.packages`);
      return;
    }
    shipmentPackages.forEach((p, j) => {
      if (anyTracking && !p.trackingNumber) missing.push(`shipments.${i}.packages.${j}.trackingNumber`);
      if (anyCarrier && !p.carrierCode) missing.push(`shipments.${i}.packages.${j}.carrierCode`);
    });
  });
  return missing;
}
