import { parseReportText, ReportFormatError } from '../import/parse-report';
import { numericDateOrder } from '../import/report-values';
import { LIMITS } from '../model/limits';
import type { CalendarDate } from '../model/primitives';
import { amountNamesOtherCurrency, readAmount, readCount, reportDays } from './reimbursement-values';

// Amazon's "Reimbursements" report (Reports > Payments / Fulfillment; domain.md §6): one row per
// reimbursement, tab-separated, header row. Sellers also open and re-save it with a spreadsheet
// (`,` or `;` CSV, BOM, CRLF, decimal commas, day-first dates). The result is typed rows or one
// refusal code the UI words in the seller's language; a row that cannot be read is counted and
// skipped with its line, never thrown.

export const REIMBURSEMENT_COLUMNS = [
  'approval-date',
  'reimbursement-id',
  'case-id',
  'amazon-order-id',
  'reason',
  'sku',
  'fnsku',
  'asin',
  'product-name',
  'condition',
  'currency-unit',
  'amount-per-unit',
  'amount-total',
  'quantity-reimbursed-cash',
  'quantity-reimbursed-inventory',
  'quantity-reimbursed-total',
  'original-reimbursement-id',
  'original-reimbursement-type',
] as const;
type Column = (typeof REIMBURSEMENT_COLUMNS)[number];

/** Without these a file cannot be matched to claims: it is not (or no longer) this report. */
export const REQUIRED_REIMBURSEMENT_COLUMNS: readonly Column[] = [
  'approval-date',
  'reimbursement-id',
  'case-id',
  'amazon-order-id',
  'currency-unit',
  'amount-total',
  'quantity-reimbursed-total',
];

/** About 60,000 rows of the report: years of reimbursements for a large seller. */
export const MAX_REIMBURSEMENTS_REPORT_CHARS = 20_000_000;
export const MAX_REIMBURSEMENTS_REPORT_ROWS = 100_000;
/** Lines of skipped rows kept in the result (the count is always whole). */
const MAX_SKIPPED_LINES = 50;

export interface ReimbursementRow {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  approvalDate: CalendarDate;
  reimbursementId: string;
  caseId?: string;
  amazonOrderId?: string;
  reason?: string;
  sku?: string;
  fnsku?: string;
  asin?: string;
  productName?: string;
  condition?: string;
  /** ISO 4217, upper case. */
  currency: string;
  amountPerUnit?: number;
  /** Negative on a reversal. */
  amountTotal: number;
  quantityCash?: number;
  quantityInventory?: number;
  /** Negative on a reversal. */
  quantityTotal: number;
  originalReimbursementId?: string;
  originalReimbursementType?: string;
}

export const ROW_PROBLEMS = [
  'no-reimbursement-id',
  'bad-date',
  'bad-currency',
  'bad-amount',
  'bad-quantity',
  'too-long',
  /** The last row of a file that stops inside it (an interrupted download): its last cell may be cut. */
  'cut-off',
  /** The same reimbursement and SKU as an earlier row: read once. */
  'duplicate',
] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];

export const REIMBURSEMENTS_REFUSALS = ['empty', 'not-reimbursements-report', 'too-large'] as const;
export type ReimbursementsRefusal = (typeof REIMBURSEMENTS_REFUSALS)[number];

export type ReimbursementsParse =
  | {
      ok: true;
      rows: ReimbursementRow[];
      skipped: { count: number; lines: number[]; byProblem: Partial<Record<RowProblem, number>> };
    }
  | { ok: false; reason: ReimbursementsRefusal; missingColumns?: string[] };

export interface ReimbursementsOptions {
  /** Zone of the calendar day of an approval instant; UTC when the caller has none. */
  timeZone?: string;
}

