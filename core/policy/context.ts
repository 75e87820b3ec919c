import { calendarDateOf, fromDayNumber, toDayNumber } from '../dates/calendar';
import type { Finding, Settings } from '../model/finding';
import type { Order, Package, Shipment } from '../model/order';
import type { CalendarDate, Provenance } from '../model/primitives';
import { EVENT_DELIVERED, EVENT_DELIVERED_TO_LOCKER, EVENT_SHIPMENT_DAMAGED } from '../model/sp-api-enums';

// What every rule needs to know about an order, derived once per assessment. Rules read this and
// write into a Collector; none of them sees `now`, only the calendar day it falls on, so a finding
// can only change when a day boundary is crossed (which is what makes `nextReviewAt` exact).

/** Statuses that mean the customer has the parcel. `PICKUP_SUCCESSFUL`: collected at a pickup
 *  point; the `RETURN_*`/`REFUND_ISSUED` statuses only follow a delivery (customer return). */
const DELIVERED_STATUSES: ReadonlySet<string> = new Set([
  'DELIVERED',
  'PICKUP_SUCCESSFUL',
  'RETURN_REQUEST_ACCEPTED',
  'REFUND_ISSUED',
  'RETURN_RECEIVED_IN_FC',
]);
/** EVENT_804: picked up from a locker. */
const DELIVERED_EVENTS: ReadonlySet<string> = new Set([
  EVENT_DELIVERED,
  EVENT_DELIVERED_TO_LOCKER,
  'EVENT_804',
]);
/** Back in Amazon's network before reaching the customer: the unit is not lost. EVENT_309 is
 *  "Returned to seller". */
const RETURNED_STATUSES: ReadonlySet<string> = new Set(['RETURNED']);
const RETURNED_EVENTS: ReadonlySet<string> = new Set(['EVENT_309']);

/** - `delivered`: the carrier says so; never lost (R4).
 *  - `returned`: back at Amazon; not lost either.
 *  - `not-delivered`: the carrier reports a status that is not delivery (in transit, delayed...).
 *  - `unknown`: no carrier status at all (e.g. a report import); never read as not delivered. */
export type DeliveryState = 'delivered' | 'returned' | 'not-delivered' | 'unknown';

export function packageDelivery(pkg: Package): DeliveryState {
  const status = pkg.currentStatus;
  if ((status && DELIVERED_STATUSES.has(status)) || pkg.deliveredDate) return 'delivered';
  let known = status !== undefined && status !== 'UNKNOWN';
  let returned = status !== undefined && RETURNED_STATUSES.has(status);
  for (const event of pkg.events) {
    if (DELIVERED_EVENTS.has(event.code)) return 'delivered';
    if (RETURNED_EVENTS.has(event.code)) returned = true;
    if (event.code !== 'UNKNOWN') known = true;
  }
  if (returned) return 'returned';
  return known ? 'not-delivered' : 'unknown';
}

/** The fields that would settle an `unknown` ship state (paths as in `Order.provenance`). For
 *  the order-level unit: its status, or a ship date (a seller who types one creates shipment 0,
 *  see core/user-fields.ts). */
export function shipStatePaths(unit: Unit): string[] {
  const i = unit.shipmentIndex;
  return i === undefined
    ? ['fulfillmentOrderStatus', 'shipments.0.shippingDate']
    : [`shipments.${i}.fulfillmentShipmentStatus`, `shipments.${i}.shippingDate`];
}

/** One thing that travels on its own dates: a shipment, or the order itself when no shipment is
 *  known yet. "With several shipments, each is judged on its own dates." */
