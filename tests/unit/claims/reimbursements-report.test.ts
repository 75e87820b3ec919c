import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  amountNamesOtherCurrency,
  readAmount,
  readCount,
  readDay,
} from '../../../core/claims/reimbursement-values';
import {
  MAX_REIMBURSEMENTS_REPORT_CHARS,
  parseReimbursementsReport,
  REIMBURSEMENT_COLUMNS,
} from '../../../core/claims/reimbursements-report';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/reports', name), 'utf8');
const ok = (text: string, timeZone?: string) => {
  const result = parseReimbursementsReport(text, timeZone ? { timeZone } : {});
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
};

describe('Reimbursements report, as Seller Central writes it (tab-separated, ISO instants)', () => {
  const result = ok(fixture('reimbursements.txt'));

  it('reads every row with its typed values', () => {
    expect(result.rows).toHaveLength(6);
    expect(result.skipped.count).toBe(0);
    expect(result.rows[0]).toEqual({
      line: 2,
      approvalDate: '2024-05-02',
      reimbursementId: '2961234501',
      caseId: '15012345671',
      amazonOrderId: '402-1234567-1234567',
      reason: 'Lost_Warehouse',
      sku: 'MUG-RED',
      fnsku: 'X0012AB3CD',
      asin: 'B0CXYZ1234',
      productName: 'Mug rouge 33 cl',
      condition: 'New',
      currency: 'EUR',
      amountPerUnit: 12.5,
      amountTotal: 25,
      quantityCash: 2,
      quantityInventory: 0,
      quantityTotal: 2,
    });
  });

  it('leaves an empty case id or order id out, and keeps a product name starting with a quote as written', () => {
    const noCase = result.rows[1];
    expect(noCase?.caseId).toBeUndefined();
    expect(noCase?.productName).toBe('"Nuit" lamp, white');
    expect(result.rows[5]?.amazonOrderId).toBeUndefined();
  });

  it('reads a reversal as negative figures naming the reimbursement it reverses', () => {
    expect(result.rows[4]).toMatchObject({
      amountTotal: -12.5,
      quantityTotal: -1,
      originalReimbursementId: '2961234501',
      originalReimbursementType: 'Lost_Warehouse',
    });
  });

  it('takes the calendar day of an instant in the zone asked for', () => {
    // 23:40 UTC on 3 May is 4 May in Paris and still 3 May in Los Angeles.
    expect(ok(fixture('reimbursements.txt'), 'Europe/Paris').rows[1]?.approvalDate).toBe('2024-05-04');
    expect(ok(fixture('reimbursements.txt'), 'America/Los_Angeles').rows[1]?.approvalDate).toBe('2024-05-03');
    expect(result.rows[1]?.approvalDate).toBe('2024-05-03');
  });
});

describe('Reimbursements report re-saved by a spreadsheet', () => {
  it('French Excel CSV: BOM, CRLF, semicolons, decimal commas, "1 234,50", day-first dates, RFC quotes', () => {
    const result = ok(fixture('reimbursements-fr-excel.csv'));
    expect(result.skipped.count).toBe(0);
    expect(result.rows.map((r) => [r.line, r.approvalDate, r.amountTotal, r.amountPerUnit])).toEqual([
      [2, '2024-05-02', 25, 12.5],
      [3, '2024-05-03', 34.9, 34.9],
      [4, '2024-06-01', 1234.5, 1234.5],
      [5, '2024-05-20', -3, -12.5],
    ]);
    expect(result.rows[1]?.productName).toBe('LAMPE; modèle "Nuit"');
    expect(result.rows[0]?.reimbursementId).toBe('2961234501');
  });

  it('German Excel tab text: BOM, CRLF, "1.234,50", DD.MM.YYYY, a quoted name holding a tab', () => {
    const result = ok(fixture('reimbursements-de-tabs-bom-crlf.txt'));
    expect(result.skipped.count).toBe(0);
    expect(result.rows[0]).toMatchObject({
      approvalDate: '2024-05-02',
      productName: 'Becher\trot',
      condition: 'New',
      currency: 'EUR',
      amountTotal: 1234.5,
      quantityTotal: 1,
    });
    expect(result.rows[1]).toMatchObject({ productName: 'Lampe "Nacht", weiß', amountTotal: 34.9 });
    expect(result.rows[1]?.amazonOrderId).toBeUndefined();
  });

  it('Excel tab text: a quoted name holding a line break stays one row, named by the line it starts on', () => {
    const header = REIMBURSEMENT_COLUMNS.join('\t');
    const row = (id: string, name: string) =>
      [
        '2024-05-02',
        id,
        '',
        '402-1234567-1234567',
        'Lost_Warehouse',
        'MUG',
        '',
        '',
        name,
        'New',
        'EUR',
        '1,00',
        '1,00',
        '1',
        '0',
        '1',
        '',
        '',
      ].join('\t');
    const result = ok(`${header}\r\n${row('R1', '"Mug\r\nrouge"')}\r\n${row('R2', 'Mug')}\r\n`);
    expect(result.rows.map((r) => [r.line, r.reimbursementId, r.productName])).toEqual([
      [2, 'R1', 'Mug\r\nrouge'],
      [4, 'R2', 'Mug'],
    ]);
  });

  it('comma CSV with reordered columns, thousands commas and quoted names holding commas', () => {
    const result = ok(fixture('reimbursements-comma.csv'));
    expect(result.rows.map((r) => [r.reimbursementId, r.productName, r.amountTotal, r.currency])).toEqual([
      ['2961234701', 'Mug, red, 12 oz', 1234.5, 'USD'],
      ['2961234702', 'Lamp "Night", white', 34.9, 'USD'],
    ]);
  });
});

