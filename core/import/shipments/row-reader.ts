import type { Marketplace } from '../../model/order';
import type { CalendarDate } from '../../model/primitives';
import type { ReportRow } from '../parse-report';
import { isMcfSalesChannel, locateColumns, type ReportColumn } from '../report-columns';
import { type NumericDateOrder, reportDayReader, wholeCount } from '../report-values';
import { overLongCellReader } from './cell-limits';
import { checkShipmentsHeader } from './report-header';

// One row of an "Amazon Fulfilled Shipments" report, read and checked on its own: its ids, and
// the facts it gives (a shipped item of one package), or why it is left out. Nothing here knows
// of other rows; grouping them into orders is ./order-drafts.ts. The header was checked by
// ./report-header.ts; the day/month order of its dates decided by ./report-date-order.ts.

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
  | { kind: 'not-mcf' }
  /** A spreadsheet's totals line ("Totale" and sums under their columns): no row of the report. */
  | { kind: 'totals' };

const TOTALS =
  /^(?:(?:grand )?(?:total|totals|totale|totali|totales|totaux|summe|gesamt|gesamtsumme|insgesamt)|total g[ée]n[ée]ral|gesamtergebnis|totale complessivo|total general)\s*:?$/i;

/**
 * A long all-digit value as a spreadsheet shows it once it took it for a number: `9.40011E+21`,
 * `1,23457E+11` (decimal comma), `7E+11`. A tracking number or a SKU never looks like this.
 */
const SPREADSHEET_NUMBER = /^\d(?:[.,]\d+)?E\+\d+$/i;

/** Distinct quantity texts remembered per reader (a report repeats a few); past it, each is read. */
const COUNT_CACHE_LIMIT = 1_000;

export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * A reader of the report's rows under `header`, with the warnings its missing columns cost.
 * Throws ReportFormatError when the header is not the report's.
 */
/** Each column's index in the row (-1 where the report has none). */
function columnIndexes(columns: Partial<Record<ReportColumn, number>>) {
  const at = (column: ReportColumn): number => columns[column] ?? -1;
  return {
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
}

/** A count read once per distinct text: a report repeats a handful of quantities on thousands of rows. */
function cachedCounts(): (text: string) => number | null {
  const counts = new Map<string, number | null>();
  return (text) => {
    let count = counts.get(text);
    if (count === undefined) {
      count = wholeCount(text);
      if (counts.size < COUNT_CACHE_LIMIT) counts.set(text, count);
    }
    return count;
  };
}

/**
 * One warning per column whose cells a spreadsheet turned into numbers, naming the first: the
 * noter of one report's reading.
 */
function spreadsheetNumberNoter(warnings: string[]) {
  const noted = new Set<string>();
  return (column: 'tracking-number' | 'sku', text: string, line: number): void => {
    if (noted.has(column)) return;
    noted.add(column);
    warnings.push(
      `"${column}" holds numbers a spreadsheet rewrote in scientific notation ("${clip(text)}", line ${line}): the digits are lost; ${column === 'sku' ? 'SKUs are kept as written' : 'those rows are rejected'}. Import the report as downloaded, or format the column as text before saving.`,
    );
  };
}

/** A file that stops inside its last row: whatever its cells say, the last may be cut short. */
const cutRowReason = (cells: number, columns: number): string =>
  `the file ends inside this row (${cells} of ${columns} columns): the download was cut; download the report again`;

export function createRowReader(
  header: readonly string[],
  marketplace: Marketplace,
  dateOrder?: NumericDateOrder,
): { warnings: string[]; read: (row: ReportRow) => RowReading } {
  const columns = locateColumns(header);
  const warnings = checkShipmentsHeader(header, columns);

  const col = columnIndexes(columns);
  const cell = (cells: readonly string[], index: number): string =>
    index < 0 ? '' : (cells[index] ?? '').trim();

  const dayOf = reportDayReader(marketplace.timeZone, marketplace.locale, dateOrder);
  const countOf = cachedCounts();

  const overLongCell = overLongCellReader(col);

  const noteSpreadsheetNumber = spreadsheetNumberNoter(warnings);

  function read({ cells, line, cut }: ReportRow): RowReading {
    const rejected = (reason: string): RowReading => ({ kind: 'rejected', reason });
    if (cut) return rejected(cutRowReason(cells.length, header.length));
    const amazonOrderId = cell(cells, col.amazonOrderId);
    const merchantOrderId = cell(cells, col.merchantOrderId);
    // Where a totals line writes its word: the id columns or the first cell (never a SKU's "TOTAL").
    if (TOTALS.test(amazonOrderId || merchantOrderId || (cells[0] ?? '').trim())) return { kind: 'totals' };
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

    const tracking = cell(cells, col.trackingNumber);
    if (SPREADSHEET_NUMBER.test(tracking)) {
      // The number is lost, and parcels that differed now read alike: a shipment made of the
      // row would carry a wrong number, or none and so look untracked. The seller re-imports
      // the file as downloaded instead.
      noteSpreadsheetNumber('tracking-number', tracking, line);
      return rejected(
        `tracking-number destroyed by a spreadsheet (scientific notation, digits lost): "${clip(tracking)}"`,
      );
    }
    const sku = cell(cells, col.sku);
    if (SPREADSHEET_NUMBER.test(sku)) noteSpreadsheetNumber('sku', sku, line);
    // An empty tracking cell says something only in a report that has the column, on a row that
    // shipped: the shipment had no tracking when the row was reported. A date that does not read
    // is no reason to reject a row that never needed it: the ship date vouches instead.
    let noTrackingOn: CalendarDate | null = null;
    if (col.trackingNumber >= 0 && !tracking && shippingDate) {
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
