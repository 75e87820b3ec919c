import { z } from 'zod';
import { calendarDateOf } from '../dates/calendar';
import { LIMITS } from '../model/limits';
import { type Order, type OrderInput, OrderSchema, type Package, type PackageStatus } from '../model/order';
import { orderKey } from '../model/order-key';
import type { CalendarDate } from '../model/primitives';
import { EVENT_DELIVERED, EVENT_DELIVERED_TO_LOCKER, PACKAGE_STATUSES } from '../model/sp-api-enums';
import { normalizeTrackingNumber } from './wanted-packages';

export {
  holdsWantedPackage,
  normalizeTrackingNumber,
  type WantedPackages,
  wantedPackages,
} from './wanted-packages';

// Amazon's `getPackageTrackingDetails` (Fulfillment Outbound 2020-07-01) responses: the carrier's
// status of ONE package, named by its package number and tracking number, with no order id and
// no marketplace. They are attached to the stored order that holds that package (by package
// number, else tracking number), and their instants become calendar days in that order's
// marketplace. Details of a package no stored order holds are reported, never stored.

const optionalString = z.string().nullish();

const TrackingEventSchema = z.looseObject({
  eventDate: optionalString,
  eventCode: optionalString,
  eventDescription: optionalString,
});

/** `PackageTrackingDetails`: only what the order model keeps is read; other fields pass. */
export const PackageTrackingDetailsSchema = z
  .looseObject({
    packageNumber: z.number().int().min(0).nullish(),
    trackingNumber: optionalString,
    carrierCode: optionalString,
    currentStatus: optionalString,
    signedForBy: optionalString,
    trackingEvents: z.array(TrackingEventSchema).nullish(),
  })
  .refine(
    (d) => (d.packageNumber ?? null) !== null || normalizeTrackingNumber(d.trackingNumber ?? '') !== '',
    { message: 'names no package (no packageNumber, no trackingNumber)' },
  );
export type PackageTrackingDetails = z.infer<typeof PackageTrackingDetailsSchema>;

/** Whether a (payload-unwrapped) JSON value has the shape of `PackageTrackingDetails`. */
export function looksLikeTrackingDetails(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if ('fulfillmentOrder' in v || 'fulfillmentOrders' in v || 'sellerFulfillmentOrderId' in v) return false;
  return (
    Array.isArray(v.trackingEvents) ||
    typeof v.currentStatus === 'string' ||
    (typeof v.packageNumber === 'number' && 'trackingNumber' in v)
  );
}

export interface TrackingAttachment {
  /** One observation per stored order that holds a package of the file (source `api`). */
  orders: Order[];
  /** Details attached to at least one stored order. */
  matched: number;
  /** Details of packages no stored order holds: nothing is written for them. */
  unmatched: PackageTrackingDetails[];
  /**
   * Details older than what is stored for their package (its last event is earlier, or the same
   * day with fewer events): nothing is written for them, so that a file exported last month and
   * imported after this week's cannot take a "delivered" back to "in transit" and make a
   * delivered parcel look lost.
   */
  stale: PackageTrackingDetails[];
}

const STATUS_BY_UPPER = new Map<string, PackageStatus>(PACKAGE_STATUSES.map((s) => [s.toUpperCase(), s]));
/** EVENT_804: picked up from a locker (as in core/policy/context.ts). */
const DELIVERY_EVENTS: ReadonlySet<string> = new Set([
  EVENT_DELIVERED,
  EVENT_DELIVERED_TO_LOCKER,
  'EVENT_804',
]);

interface Match {
  order: Order;
  shipmentIndex: number;
  packageIndex: number;
}

/** Where a detail's package is among `stored`: by package number first, else by tracking number. */
function matchesOf(detail: PackageTrackingDetails, stored: readonly Order[]): Match[] {
  const tracking = normalizeTrackingNumber(detail.trackingNumber ?? '');
  const number = detail.packageNumber ?? undefined;
  const byNumber: Match[] = [];
  const byTracking: Match[] = [];
  for (const order of stored) {
    order.shipments.forEach((shipment, shipmentIndex) => {
      shipment.packages.forEach((pkg, packageIndex) => {
        const match = { order, shipmentIndex, packageIndex };
        if (number !== undefined && pkg.packageNumber === number) byNumber.push(match);
        else if (tracking && pkg.trackingNumber && normalizeTrackingNumber(pkg.trackingNumber) === tracking)
          byTracking.push(match);
      });
    });
  }
  return byNumber.length > 0 ? byNumber : byTracking;
}

/**
 * Observations that attach the details to the stored orders holding their packages. Each carries
 * the stored order's ids and marketplace and, per matched shipment, its id and the matched
 * package's tracking number (so that the merge finds the same shipment and package), with what
 * the carrier says: current status, events with their codes, delivered date and signed-for-by.
 */
