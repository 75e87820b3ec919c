import { type Marketplace, type Order, OrderSchema } from '../model/order';
import type { ParsedReport, ReportRow } from './parse-report';
import type { NumericDateOrder } from './report-values';
import { orderBuilder } from './shipments/order-builder';
import { firstLine, OrderDrafts } from './shipments/order-drafts';
import { reportDateOrder } from './shipments/report-date-order';
import { createRowReader } from './shipments/row-reader';

// "Amazon Fulfilled Shipments" rows → one Order observation per order. A row is one shipped item
// of one package: rows are grouped by order, then by shipment-id, then by tracking number. The
// report says nothing of delivery, so no package gets a `currentStatus`: the policy then keeps an
// old order at `lost-check` (verify on Swiship) until a page, an API payload or the seller says
// what the carrier says. A report WITH a tracking-number column whose shipped row leaves it empty
// says the shipment had no tracking on the row's reporting-date (`noTrackingReportedOn`); a
// report without that column says nothing of tracking.

export interface RowRejection {
  line: number;
  reason: string;
}

export interface ReportMapping {
  orders: Order[];
  /** The line each order of `orders` starts on (its first row), for messages. */
  lines: number[];
  /** Data rows read (header and blank lines excluded). */
  rowsRead: number;
  /** Rows of Amazon orders (sales channel `Amazon.fr`...), left out on purpose. */
  notMcf: number;
  /** Rows repeating a shipment-item-id already read for the same order. */
  duplicates: number;
  rejected: RowRejection[];
  /** Columns the report lacks, and what that costs. */
  warnings: string[];
}

export interface ReportMapperOptions {
  /** The report carries no marketplace for MCF rows ("Non-Amazon"): the seller picks it. */
  marketplace: Marketplace;
  /** When the report was read: the `seenAt` of every value it sets. */
  observedAt: Date;
  /**
   * The day/month order of the file's numeric dates (`reportDateOrder` over all its rows), when
   * they prove one; else the marketplace's locale decides.
   */
  dateOrder?: NumericDateOrder;
}

/**
 * A mapper fed one row at a time, so that a page can map a large file in slices and stay
 * responsive. Throws ReportFormatError when the header is not the report's.
 */
export function createReportMapper(header: readonly string[], options: ReportMapperOptions) {
  const { marketplace } = options;
  const rows = createRowReader(header, marketplace, options.dateOrder);
  const seen = { source: 'report', seenAt: options.observedAt.toISOString() } as const;
  const drafts = new OrderDrafts();
  const rejected: RowRejection[] = [];
  let rowsRead = 0;
  let notMcf = 0;

  function addRow(row: ReportRow): void {
    const reading = rows.read(row);
    if (reading.kind === 'totals') return;
    rowsRead++;
    if (reading.kind === 'not-mcf') notMcf++;
    else if (reading.kind === 'rejected') rejected.push({ line: row.line, reason: reading.reason });
    else {
      const reason = drafts.add(reading.amazonOrderId, reading.merchantOrderId, reading.facts);
      if (reason) rejected.push({ line: row.line, reason });
    }
  }

  function finish(): ReportMapping {
    const builder = orderBuilder(marketplace, seen);
    const orders: Order[] = [];
    const lines: number[] = [];
    for (const draft of drafts.drafts) {
      const { order, checked } = builder.build(draft);
      if (checked) {
        orders.push(order);
        lines.push(firstLine(draft));
        continue;
      }
      // Only an order holding a value the quick checks doubt goes through the schema, which then
      // names the first issue exactly as it would for any order.
      const parsed = OrderSchema.safeParse(order);
      if (parsed.success) {
        orders.push(parsed.data);
        lines.push(firstLine(draft));
      } else {
        const issue = parsed.error.issues[0];
        const reason = `order rejected: ${issue ? `${issue.path.join('.') || 'order'}: ${issue.message}` : 'invalid'}`;
        for (const { line } of draft.rows) rejected.push({ line, reason });
      }
    }
    rejected.sort((a, b) => a.line - b.line);
    return {
      orders,
      lines,
      rowsRead,
      notMcf,
      duplicates: drafts.duplicates,
      rejected,
      warnings: rows.warnings,
    };
  }

  return { addRow, finish };
}

/** Maps a whole parsed report at once (tests, small files). */
export function mapFulfilledShipments(report: ParsedReport, options: ReportMapperOptions): ReportMapping {
  const mapper = createReportMapper(report.header, {
    ...options,
    dateOrder: options.dateOrder ?? reportDateOrder(report.header, report.rows),
  });
  for (const row of report.rows) mapper.addRow(row);
  return mapper.finish();
}