export interface Unit {
  /** Undefined for the order-level unit (no shipment known). */
  shipmentIndex: number | undefined;
  shipment: Shipment | undefined;
  /** Whether it left, on evidence only (see `ShipState`). */
  shipState: ShipState;
  /** `shipState === 'shipped'`. */
  shipped: boolean;
  /** S, as a day number. */
  shipDay: number | undefined;
  /** D = shipment.estimatedArrivalDate ?? order.estimatedArrivalDate, as a day number. */
  arrivalDay: number | undefined;
  shipDatePath: string;
  arrivalDatePath: string;
  /** Whether the package list is known, so that "no tracking number" means none was given: the
   *  shipment has packages, or the page or the API reported its packages or the shipment itself.
   *  A report row (which may simply have no tracking column) or an order-level unit does not,
   *  unless the report had a tracking column left empty on that shipment's row (`noTrackingOn`). */
  packagesKnown: boolean;
  /** Day of the report whose tracking cell for this shipment was empty (`noTrackingReportedOn`). */
  noTrackingOn: number | undefined;
  hasTracking: boolean;
  delivery: DeliveryState;
  /** Tracking numbers of the packages not known to be delivered. */
  openTrackingNumbers: string[];
  carrierCode: string | undefined;
  /** Status of the first package not known to be delivered. */
  openPackageStatus: string | undefined;
  /** A package has a "shipment damaged" event (EVENT_405). */
  damaged: boolean;
  /** Day of the earliest dated such event. */
  damageEventDay: number | undefined;
}

function dayOf(date: CalendarDate | undefined): number | undefined {
  return date === undefined ? undefined : toDayNumber(date);
}

/** "Not shipped" must rest on evidence (R3 is an action and a notification that is never taken
 *  back): an order status from before shipping, a PENDING shipment, or the page/API saying so
 *  (which the readers write as one of those statuses). No status, no ship date and no carrier
 *  data is `unknown`, e.g. a late-rendered page's first partial reading; R3 then asks for data. */
export type ShipState = 'shipped' | 'not-shipped' | 'unknown';

const SHIPPED_ORDER_STATUSES: ReadonlySet<string> = new Set(['Complete', 'CompletePartialled']);
/** Statuses of an order that has not shipped (yet, or ever: R7 explains the last two). */
const NOT_SHIPPED_ORDER_STATUSES: ReadonlySet<string> = new Set([
  'New',
  'Received',
  'Planning',
  'Processing',
  'Unfulfillable',
  'Invalid',
]);

/** What the order's own status says about a unit that says nothing itself. */
function orderShipState(order: Order, partialCountsAsShipped: boolean): ShipState {
  const status = order.fulfillmentOrderStatus;
  if (status === undefined) return 'unknown';
  if (NOT_SHIPPED_ORDER_STATUSES.has(status)) return 'not-shipped';
  // CompletePartialled: some shipment left. The order as a whole did; a silent shipment may not have.
  if (status === 'Complete' || (partialCountsAsShipped && SHIPPED_ORDER_STATUSES.has(status)))
    return 'shipped';
  return 'unknown';
}

function isEvidenceSource(source: string): boolean {
  return source === 'page' || source === 'api';
}

const SHIPMENT_EVIDENCE_FIELDS = ['shippingDate', 'fulfillmentShipmentStatus', 'packages'] as const;

/** See `Unit.packagesKnown`. Packages with provenance from a report or the seller only are not
 *  evidence (a report with a carrier column and no tracking column gives carrier-only packages);
 *  packages with no provenance at all are taken as stated. */
function packagesKnownFor(order: Order, shipment: Shipment, index: number): boolean {
  const prefix = `shipments.${index}.`;
  const { provenance: seen } = order;
  for (const field of SHIPMENT_EVIDENCE_FIELDS) {
    const source = seen[prefix + field]?.source;
    if (source !== undefined && isEvidenceSource(source)) return true;
  }
  // Element paths (`packages.M...`) only exist for packages that do.
  if (shipment.packages.length === 0) return false;
  const packagesPrefix = `${prefix}packages.`;
  let packageProvenance = seen[`${prefix}packages`] !== undefined;
  for (const path in seen) {
    if (!path.startsWith(packagesPrefix)) continue;
    if (isEvidenceSource((seen[path] as Provenance).source)) return true;
    packageProvenance = true;
  }
  return !packageProvenance;
}