export function attachTrackingDetails(
  details: readonly PackageTrackingDetails[],
  stored: readonly Order[],
): TrackingAttachment {
  const byOrder = new Map<string, { order: Order; shipments: Map<number, Map<number, Package>> }>();
  const unmatched: PackageTrackingDetails[] = [];
  const stale: PackageTrackingDetails[] = [];
  let matched = 0;
  for (const detail of details) {
    const matches = matchesOf(detail, stored);
    if (matches.length === 0) {
      unmatched.push(detail);
      continue;
    }
    matched++;
    let applied = false;
    for (const { order, shipmentIndex, packageIndex } of matches) {
      const storedPackage = order.shipments[shipmentIndex]?.packages[packageIndex] as Package;
      const incoming = packageFromDetails(detail, storedPackage, order.marketplace.timeZone);
      if (isOlder(incoming, storedPackage)) continue;
      applied = true;
      const key = orderKey(order);
      let entry = byOrder.get(key);
      if (!entry) {
        entry = { order, shipments: new Map() };
        byOrder.set(key, entry);
      }
      let packages = entry.shipments.get(shipmentIndex);
      if (!packages) {
        packages = new Map();
        entry.shipments.set(shipmentIndex, packages);
      }
      const kept = packages.get(packageIndex);
      // Two details of one package in one file: the newer one is kept, whatever their order.
      if (!kept || !isOlder(incoming, kept)) packages.set(packageIndex, incoming);
    }
    if (!applied) stale.push(detail);
  }
  const orders = [...byOrder.values()].map(({ order, shipments }) => {
    const input: OrderInput = {
      sellerFulfillmentOrderId: order.sellerFulfillmentOrderId,
      displayableOrderId: order.displayableOrderId,
      merchantId: order.merchantId,
      marketplace: order.marketplace,
      shipments: [...shipments].map(([shipmentIndex, packages]) => ({
        amazonShipmentId: order.shipments[shipmentIndex]?.amazonShipmentId,
        packages: [...packages.values()],
      })),
    };
    return OrderSchema.parse(input);
  });
  return { orders, matched, unmatched, stale };
}

/** The last event's day, and how many events lead to it (a later snapshot only adds events). */
function progressOf(pkg: Package): { day: string; events: number } {
  let day = '';
  for (const event of pkg.events) if (event.date && event.date > day) day = event.date;
  if (pkg.deliveredDate && pkg.deliveredDate > day) day = pkg.deliveredDate;
  return { day, events: pkg.events.length };
}

/**
 * Whether `incoming` describes the package at an earlier point than `known`: its last event is
 * on an earlier day, or on the same day with fewer events. A carrier's timeline only grows, so
 * details without a dated event are older than a stored timeline that has one; a package with no
 * dated event stored takes anything.
 */
export function isOlder(incoming: Package, known: Package): boolean {
  const a = progressOf(incoming);
  const b = progressOf(known);
  if (b.day === '') return false;
  return a.day < b.day || (a.day === b.day && a.events < b.events);
}

function dayIn(instant: string | null | undefined, timeZone: string): CalendarDate | undefined {
  if (!instant) return undefined;
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? undefined : calendarDateOf(new Date(ms), timeZone);
}

function clip(text: string | null | undefined, max: number): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

/** The stored package as the carrier now describes it (only the fields the details give). */
export function packageFromDetails(
  detail: PackageTrackingDetails,
  stored: Package,
  timeZone: string,
): Package {
  const events = (detail.trackingEvents ?? []).slice(0, LIMITS.eventsPerPackage).map((event) => {
    const code = (event.eventCode ?? '').trim().toUpperCase();
    const date = dayIn(event.eventDate, timeZone);
    const description = clip(event.eventDescription, LIMITS.text);
    return {
      code: /^EVENT_\d{3}$/.test(code) ? code : 'UNKNOWN',
      ...(date ? { date } : {}),
      ...(description ? { description } : {}),
    };
  });
  const deliveredDays = events.flatMap((e) => (DELIVERY_EVENTS.has(e.code) && e.date ? [e.date] : []));
  const status = detail.currentStatus?.trim();
  const pkg: Package = {
    trackingNumber: stored.trackingNumber ?? clip(detail.trackingNumber, LIMITS.id),
    events,
  };
  if (typeof detail.packageNumber === 'number') pkg.packageNumber = detail.packageNumber;
  // The stored carrier (often the report's name for it) stays; the details fill a gap.
  if (!stored.carrierCode) {
    const carrier = clip(detail.carrierCode, LIMITS.carrier);
    if (carrier) pkg.carrierCode = carrier;
  }
  // A status Amazon added after 2020-07-01 is kept as UNKNOWN: it says nothing of delivery.
  if (status) pkg.currentStatus = STATUS_BY_UPPER.get(status.toUpperCase()) ?? 'UNKNOWN';
  // The day of the (last) delivery event, in the marketplace's zone.
  if (deliveredDays.length > 0) pkg.deliveredDate = deliveredDays.sort().at(-1) as CalendarDate;
  const signed = clip(detail.signedForBy, LIMITS.text);
  if (signed) pkg.signedForBy = signed;
  if (pkg.trackingNumber === undefined) delete pkg.trackingNumber;
  return pkg;
}
