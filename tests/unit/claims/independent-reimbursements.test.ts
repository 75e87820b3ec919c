import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReimbursementsReport } from '../../../core/claims/reimbursements-report';
import { decodeFileBytes } from '../../../core/import/decode-file';

// Reimbursements reports written without reading the importer
// (tests/fixtures/reports/reimbursements-independent/README.md), each read from its bytes as the
// dashboard reads a file (decodeFileBytes, then the report in the marketplace's zone), and
// compared with what its expected file says a careful accountant keeps and skips.

interface ExpectedRow {
  line: number;
  approvalDate: string;
  reimbursementId: string;
  caseId?: string;
  amazonOrderId?: string;
  reason?: string;
  sku?: string;
  currency: string;
  amountTotal: number;
  quantityTotal: number;
  originalReimbursementId?: string;
}
interface Expected {
  description: string;
  file: string;
  marketplaceTimeZone: string;
  refused: boolean;
  rows: ExpectedRow[];
  skippedLines: number[];
}

const DIR = join(__dirname, '../../fixtures/reports/reimbursements-independent');
const files = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((name) => name.endsWith('.expected.json'))
      .sort()
  : [];

const FIELDS = [
  'line',
  'approvalDate',
  'reimbursementId',
  'caseId',
  'amazonOrderId',
  'reason',
  'sku',
  'currency',
  'amountTotal',
  'quantityTotal',
  'originalReimbursementId',
] as const;

/**
 * Where the importer answers differently from an expected file, and why it is kept so: the test
 * fails when the difference goes away (take it off) as well as on any other difference.
 */
const KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {
  // A report with only its header row is refused as 'empty', whose message says the file holds no
  // reimbursement; the expected file reads it as 0 rows. The seller learns the same, nothing is
  // written either way.
  'reimbursements-us-header-only.expected.json': 'refused: empty []',
};

describe('Reimbursements reports written independently of the importer', () => {
  it('has at least 8 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of files) {
    it(`reads ${name.replace('.expected.json', '')}`, () => {
      const expected = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Expected;
      const text = decodeFileBytes(new Uint8Array(readFileSync(join(DIR, expected.file)))).text;
      const result = parseReimbursementsReport(text, { timeZone: expected.marketplaceTimeZone });
      const lines: string[] = [];
      if (expected.refused) {
        if (result.ok) lines.push(`not refused: ${result.rows.length} rows read`);
      } else if (!result.ok) {
        lines.push(`refused: ${result.reason} ${JSON.stringify(result.missingColumns ?? [])}`);
      } else {
        const byLine = new Map(result.rows.map((row) => [row.line, row]));
        for (const want of expected.rows) {
          const got = byLine.get(want.line);
          if (!got) {
            lines.push(`line ${want.line}: not read`);
            continue;
          }
          for (const field of FIELDS) {
            const a = (want as unknown as Record<string, unknown>)[field];
            const b = (got as unknown as Record<string, unknown>)[field];
            if (a !== b)
              lines.push(
                `line ${want.line} ${field}: expected ${JSON.stringify(a)}, got ${JSON.stringify(b)}`,
              );
          }
        }
        const kept = new Set(expected.rows.map((r) => r.line));
        for (const row of result.rows)
          if (!kept.has(row.line)) lines.push(`line ${row.line}: read, should be skipped`);
        const skipped = [...result.skipped.lines].sort((a, b) => a - b);
        if (JSON.stringify(skipped) !== JSON.stringify([...expected.skippedLines].sort((a, b) => a - b)))
          lines.push(
            `skipped lines: expected ${JSON.stringify(expected.skippedLines)}, got ${JSON.stringify(skipped)}`,
          );
      }
      const known = KNOWN_DIFFERENCES[name];
      if (known) {
        expect(lines, 'the known difference is gone: take it off KNOWN_DIFFERENCES').toContain(known);
        lines.splice(lines.indexOf(known), 1);
      }
      expect(lines, `${expected.file}: ${expected.description}`).toEqual([]);
    });
  }
});