function shipmentUnit(order: Order, shipment: Shipment, index: number): Unit {
  let hasTracking = false;
  let carrierEvidence = false;
  let delivered = 0;
  let returned = 0;
  let unknown = 0;
  let notDelivered = 0;
  const openTrackingNumbers: string[] = [];
  let carrierCode: string | undefined;
  let openPackageStatus: string | undefined;
  let damaged = false;
  let damageEventDay: number | undefined;
  for (const pkg of shipment.packages) {
    if (pkg.trackingNumber) hasTracking = true;
    if (pkg.trackingNumber || pkg.currentStatus || pkg.events.length > 0) carrierEvidence = true;
    carrierCode ??= pkg.carrierCode;
    const state = packageDelivery(pkg);
    if (state === 'delivered') delivered++;
    else {
      if (state === 'returned') returned++;
      else if (state === 'unknown') unknown++;
      else notDelivered++;
      if (pkg.trackingNumber) openTrackingNumbers.push(pkg.trackingNumber);
      openPackageStatus ??= pkg.currentStatus;
    }
    for (const event of pkg.events) {
      if (event.code !== EVENT_SHIPMENT_DAMAGED) continue;
      damaged = true;
      const eventDay = dayOf(event.date);
      if (eventDay !== undefined && (damageEventDay === undefined || eventDay < damageEventDay)) {
        damageEventDay = eventDay;
      }
    }
  }
  const status = shipment.fulfillmentShipmentStatus;
  // Amazon's own model: while a shipment is PENDING its `shippingDate` is only the *estimated*
  // ship date, so an explicit PENDING outweighs a date; a tracked package outweighs a stale status.
  // Cancelled shipments never get here: the status is SHIPPED, PENDING or unknown.
  const shipState: ShipState =
    status === 'SHIPPED' || carrierEvidence
      ? 'shipped'
      : status === 'PENDING'
        ? 'not-shipped'
        : shipment.shippingDate !== undefined
          ? 'shipped'
          : orderShipState(order, false);
  const shipped = shipState === 'shipped';
  const total = shipment.packages.length;
  const delivery: DeliveryState =
    total === 0
      ? 'unknown'
      : delivered === total
        ? 'delivered'
        : notDelivered > 0
          ? 'not-delivered'
          : unknown > 0
            ? 'unknown'
            : returned > 0
              ? 'returned'
              : 'unknown';
  const ownArrival = shipment.estimatedArrivalDate;
  return {
    shipmentIndex: index,
    shipment,
    shipState,
    shipped,
    shipDay: shipped ? dayOf(shipment.shippingDate) : undefined,
    arrivalDay: dayOf(ownArrival ?? order.estimatedArrivalDate),
    shipDatePath: `shipments.${index}.shippingDate`,
    arrivalDatePath: `shipments.${index}.estimatedArrivalDate`,
    // Only "shipped, no tracking" needs it: no provenance lookup for the other shipments.
    packagesKnown:
      hasTracking ||
      !shipped ||
      shipment.noTrackingReportedOn !== undefined ||
      packagesKnownFor(order, shipment, index),
    noTrackingOn: dayOf(shipment.noTrackingReportedOn),
    hasTracking,
    delivery,
    openTrackingNumbers,
    carrierCode,
    openPackageStatus,
    damaged,
    damageEventDay,
  };
}

function orderLevelUnit(order: Order): Unit {
  // With no shipment on record, only the order's own status can say whether it left.
  const shipState = orderShipState(order, true);
  return {
    shipmentIndex: undefined,
    shipment: undefined,
    shipState,
    shipped: shipState === 'shipped',
    shipDay: undefined,
    arrivalDay: dayOf(order.estimatedArrivalDate),
    shipDatePath: 'shipments.0.shippingDate',
    arrivalDatePath: 'estimatedArrivalDate',
    packagesKnown: false,
    noTrackingOn: undefined,
    hasTracking: false,
    delivery: 'unknown',
    openTrackingNumbers: [],
    carrierCode: undefined,
    openPackageStatus: undefined,
    damaged: false,
    damageEventDay: undefined,
  };
}

export interface OrderContext {
  order: Order;
  settings: Settings;
  /** Today in the marketplace's time zone, as a day number. */
  today: number;
  units: Unit[];
  /** Day on which the field at `path` was first seen, from the order's provenance. */
  provenanceDay(path: string): number | undefined;
  /** Earliest day anything about this order was seen (its provenance, else its earliest date):
   *  a stable `startedOn` for findings whose situation has no date of its own. Undefined when the
   *  order carries no date at all. */
  observedDay(): number | undefined;
  /** `observedDay()`, else today (a start that moves with the clock: no boundary may hang on it). */
  observedDayOrToday(): number;
}

