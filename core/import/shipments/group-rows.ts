import type { CalendarDate } from '../../model/primitives';
import type { OrderDraft } from './order-drafts';

// An order's report rows grouped: shipments by shipment-id (else by tracking number or ship day),
// packages by tracking number (else by carrier), items summed by SKU, the sales channel.

export interface ShipmentDraft {
  amazonShipmentId?: string;
  shippingDate?: CalendarDate;
  estimatedArrivalDate?: CalendarDate;
  /** Latest day a row of this shipment showed a ship date and an empty tracking cell. */
  noTrackingReportedOn?: CalendarDate;
  /** A row of this shipment gave a tracking number. */
  tracked?: boolean;
  packages: Map<string, { carrierCode?: string; trackingNumber?: string }>;
}

export interface GroupedRows {
  salesChannel: string | undefined;
  /** In the order the rows first showed them (a new array: the caller may sort it). */
  shipments: ShipmentDraft[];
  /** Quantity null: at least one row of the SKU gave none, so its total is unknown. */
  items: Map<string, { quantity: number | null; title?: string }>;
}

/**
 * A tracking cell naming several parcels ("1Z…75, 1Z…84", one a line, as a seller's spreadsheet
 * joins them): one package each, words beside them left out; else the cell as it is.
 */
function trackingNumbersIn(cell: string): string[] {
  const parts = cell.split(/\s*[,;\n]\s*|\s+\/\s+|\s+/).filter((part) => part !== '');
  const numbers = parts.filter((part) => TRACKING_SHAPE.test(part));
  // Words beside the numbers ("…, Colissimo", "voir note") are no parcels of their own.
  const rest = parts.filter((part) => !TRACKING_SHAPE.test(part));
  return numbers.length > 0 && rest.every((part) => !/\d/.test(part)) && parts.length > 1 ? numbers : [cell];
}
// A carrier's name beside the number ("6A12345678901, Colissimo") is no parcel: a digit is required.
const TRACKING_SHAPE = /^(?=.*\d)[A-Z0-9]{8,40}$/i;

export function groupRows(draft: OrderDraft): GroupedRows {
  const byKey = new Map<string, ShipmentDraft>();
  const items: GroupedRows['items'] = new Map();
  let salesChannel: string | undefined;
  for (const row of draft.rows) {
    if (row.channel) salesChannel = row.channel;
    // Without a shipment-id, rows of one package (or one ship day) make one shipment.
    const shipmentKey = row.shipmentId || `~${row.tracking || row.shippingDate || ''}`;
    let shipment = byKey.get(shipmentKey);
    if (!shipment) {
      shipment = { packages: new Map() };
      if (row.shipmentId) shipment.amazonShipmentId = row.shipmentId;
      byKey.set(shipmentKey, shipment);
    }
    if (row.shippingDate) shipment.shippingDate = row.shippingDate;
    if (row.edd) shipment.estimatedArrivalDate = row.edd;
    if (row.tracking) shipment.tracked = true;
    if (
      row.noTrackingOn &&
      !(shipment.noTrackingReportedOn && shipment.noTrackingReportedOn >= row.noTrackingOn)
    )
      shipment.noTrackingReportedOn = row.noTrackingOn;
    for (const tracking of row.tracking ? trackingNumbersIn(row.tracking) : row.carrier ? [''] : []) {
      const packageKey = tracking || `~${row.carrier}`;
      let pkg = shipment.packages.get(packageKey);
      if (!pkg) {
        pkg = {};
        shipment.packages.set(packageKey, pkg);
      }
      if (tracking) pkg.trackingNumber = tracking;
      if (row.carrier) pkg.carrierCode = row.carrier;
    }
    if (row.sku) {
      let item = items.get(row.sku);
      if (!item) {
        item = { quantity: 0 };
        items.set(row.sku, item);
      }
      item.quantity = item.quantity === null || row.quantity === null ? null : item.quantity + row.quantity;
      if (row.title && !item.title) item.title = row.title;
    }
  }
  return { salesChannel, shipments: [...byKey.values()], items };
}