describe('rows that cannot be read', () => {
  it('are counted, named by line and problem, and skipped; the good ones are kept', () => {
    const result = ok(fixture('reimbursements-bad-rows.txt'));
    expect(result.rows.map((r) => r.line)).toEqual([2, 9]);
    expect(result.rows[1]?.currency).toBe('EUR');
    expect(result.skipped).toEqual({
      count: 6,
      lines: [3, 4, 5, 6, 7, 8],
      byProblem: {
        'no-reimbursement-id': 1,
        'bad-date': 2,
        'bad-currency': 1,
        'bad-amount': 1,
        'bad-quantity': 1,
      },
    });
  });
});

describe('an empty amount', () => {
  const header = REIMBURSEMENT_COLUMNS.join('\t');
  const row = (amount: string, cash: string, inventory: string, id = '2971300004') => {
    const cells: Partial<Record<(typeof REIMBURSEMENT_COLUMNS)[number], string>> = {
      'approval-date': '2026-03-10T16:00:00Z',
      'reimbursement-id': id,
      'currency-unit': 'USD',
      'amount-total': amount,
      'amount-per-unit': amount,
      'quantity-reimbursed-cash': cash,
      'quantity-reimbursed-inventory': inventory,
      'quantity-reimbursed-total': String(Number(cash) + Number(inventory)),
    };
    return REIMBURSEMENT_COLUMNS.map((c) => cells[c] ?? '').join('\t');
  };

  it('is 0 for units put back in stock with none paid in cash, and unknown (skipped) otherwise', () => {
    const result = ok(
      [header, row('', '0', '2'), row('', '1', '0'), row('', '0', '-2', '2971300009')].join('\n'),
    );
    expect(result.rows.map((r) => [r.line, r.amountTotal, r.quantityInventory])).toEqual([
      [2, 0, 2],
      [4, 0, -2],
    ]);
    expect(result.skipped.lines).toEqual([3]);
  });
});