export function buildContext(order: Order, today: number, settings: Settings): OrderContext {
  const units: Unit[] = [];
  for (let index = 0; index < order.shipments.length; index++) {
    const shipment = order.shipments[index] as Shipment;
    const status = shipment.fulfillmentShipmentStatus;
    // A cancelled shipment left nothing to track; Amazon creates a new one when it retries.
    if (status === 'CANCELLED_BY_FULFILLER' || status === 'CANCELLED_BY_SELLER') continue;
    units.push(shipmentUnit(order, shipment, index));
  }
  if (units.length === 0) units.push(orderLevelUnit(order));
  return new Context(order, settings, today, units);
}

// A class rather than closures: one context per order, 100,000 orders per run.
class Context implements OrderContext {
  private observed: number | null | undefined;
  constructor(
    readonly order: Order,
    readonly settings: Settings,
    readonly today: number,
    readonly units: Unit[],
  ) {}

  provenanceDay(path: string): number | undefined {
    const seenAt = this.order.provenance[path]?.seenAt;
    return seenAt === undefined
      ? undefined
      : toDayNumber(calendarDateOf(new Date(seenAt), this.order.marketplace.timeZone));
  }

  observedDay(): number | undefined {
    if (this.observed === undefined) this.observed = earliestObservation(this.order) ?? null;
    return this.observed ?? undefined;
  }

  observedDayOrToday(): number {
    return this.observedDay() ?? this.today;
  }
}

function earliestObservation(order: Order): number | undefined {
  let earliestMs = Number.POSITIVE_INFINITY;
  for (const entry of Object.values(order.provenance)) {
    const ms = Date.parse(entry.seenAt);
    if (ms < earliestMs) earliestMs = ms;
  }
  if (Number.isFinite(earliestMs))
    return toDayNumber(calendarDateOf(new Date(earliestMs), order.marketplace.timeZone));
  const dates: CalendarDate[] = [];
  if (order.estimatedArrivalDate) dates.push(order.estimatedArrivalDate);
  if (order.damage) dates.push(order.damage.reportedDate);
  for (const shipment of order.shipments) {
    if (shipment.shippingDate) dates.push(shipment.shippingDate);
    if (shipment.estimatedArrivalDate) dates.push(shipment.estimatedArrivalDate);
  }
  for (const ret of order.returns) if (ret.createdDate) dates.push(ret.createdDate);
  if (dates.length === 0) return undefined;
  return toDayNumber(dates.sort()[0] as CalendarDate);
}

/** Where rules put what they found. */
export interface Collector {
  findings: Finding[];
  /** Smallest day number after today at which some rule's output changes. */
  nextBoundary: number;
  /** Fields a date-based rule needed and did not have (paths as in `Order.provenance`). */
  missing: string[];
}

export function newCollector(): Collector {
  return { findings: [], nextBoundary: Number.POSITIVE_INFINITY, missing: [] };
}

/** Records a day on which a rule's output changes; only the future ones matter. */
export function boundary(ctx: OrderContext, out: Collector, day: number): void {
  if (day > ctx.today && day < out.nextBoundary) out.nextBoundary = day;
}

export const day = fromDayNumber;

/** Facts shared by the findings about a unit: what the seller would quote to support. */
export function unitFacts(unit: Unit): Finding['facts'] {
  return {
    shippingDate: unit.shipDay === undefined ? null : fromDayNumber(unit.shipDay),
    estimatedArrivalDate: unit.arrivalDay === undefined ? null : fromDayNumber(unit.arrivalDay),
    carrierCode: unit.carrierCode ?? null,
    trackingNumbers: unit.openTrackingNumbers.join(','),
  };
}

/** A finding about `unit`, with `shipmentIndex` only when the unit is a shipment. */
export function unitFinding(
  unit: Unit,
  kind: Finding['kind'],
  severity: Finding['severity'],
  startedOn: number,
  facts: Finding['facts'],
  deadline?: number,
): Finding {
  const finding: Finding =
    unit.shipmentIndex === undefined
      ? { kind, severity, startedOn: fromDayNumber(startedOn), facts, messageKey: kind }
      : {
          kind,
          severity,
          startedOn: fromDayNumber(startedOn),
          facts,
          messageKey: kind,
          shipmentIndex: unit.shipmentIndex,
        };
  if (deadline !== undefined) finding.deadline = fromDayNumber(deadline);
  return finding;
}
