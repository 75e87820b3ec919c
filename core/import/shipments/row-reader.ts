import { LIMITS, tooLong } from '../../model/limits';
import type { Marketplace } from '../../model/order';
import type { CalendarDate } from '../../model/primitives';
import { ReportFormatError, type ReportRow } from '../parse-report';
import { compactHeader, isMcfSalesChannel, locateColumns, type ReportColumn } from '../report-columns';
import {
  type NumericDateOrder,
  numericDateOrder,
  plausibleDateOrder,
  reportDayReader,
  wholeCount,
} from '../report-values';

// One row of an "Amazon Fulfilled Shipments" report, read and checked on its own: its ids, and
// the facts it gives (a shipped item of one package), or why it is left out. Nothing here knows
// of other rows; grouping them into orders is ./order-drafts.ts.

/** What one accepted row says, kept until the order is built from its rows in line order. */
export interface RowFacts {
  line: number;
  itemId: string;
  shipmentId: string;
  tracking: string;
  carrier: string;
  shippingDate: CalendarDate | null;
  edd: CalendarDate | null;
  /**
   * Set when the report has a tracking column and this shipped row left it empty: the day the
   * row vouches for (its reporting-date, else its ship date). Null otherwise.
   */
  noTrackingOn: CalendarDate | null;
  sku: string;
  /** Null when the row gives no `quantity-shipped`: unknown, not 0. */
  quantity: number | null;
  title: string;
  channel: string;
}

export type RowReading =
  | { kind: 'facts'; amazonOrderId: string; merchantOrderId: string; facts: RowFacts }
  | { kind: 'rejected'; reason: string }
  /** A row of an Amazon order (sales channel `Amazon.fr`…), left out on purpose. */
  | { kind: 'not-mcf' };

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

/**
 * A long all-digit value as a spreadsheet shows it once it took it for a number: `9.40011E+21`,
 * `1,23457E+11` (decimal comma). A tracking number or a SKU never looks like this.
 */