describe('files refused as a whole, with a reason code', () => {
  it('another report: the columns it lacks', () => {
    const result = parseReimbursementsReport(fixture('fulfilled-shipments-amazon-order.txt'));
    expect(result).toMatchObject({ ok: false, reason: 'not-reimbursements-report' });
    if (!result.ok) expect(result.missingColumns).toContain('reimbursement-id');
    expect(parseReimbursementsReport(fixture('not-a-report.csv'))).toMatchObject({
      ok: false,
      reason: 'not-reimbursements-report',
    });
  });

  it('an empty file, a file of blank lines, a header with no row', () => {
    expect(parseReimbursementsReport('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseReimbursementsReport('\uFEFF\r\n\r\n')).toEqual({ ok: false, reason: 'empty' });
    expect(parseReimbursementsReport(`${REIMBURSEMENT_COLUMNS.join('\t')}\r\n\r\n`)).toEqual({
      ok: false,
      reason: 'empty',
    });
  });

  it('a file over the size limit, before reading it', () => {
    const big = `${REIMBURSEMENT_COLUMNS.join('\t')}\n${'x'.repeat(MAX_REIMBURSEMENTS_REPORT_CHARS)}`;
    expect(parseReimbursementsReport(big)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['\u0000', '"', 'a\tb\n"c', '\t\t\t\n\t', ';;;\n;;;', 'approval-date\n1']) {
      expect(() => parseReimbursementsReport(text)).not.toThrow();
    }
  });
});

describe('cell readers', () => {
  it('amounts in the ways spreadsheets write them', () => {
    const cases: [string, number | null][] = [
      ['12.50', 12.5],
      ['12,5', 12.5],
      ['-3,00', -3],
      ['1.234,50', 1234.5],
      ['1 234,50', 1234.5],
      ['1\u202f234,50', 1234.5],
      ['1,234.50', 1234.5],
      ['1.234.567,89', 1234567.89],
      ['1.234', 1234],
      ['(3.00)', -3],
      ['0', 0],
      ['', null],
      ['12.5.0', null],
      ['1,23,4', null],
      // A sign or code beside the figure, as spreadsheets format currency cells; the row's
      // currency column says which currency (a cell naming another one is refused, below).
      ['EUR 3', 3],
      ['1.049,00 €', 1049],
      ['$29.99', 29.99],
      ['(£1,234.50)', -1234.5],
      ['US$29.99', 29.99],
      ['R$ 10,50', 10.5],
      ['129,00 kr', 129],
      ['-', null],
      ['€', null],
    ];
    for (const [text, expected] of cases) expect([text, readAmount(text)]).toEqual([text, expected]);
  });

  it('refuses an amount written in another currency than its row’s', () => {
    expect(amountNamesOtherCurrency('1.049,00 €', 'EUR')).toBe(false);
    expect(amountNamesOtherCurrency('12.50', 'EUR')).toBe(false);
    expect(amountNamesOtherCurrency('$29.99', 'CAD')).toBe(false);
    expect(amountNamesOtherCurrency('USD 3', 'EUR')).toBe(true);
    expect(amountNamesOtherCurrency('£3', 'EUR')).toBe(true);
  });

  it('counts, negative on a reversal', () => {
    expect(['2', '2,0', '-1', '0', '1.5', ''].map(readCount)).toEqual([2, 2, -1, 0, null, null]);
  });

  it('dates: instants, ISO days, day-first with / and .', () => {
    expect(readDay('2024-05-02T22:30:00Z', 'Europe/Paris')).toBe('2024-05-03');
    expect(readDay('2024-05-02T22:30:00+0000', 'UTC')).toBe('2024-05-02');
    expect(readDay('2024-05-02', 'Asia/Tokyo')).toBe('2024-05-02');
    expect(readDay('02/05/2024', 'UTC')).toBe('2024-05-02');
    expect(readDay('2.5.2024', 'UTC')).toBe('2024-05-02');
    expect(readDay('31/02/2024', 'UTC')).toBeNull();
    expect(readDay('May 2, 2024', 'UTC')).toBeNull();
  });
});

describe('Reimbursements report dates and rows as spreadsheets leave them', () => {
  const header = REIMBURSEMENT_COLUMNS.join('\t');
  const row = (date: string, id: string, sku: string, amount = '12.50') =>
    REIMBURSEMENT_COLUMNS.map((c) =>
      c === 'approval-date'
        ? date
        : c === 'reimbursement-id'
          ? id
          : c === 'sku'
            ? sku
            : c === 'currency-unit'
              ? 'USD'
              : c === 'amount-total'
                ? amount
                : c === 'quantity-reimbursed-total'
                  ? '1'
                  : '',
    ).join('\t');

  it('reads numeric dates month first when one of the file’s dates proves it (6/13/2024)', () => {
    const result = ok([header, row('5/2/2024', 'R1', 'A'), row('6/13/2024', 'R2', 'B')].join('\n'));
    expect(result.rows.map((r) => r.approvalDate)).toEqual(['2024-05-02', '2024-06-13']);
    const dayFirst = ok([header, row('5/2/2024', 'R1', 'A'), row('13/6/2024', 'R2', 'B')].join('\n'));
    expect(dayFirst.rows.map((r) => r.approvalDate)).toEqual(['2024-02-05', '2024-06-13']);
  });

  it('reads a row listed twice once (two downloads pasted together), and says so', () => {
    const result = ok(
      [header, row('2024-05-02', 'R1', 'A'), row('2024-05-03', 'R2', 'A'), row('2024-05-02', 'R1', 'A')].join(
        '\n',
      ),
    );
    expect(result.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(result.skipped).toMatchObject({ count: 1, lines: [4], byProblem: { duplicate: 1 } });
  });

  it('refuses a row whose amount names another currency than its own', () => {
    const result = ok([header, row('2024-05-02', 'R1', 'A', '£12.50')].join('\n'));
    expect(result.skipped.byProblem).toEqual({ 'bad-currency': 1 });
  });
});
