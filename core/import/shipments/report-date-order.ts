import type { ReportRow } from '../parse-report';
import { compactHeader, locateColumns } from '../report-columns';
import { type NumericDateOrder, numericDateOrder, plausibleDateOrder } from '../report-values';

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