const SPREADSHEET_NUMBER = /^\d[.,]\d+E\+\d+$/i;

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
 * The day/month order of the report's numeric dates, read from its date columns before any row
 * is mapped (the first rows may all be ambiguous, 05/12/2024): the order one date proves (13/12),
 * else the order under which its dates make sense together (see plausibleDateOrder), else none
 * (the marketplace's locale decides). A spreadsheet writes every date of a file the same way.
 */
export function reportDateOrder(
  header: readonly string[],
  rows: readonly ReportRow[],
): NumericDateOrder | undefined {
  const columns = locateColumns(header);
  const names = header.map(compactHeader);
  const at = (name: string): number | undefined => {
    const index = names.indexOf(name);
    return index === -1 ? undefined : index;
  };
  const ship = columns.shipmentDate;
  const purchase = at('purchasedate');
  const dated = [ship, columns.estimatedArrivalDate, columns.reportingDate, purchase].filter(
    (index): index is number => index !== undefined,
  );
  if (dated.length === 0) return undefined;
  function* cells(): Generator<string> {
    for (const row of rows) for (const index of dated) yield row.cells[index] ?? '';
  }
  const proven = numericDateOrder(cells());
  if (proven || ship === undefined) return proven;
  // Pairs of dates a shipment orders in time: bought, then shipped; shipped, then arrived or
  // reported on.
  const pairs: [number, number][] = [];
  if (purchase !== undefined) pairs.push([purchase, ship]);
  if (columns.estimatedArrivalDate !== undefined) pairs.push([ship, columns.estimatedArrivalDate]);
  if (columns.reportingDate !== undefined) pairs.push([ship, columns.reportingDate]);
  function* datePairs(): Generator<[string, string]> {
    for (const row of rows)
      for (const [earlier, later] of pairs) yield [row.cells[earlier] ?? '', row.cells[later] ?? ''];
  }
  return plausibleDateOrder(datePairs());
}

/** Distinct quantity texts remembered per reader (a report repeats a few); past it, each is read. */
const COUNT_CACHE_LIMIT = 1_000;

export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * A reader of the report's rows under `header`, with the warnings its missing columns cost.
 * Throws ReportFormatError when the header is not the report's.
 */
export function createRowReader(
  header: readonly string[],
  marketplace: Marketplace,
  dateOrder?: NumericDateOrder,
): { warnings: string[]; read: (row: ReportRow) => RowReading } {
  const columns = locateColumns(header);
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
  const warnings = Object.entries(WARN_IF_MISSING)
    .filter(([column]) => columns[column as ReportColumn] === undefined)
    .map(([, warning]) => warning as string);

  const at = (column: ReportColumn): number => columns[column] ?? -1;
  const col = {
    amazonOrderId: at('amazonOrderId'),
    merchantOrderId: at('merchantOrderId'),
    salesChannel: at('salesChannel'),
    shipmentDate: at('shipmentDate'),
    reportingDate: at('reportingDate'),
    estimatedArrivalDate: at('estimatedArrivalDate'),
    quantityShipped: at('quantityShipped'),
    shipmentItemId: at('shipmentItemId'),
    shipmentId: at('shipmentId'),
    trackingNumber: at('trackingNumber'),
    carrier: at('carrier'),
    sku: at('sku'),
    productName: at('productName'),
  };
  const cell = (cells: readonly string[], index: number): string =>
    index < 0 ? '' : (cells[index] ?? '').trim();

  const dayOf = reportDayReader(marketplace.timeZone, marketplace.locale, dateOrder);
  // A report repeats a handful of quantities on thousands of rows.
  const counts = new Map<string, number | null>();
  const countOf = (text: string): number | null => {
    let count = counts.get(text);
    if (count === undefined) {
      count = wholeCount(text);
      if (counts.size < COUNT_CACHE_LIMIT) counts.set(text, count);
    }
    return count;
  };

  /** Columns whose values are stored, with the limit of the field each one fills. */
  const limited = (
    [
      ['amazon-order-id', col.amazonOrderId, LIMITS.orderId],
      ['merchant-order-id', col.merchantOrderId, LIMITS.orderId],
      ['sales-channel', col.salesChannel, LIMITS.carrier],
      ['shipment-id', col.shipmentId, LIMITS.id],
      ['shipment-item-id', col.shipmentItemId, LIMITS.id],
      ['tracking-number', col.trackingNumber, LIMITS.id],
      ['carrier', col.carrier, LIMITS.carrier],
      ['sku', col.sku, LIMITS.sku],
      ['product-name', col.productName, LIMITS.title],
    ] as [string, number, number][]
  ).filter(([, index]) => index >= 0);
  /** The first stored cell of a row that is over its field's limit, in words; else undefined. */
  function overLongCell(cells: readonly string[]): string | undefined {
    for (const [name, index, max] of limited) {
      const raw = cells[index];
      if (raw !== undefined && raw.length > max) {
        const length = raw.trim().length;
        if (length > max) return tooLong(name, length, max);
      }
    }
    return undefined;
  }

  const spreadsheetNumbers = new Set<string>();
  /** One warning per column whose cells a spreadsheet turned into numbers, naming the first. */
  function noteSpreadsheetNumber(column: string, text: string, line: number): void {
    if (spreadsheetNumbers.has(column)) return;
    spreadsheetNumbers.add(column);
    warnings.push(
      `"${column}" holds numbers a spreadsheet rewrote ("${clip(text)}", line ${line}): the digits are lost; ${column === 'sku' ? 'SKUs are kept as written' : 'those packages are imported without tracking'}. Import the report as downloaded, or format the column as text before saving.`,
    );
  }

  function read({ cells, line }: ReportRow): RowReading {
    const rejected = (reason: string): RowReading => ({ kind: 'rejected', reason });
    const amazonOrderId = cell(cells, col.amazonOrderId);
    const merchantOrderId = cell(cells, col.merchantOrderId);
    if (!amazonOrderId && !merchantOrderId) return rejected('no amazon-order-id or merchant-order-id');
    const channel = cell(cells, col.salesChannel);
    if (col.salesChannel >= 0) {
      if (!channel) return rejected('empty sales-channel: cannot tell an MCF order from an Amazon one');
      if (!isMcfSalesChannel(channel)) return { kind: 'not-mcf' };
    }
    const overLimit = overLongCell(cells);
    if (overLimit) return rejected(overLimit);
    const shipDateText = cell(cells, col.shipmentDate);
    const shippingDate = shipDateText ? dayOf(shipDateText) : null;
    if (shipDateText && !shippingDate)
      return rejected(`shipment-date is not a date: "${clip(shipDateText)}"`);
    const eddText = cell(cells, col.estimatedArrivalDate);
    const edd = eddText ? dayOf(eddText) : null;
    if (eddText && !edd) return rejected(`estimated-arrival-date is not a date: "${clip(eddText)}"`);
    const quantityText = cell(cells, col.quantityShipped);
    const quantity = quantityText ? countOf(quantityText) : null;
    if (quantityText && quantity === null)
      return rejected(`quantity-shipped is not a whole number: "${clip(quantityText)}"`);

    let tracking = cell(cells, col.trackingNumber);
    let trackingLost = false;
    if (SPREADSHEET_NUMBER.test(tracking)) {
      // The number is lost: no package is made of it, and the cell is not an empty one either.
      noteSpreadsheetNumber('tracking-number', tracking, line);
      tracking = '';
      trackingLost = true;
    }
    const sku = cell(cells, col.sku);
    if (SPREADSHEET_NUMBER.test(sku)) noteSpreadsheetNumber('sku', sku, line);
    // An empty tracking cell says something only in a report that has the column, on a row that
    // shipped: the shipment had no tracking when the row was reported. A date that does not read
    // is no reason to reject a row that never needed it: the ship date vouches instead.
    let noTrackingOn: CalendarDate | null = null;
    if (col.trackingNumber >= 0 && !tracking && !trackingLost && shippingDate) {
      const reportedText = cell(cells, col.reportingDate);
      const reported = reportedText ? dayOf(reportedText) : null;
      noTrackingOn = reported && reported > shippingDate ? reported : shippingDate;
    }
    return {
      kind: 'facts',
      amazonOrderId,
      merchantOrderId,
      facts: {
        line,
        // Without a shipment-item-id, a row is known by all its cells: a line repeated as it is
        // (two copies of one export pasted together) still counts once.
        itemId: cell(cells, col.shipmentItemId) || `~${cells.map((c) => c.trim()).join('\u001f')}`,
        shipmentId: cell(cells, col.shipmentId),
        tracking,
        carrier: cell(cells, col.carrier),
        shippingDate,
        edd,
        noTrackingOn,
        sku,
        quantity,
        title: cell(cells, col.productName),
        channel,
      },
    };
  }

  return { warnings, read };
}