export function parseReimbursementsReport(
  text: string,
  options: ReimbursementsOptions = {},
): ReimbursementsParse {
  if (text.length > MAX_REIMBURSEMENTS_REPORT_CHARS) return { ok: false, reason: 'too-large' };
  let parsed: ReturnType<typeof parseReportText>;
  try {
    // Excel's tab-separated re-saves quote a cell holding a tab, a quote or a line break.
    parsed = parseReportText(text, { tabQuotes: 'detect' });
  } catch (error) {
    if (error instanceof ReportFormatError) return { ok: false, reason: 'empty' };
    throw error;
  }
  const header = parsed.header.map(columnName);
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const missing = REQUIRED_REIMBURSEMENT_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) return { ok: false, reason: 'not-reimbursements-report', missingColumns: missing };
  if (parsed.rows.length === 0) return { ok: false, reason: 'empty' };
  if (parsed.rows.length > MAX_REIMBURSEMENTS_REPORT_ROWS) return { ok: false, reason: 'too-large' };

  // The day/month order of the file's numeric dates, when one of them proves it (6/13/2024).
  const approvalAt = index.get('approval-date');
  const order =
    approvalAt === undefined
      ? undefined
      : numericDateOrder(parsed.rows.map((row) => row.cells[approvalAt] ?? ''));
  const dayOf = reportDays(options.timeZone ?? 'UTC', order);
  /** Rows already read, by reimbursement and SKU: a row listed twice (files pasted together) counts once. */
  const seen = new Set<string>();
  const rows: ReimbursementRow[] = [];
  const skipped = { count: 0, lines: [] as number[], byProblem: {} as Partial<Record<RowProblem, number>> };
  for (const { line, cells, cut } of parsed.rows) {
    const cell = (c: Column): string | undefined => {
      const i = index.get(c);
      const value = i === undefined ? undefined : cells[i]?.trim();
      return value === '' ? undefined : value;
    };
    let result: ReimbursementRow | RowProblem = cut ? 'cut-off' : readRow(line, cell, dayOf);
    if (typeof result !== 'string') {
      const key = `${result.reimbursementId}\u0000${result.sku ?? ''}`;
      if (seen.has(key)) result = 'duplicate';
      else seen.add(key);
    }
    if (typeof result === 'string') {
      skipped.count++;
      if (skipped.lines.length < MAX_SKIPPED_LINES) skipped.lines.push(line);
      skipped.byProblem[result] = (skipped.byProblem[result] ?? 0) + 1;
    } else rows.push(result);
  }
  return { ok: true, rows, skipped };
}

/** The text cells kept as they are, with their length limits. */
const TEXT_CELLS: readonly [keyof ReimbursementRow, Column, number][] = [
  ['caseId', 'case-id', LIMITS.id],
  ['amazonOrderId', 'amazon-order-id', LIMITS.orderId],
  ['reason', 'reason', LIMITS.text],
  ['sku', 'sku', LIMITS.sku],
  ['fnsku', 'fnsku', LIMITS.id],
  ['asin', 'asin', LIMITS.id],
  ['productName', 'product-name', LIMITS.title],
  ['condition', 'condition', LIMITS.text],
  ['originalReimbursementId', 'original-reimbursement-id', LIMITS.id],
  ['originalReimbursementType', 'original-reimbursement-type', LIMITS.text],
];

/**
 * An empty amount where nothing was paid in cash and units went back to stock (or, reversed, came
 * out of it): an inventory-only reimbursement, worth 0 in money. Any cash unit without an amount
 * leaves it unknown (null).
 */
function stockOnlyAmount(cell: (c: Column) => string | undefined): number | null {
  const cash = readCount(cell('quantity-reimbursed-cash') ?? '');
  const inventory = readCount(cell('quantity-reimbursed-inventory') ?? '');
  return cash === 0 && inventory !== null && inventory !== 0 ? 0 : null;
}

function readRow(
  line: number,
  cell: (c: Column) => string | undefined,
  dayOf: (text: string) => CalendarDate | null,
): ReimbursementRow | RowProblem {
  const reimbursementId = cell('reimbursement-id');
  if (reimbursementId === undefined) return 'no-reimbursement-id';
  const approvalText = cell('approval-date');
  const approvalDate = approvalText === undefined ? null : dayOf(approvalText);
  if (approvalDate === null) return 'bad-date';
  const currency = cell('currency-unit')?.toUpperCase();
  if (currency === undefined || !/^[A-Z]{3}$/.test(currency)) return 'bad-currency';
  const amountText = cell('amount-total') ?? '';
  const amountTotal = readAmount(amountText) ?? (amountText.trim() === '' ? stockOnlyAmount(cell) : null);
  if (amountTotal === null) return 'bad-amount';
  if (amountNamesOtherCurrency(amountText, currency)) return 'bad-currency';
  const quantityTotal = readCount(cell('quantity-reimbursed-total') ?? '');
  if (quantityTotal === null) return 'bad-quantity';
  const row: ReimbursementRow = { line, approvalDate, reimbursementId, currency, amountTotal, quantityTotal };
  if (reimbursementId.length > LIMITS.id) return 'too-long';
  for (const [field, column, limit] of TEXT_CELLS) {
    const value = cell(column);
    if (value === undefined) continue;
    if (value.length > limit) return 'too-long';
    (row as unknown as Record<string, string>)[field] = value;
  }
  // Optional figures: a cell the report left empty or a spreadsheet mangled is simply not given.
  const perUnit = readAmount(cell('amount-per-unit') ?? '');
  if (perUnit !== null) row.amountPerUnit = perUnit;
  const cash = readCount(cell('quantity-reimbursed-cash') ?? '');
  if (cash !== null) row.quantityCash = cash;
  const inventory = readCount(cell('quantity-reimbursed-inventory') ?? '');
  if (inventory !== null) row.quantityInventory = inventory;
  return row;
}

/** `Amount Total`, `amount_total`, `"amount-total"` all name `amount-total`. */
function columnName(raw: string): string {
  return raw
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}
