import { ReportFormatError } from '../parse-report';
import { compactHeader, type ReportColumn } from '../report-columns';

// Whether a header is an "Amazon Fulfilled Shipments" report's, and what its missing columns
// cost: another Seller Central report picked by mistake is refused by name, a file with no order
// id or no shipment column is refused, and each useful column missing is one warning.

const WARN_IF_MISSING: Partial<Record<ReportColumn, string>> = {
  salesChannel: 'no "sales-channel" column: every row is taken as an MCF order',
  shipmentDate: 'no "shipment-date" column: ship dates are left empty',
  estimatedArrivalDate: 'no "estimated-arrival-date" column: the lost-order rule needs an EDD',
  trackingNumber: 'no "tracking-number" column: tracking is left empty',
  carrier: 'no "carrier" column: carriers are left empty',
  sku: 'no "sku" column: items are left empty',
  quantityShipped:
    'no "quantity-shipped" column: items are left out (an item needs a known quantity; 0 would cap returns at 0)',
};

/** Columns only a shipments report has. */
const SHIPMENT_COLUMNS: readonly ReportColumn[] = [
  'shipmentId',
  'shipmentItemId',
  'shipmentDate',
  'trackingNumber',
  'carrier',
  'estimatedArrivalDate',
  'quantityShipped',
];

/**
 * Other Seller Central reports a seller may pick by mistake, by a column only they have, so that
 * the refusal says which file this is.
 */
const OTHER_REPORTS: readonly { name: string; columns: readonly string[] }[] = [
  { name: 'the Reimbursements report', columns: ['reimbursement-id', 'quantity-reimbursed-total'] },
  {
    name: 'an FBA inventory report',
    columns: ['afn-fulfillable-quantity', 'afn-warehouse-quantity', 'mfn-fulfillable-quantity'],
  },
  { name: 'the FBA customer returns report', columns: ['license-plate-number', 'return-date'] },
  { name: 'a removal order report', columns: ['removal-order-id'] },
  { name: 'an orders report (All Orders)', columns: ['order-status'] },
];

function otherReportName(header: readonly string[]): string | undefined {
  const names = new Set(header.map(compactHeader));
  // A shipments report never has these, whatever a spreadsheet added to it.
  if (names.has('shipmentid') || names.has('shipmentitemid')) return undefined;
  return OTHER_REPORTS.find((report) => report.columns.some((column) => names.has(compactHeader(column))))
    ?.name;
}

/**
 * The warnings the header's missing columns cost. Throws ReportFormatError (naming the first
 * columns found) when the header is not a shipments report's.
 */
export function checkShipmentsHeader(
  header: readonly string[],
  columns: Partial<Record<ReportColumn, number>>,
): string[] {
  const found = () =>
    header
      .slice(0, 8)
      .map((h) => JSON.stringify(h.slice(0, 40)))
      .join(', ') || 'none';
  const other = otherReportName(header);
  if (other)
    throw new ReportFormatError(
      `Not an "Amazon Fulfilled Shipments" report: this looks like ${other} (columns found: ${found()}).`,
    );
  if (columns.amazonOrderId === undefined && columns.merchantOrderId === undefined) {
    throw new ReportFormatError(
      `Not an "Amazon Fulfilled Shipments" report: no "amazon-order-id" or "merchant-order-id" column (columns found: ${found()}).`,
    );
  }
  // An order id alone makes no shipments report: the Reimbursements, Returns and Orders reports
  // have one too, and read as shipments they would become orders with nothing shipped.
  if (SHIPMENT_COLUMNS.every((column) => columns[column] === undefined)) {
    throw new ReportFormatError(
      `Not an "Amazon Fulfilled Shipments" report: no shipment column ("shipment-id", "shipment-date", "tracking-number", "carrier", "estimated-arrival-date" or "quantity-shipped"; columns found: ${found()}).`,
    );
  }
  return Object.entries(WARN_IF_MISSING)
    .filter(([column]) => columns[column as ReportColumn] === undefined)
    .map(([, warning]) => warning as string);
}
