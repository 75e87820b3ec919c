import { describe, expect, it } from 'vitest';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { hasSpreadsheetQuotes, parseReportText, ReportFormatError } from '../../../core/import/parse-report';
import { numericDateOrder, plausibleDateOrder, reportDayReader } from '../../../core/import/report-values';
import { marketplaceFor } from '../../../core/marketplaces';

// What the independent report files (tests/fixtures/reports/independent) found the importer
// missing, pinned case by case: 12-hour times, zone abbreviations, a file whose spreadsheet
// writes dates in another order than the marketplace's locale, other reports that carry an
// order id, and line numbers in a file whose lines end with CR alone.

const US = marketplaceFor('sellercentral.amazon.com')!;
const FR = marketplaceFor('sellercentral.amazon.fr')!;
const OBSERVED = new Date('2024-12-20T10:00:00Z');
const map = (text: string, marketplace = FR) =>
  mapFulfilledShipments(parseReportText(text), { marketplace, observedAt: OBSERVED });

const HEADER = ['amazon-order-id', 'merchant-order-id', 'shipment-id', 'shipment-item-id', 'sku'];
const HEADER_TAIL = ['quantity-shipped', 'shipment-date', 'estimated-arrival-date', 'sales-channel'];
function report(rows: [string, string, string][], delimiter = ',', eol = '\n'): string {
  const lines = [[...HEADER, ...HEADER_TAIL].join(delimiter)];
  rows.forEach(([id, ship, edd], i) => {
    lines.push([id, `SHOP-${i}`, `D${i}`, `I${i}`, 'SKU', '1', ship, edd, 'Non-Amazon'].join(delimiter));
  });
  return lines.join(eol) + eol;
}

describe('report dates as spreadsheets and other exports write them', () => {
  it('reads 12-hour times (Excel en-US) by their date part', () => {
    const read = reportDayReader(US.timeZone, US.locale);
    expect(read('12/05/2024 2:03 PM')).toBe('2024-12-05');
    expect(read('12/05/2024 11:59:59 pm')).toBe('2024-12-05');
    expect(read('1/2/2025 12:00 a.m.')).toBe('2025-01-02');
    expect(read('12/05/2024 2:03 XM')).toBeNull();
  });

  it('reads instants with a zone abbreviation in the marketplace zone, and refuses unknown ones', () => {
    const paris = reportDayReader(FR.timeZone, FR.locale);
    expect(paris('2024-12-05 23:30:00 UTC')).toBe('2024-12-06');
    expect(paris('2024-12-05 22:30:00 GMT')).toBe('2024-12-05');
    const la = reportDayReader(US.timeZone, US.locale);
    expect(la('2024-12-06 05:00:00 UTC')).toBe('2024-12-05');
    expect(la('2024-12-05 21:00:00 PST')).toBe('2024-12-05');
    expect(paris('2024-12-05 10:00:00 XYZ')).toBeNull();
  });

  it('takes the day/month order a file proves, else the locale', () => {
    expect(numericDateOrder(['05/12/2024', '13/12/2024 10:00'])).toBe('day-first');
    expect(numericDateOrder(['12/05/2024', '12/13/2024 2:00 PM'])).toBe('month-first');
    expect(numericDateOrder(['05/12/2024', '06/11/2024'])).toBeUndefined();
    expect(numericDateOrder(['13/12/2024', '12/13/2024'])).toBeUndefined();
    expect(numericDateOrder(['2024-12-05T10:00:00+00:00', ''])).toBeUndefined();
    expect(plausibleDateOrder([['05/12/2024 10:00', '09/12/2024']])).toBe('day-first');
    expect(plausibleDateOrder([['12/05/2024', '12/09/2024 2:00 PM']])).toBe('month-first');
    expect(plausibleDateOrder([['05/05/2024', '06/06/2024']])).toBeUndefined();
    expect(plausibleDateOrder([['2024-12-05T10:00:00Z', '2024-12-09']])).toBeUndefined();
    const dayFirst = reportDayReader(US.timeZone, US.locale, 'day-first');
    expect(dayFirst('05/12/2024 14:03')).toBe('2024-12-05');
    expect(dayFirst('31/02/2024')).toBeNull();
    expect(reportDayReader(FR.timeZone, FR.locale, 'month-first')('12/05/24')).toBe('2024-12-05');
  });

  it('maps a .com report re-saved by a British Excel (13/12/2024) with every date day-first', () => {
    const result = map(
      report([
        ['S01-1', '05/12/2024 14:03', '09/12/2024'],
        ['S01-2', '13/12/2024 09:00', '18/12/2024'],
      ]),
      US,
    );
    expect(result.rejected).toEqual([]);
    expect(
      result.orders.map((o) => [o.shipments[0]!.shippingDate, o.shipments[0]!.estimatedArrivalDate]),
    ).toEqual([
      ['2024-12-05', '2024-12-09'],
      ['2024-12-13', '2024-12-18'],
    ]);
    // Without a date only one order reads, the order under which ship date and EDD make sense
    // decides: 05/12 → 09/12 is four days day-first, four months month-first.
    const ambiguous = map(report([['S01-1', '05/12/2024 14:03', '09/12/2024']]), US).orders[0]!.shipments[0]!;
    expect([ambiguous.shippingDate, ambiguous.estimatedArrivalDate]).toEqual(['2024-12-05', '2024-12-09']);
    const usDates = map(report([['S01-1', '12/05/2024 2:03 PM', '12/09/2024']]), FR).orders[0]!.shipments[0]!;
    expect([usDates.shippingDate, usDates.estimatedArrivalDate]).toEqual(['2024-12-05', '2024-12-09']);
    // Nothing decides: the marketplace's locale does (en-US: month first).
    expect(map(report([['S01-1', '05/12/2024 14:03', '']]), US).orders[0]!.shipments[0]!.shippingDate).toBe(
      '2024-05-12',
    );
  });
});

describe('files that are not the Fulfilled Shipments report', () => {
  it('refuses other reports that carry an order id, naming them', () => {
    const reimbursements =
      'approval-date\treimbursement-id\tcase-id\tamazon-order-id\treason\tsku\tquantity-reimbursed-total\n' +
      '2024-12-10T08:00:00+00:00\t1\t2\tS01-1\tLost_Outbound\tSKU\t1\n';
    expect(() => map(reimbursements)).toThrow(ReportFormatError);
    expect(() => map(reimbursements)).toThrow(
      /^Not an "Amazon Fulfilled Shipments" report: this looks like the Reimbursements report/,
    );
    const allOrders =
      'amazon-order-id\tmerchant-order-id\tpurchase-date\torder-status\tsku\tquantity\n402-1\t\t2024-12-01\tShipped\tA\t1\n';
    expect(() => map(allOrders)).toThrow(/this looks like an orders report \(All Orders\)/);
    const idsOnly = 'amazon-order-id,sku,note\nS01-1,A,x\n';
    expect(() => map(idsOnly)).toThrow(/no shipment column/);
  });

  it('still reads a shipments report with a few columns, or one a seller added an unknown column to', () => {
    const minimal =
      'merchant-order-id\tshipment-date\tsku\ttracking-number\nSHOP-1\t2024-12-01T10:00:00+00:00\tA\tT1\n';
    expect(map(minimal).orders).toHaveLength(1);
    const withStatus = `${report([['S01-1', '2024-12-05T10:00:00Z', '']])
      .replace('sales-channel', 'sales-channel,order-status')
      .replace('Non-Amazon', 'Non-Amazon,Shipped')}`;
    expect(map(withStatus).orders).toHaveLength(1);
  });
});

describe('line numbers', () => {
  it('reads a file whose lines end in more than one way (a CRLF header over LF rows) row by row', () => {
    for (const [headerEnd, rowEnd] of [
      ['\r\n', '\n'],
      ['\n', '\r\n'],
      ['\r', '\n'],
    ]) {
      const text = report([
        ['S01-1', '2024-12-05T10:00:00Z', ''],
        ['S01-2', 'demain', ''],
      ]).replace('\n', headerEnd!);
      const result = map(text.replace(/(?<=Non-Amazon)\n/g, rowEnd!));
      expect(result.orders).toHaveLength(1);
      expect(result.rejected).toEqual([{ line: 3, reason: 'shipment-date is not a date: "demain"' }]);
    }
  });

  it('names the line of a rejected row in a file whose lines end with CR alone', () => {
    const text = report(
      [
        ['S01-1', '2024-12-05T10:00:00Z', ''],
        ['S01-2', 'demain', ''],
      ],
      '\t',
      '\r',
    );
    expect(map(text).rejected).toEqual([{ line: 3, reason: 'shipment-date is not a date: "demain"' }]);
  });
});

describe('a tab-separated report re-saved by a spreadsheet', () => {
  const header = 'amazon-order-id\tsku\tproduct-name\tquantity-shipped\tshipment-date\tsales-channel';
  const read = (text: string) =>
    mapFulfilledShipments(parseReportText(text, { tabQuotes: 'detect' }), {
      marketplace: FR,
      observedAt: OBSERVED,
    });

  it("reads Excel's quotes: a name holding quotes and a line break stays one row, unquoted", () => {
    const text = `${header}\r\nS01-1\tA\t"Nappe ""lin""\r\nécru"\t1\t2024-12-05T10:00:00Z\tNon-Amazon\r\nS01-2\tB\tPlain\t2\t2024-12-05T10:00:00Z\tNon-Amazon\r\n`;
    const result = read(text);
    expect(result.rejected).toEqual([]);
    expect(result.orders.map((o) => o.items[0]!.title)).toEqual(['Nappe "lin"\r\nécru', 'Plain']);
    // Quotes stay plain text by default (the Reimbursements parser unquotes cells itself).
    expect(parseReportText(text).rows).toHaveLength(3);
  });

  it("keeps a downloaded report's quotes as text: a name opening with a quote is not a quoted cell", () => {
    const text = `${header}\nS01-1\tA\t"Pro" câble, 2m\t1\t2024-12-05T10:00:00Z\tNon-Amazon\nS01-2\tB\t"Grand"\t1\t2024-12-05T10:00:00Z\tNon-Amazon\n`;
    expect(read(text).orders.map((o) => o.items[0]!.title)).toEqual(['"Pro" câble, 2m', '"Grand"']);
    expect(hasSpreadsheetQuotes('a\t"x"\tb\n"y ""z"""\t1')).toBe(true);
    expect(hasSpreadsheetQuotes('a\t5" screen\tb')).toBe(false);
    expect(hasSpreadsheetQuotes('a\t"x" y\t"z"')).toBe(false);
    expect(hasSpreadsheetQuotes('a\t"never closed')).toBe(false);
  });
});

describe('more spellings of dates, headers and cells', () => {
  it("reads an offset after a space, Excel's dd-mmm-yyyy, and dotted dates day-first everywhere", () => {
    const paris = reportDayReader(FR.timeZone, FR.locale);
    expect(paris('2024-12-05T23:30:00 +00:00')).toBe('2024-12-06');
    expect(paris('2024-12-05 23:30:00 +0000')).toBe('2024-12-06');
    expect(paris('05-déc.-2024 14:03')).toBe('2024-12-05');
    const la = reportDayReader(US.timeZone, US.locale);
    expect(la('05-Dec-2024 14:03')).toBe('2024-12-05');
    expect(la('5-Dec-24')).toBe('2024-12-05');
    expect(la('05.12.2024 14:03:11')).toBe('2024-12-05');
    expect(la('05-Foo-2024')).toBeNull();
  });

  it('finds columns spelled as a connector or the SP-API spells them (AmazonOrderId, Shipment.Date)', () => {
    const text =
      'AmazonOrderId\tMerchantOrderID\tShipment.Date\tTrackingNumber\tSalesChannel\tSKU\tQuantityShipped\n' +
      'S01-1\tSHOP-1\t2024-12-05T10:00:00Z\tT1\tNon-Amazon\tA\t2\n';
    const [order] = map(text).orders;
    expect(order).toMatchObject({
      sellerFulfillmentOrderId: 'S01-1',
      displayableOrderId: 'SHOP-1',
      items: [{ sellerSku: 'A', quantity: 2 }],
      shipments: [{ shippingDate: '2024-12-05', packages: [{ trackingNumber: 'T1' }] }],
    });
  });

  it('skips blank lines above the header, keeping the line numbers a text editor shows', () => {
    const text = `\n;;;;\r\n${report([
      ['S01-1', '2024-12-05T10:00:00Z', ''],
      ['S01-2', 'demain', ''],
    ]).replaceAll(',', ';')}`;
    const result = map(text);
    expect(result.orders).toHaveLength(1);
    expect(result.rejected).toEqual([{ line: 5, reason: 'shipment-date is not a date: "demain"' }]);
  });

  it('rejects rows whose tracking number a spreadsheet turned into a number, and warns once', () => {
    const text =
      'amazon-order-id,sku,quantity-shipped,shipment-date,tracking-number,sales-channel\n' +
      'S01-1,A,1,2024-12-05T10:00:00Z,9.40011E+21,Non-Amazon\n' +
      'S01-2,B,1,2024-12-05T10:00:00Z,"9,40011E+21",Non-Amazon\n' +
      'S01-3,C,1,2024-12-05T10:00:00Z,,Non-Amazon\n';
    const result = map(text);
    expect(result.warnings.filter((w) => w.includes('a spreadsheet rewrote'))).toEqual([
      expect.stringMatching(
        /^"tracking-number" holds numbers a spreadsheet rewrote in scientific notation \("9\.40011E\+21", line 2\)/,
      ),
    ]);
    expect(result.rejected.map((r) => r.line)).toEqual([2, 3]);
    // A truly empty cell is a shipment without tracking, not a rejection.
    expect(
      result.orders.map((o) => [o.shipments[0]!.packages.length, o.shipments[0]!.noTrackingReportedOn]),
    ).toEqual([[0, '2024-12-05']]);
  });
});

describe('spreadsheet leftovers', () => {
  it('reads the delimiter from Excel\'s "sep=;" line', () => {
    const text = `sep=;\r\n${report([['S01-1', '05/12/2024 14:03', '']], ';', '\r\n')}`;
    const result = map(text);
    expect(result.orders.map((o) => o.shipments[0]!.shippingDate)).toEqual(['2024-12-05']);
  });

  it('counts a line repeated as it is once, even in a report without shipment-item-id', () => {
    const text =
      'merchant-order-id,sku,quantity-shipped,shipment-date\n' +
      'SHOP-1,A,2,2024-12-05T10:00:00+01\nSHOP-1,A,2,2024-12-05T10:00:00+01\nSHOP-1,B,1,2024-12-05T10:00:00+01\n';
    const result = map(text);
    expect(result.duplicates).toBe(1);
    expect(result.orders[0]!.items).toEqual([
      { sellerSku: 'A', quantity: 2 },
      { sellerSku: 'B', quantity: 1 },
    ]);
    expect(result.orders[0]!.shipments[0]!.shippingDate).toBe('2024-12-05');
  });
});

describe('what exports add around the report (blind batch b3)', () => {
  it('skips a title line and a blank line above the header, keeping the lines an editor shows', () => {
    const text = `Amazon Fulfilled Shipments - amazon.fr -\n\n${report([
      ['S01-1', '2024-12-05T10:00:00Z', ''],
      ['S01-2', 'demain', ''],
    ])}`;
    const result = map(text);
    expect(result.orders).toHaveLength(1);
    expect(result.rejected).toEqual([{ line: 5, reason: 'shipment-date is not a date: "demain"' }]);
  });

  it('still refuses a file whose lines hold no delimiter at all', () => {
    expect(() => map('Amazon Fulfilled Shipments\nnothing here\n')).toThrow(ReportFormatError);
  });

  it('takes a totals line for no row: neither an order nor a rejected row', () => {
    const text = `${report([['S01-1', '2024-12-05T10:00:00Z', '']])}Totale,,,,,7,,,\n`;
    const result = map(text);
    expect(result.orders).toHaveLength(1);
    expect(result.rejected).toEqual([]);
  });

  it('makes one package of each tracking number a cell lists ("1Z…75, 1Z…84")', () => {
    const text =
      'amazon-order-id\tshipment-id\tsku\tquantity-shipped\tshipment-date\ttracking-number\tcarrier\tsales-channel\n' +
      'S01-1\tD1\tA\t1\t2024-12-05T10:00:00Z\t1Z4E7V886812345675, 1Z4E7V886812345684\tUPS\tNon-Amazon\n';
    const packages = map(text).orders[0]?.shipments[0]?.packages ?? [];
    expect(packages.map((p) => p.trackingNumber)).toEqual(['1Z4E7V886812345675', '1Z4E7V886812345684']);
  });

  it('keeps a tracking cell whole when its parts are no tracking numbers', () => {
    const text =
      'amazon-order-id\tshipment-id\tsku\tquantity-shipped\tshipment-date\ttracking-number\tcarrier\tsales-channel\n' +
      'S01-1\tD1\tA\t1\t2024-12-05T10:00:00Z\tLA123456789FR, voir note\tLa Poste\tNon-Amazon\n';
    const packages = map(text).orders[0]?.shipments[0]?.packages ?? [];
    expect(packages).toHaveLength(1);
  });
});

describe('second review of the report rules', () => {
  const TAB_HEADER =
    'amazon-order-id\tshipment-id\tsku\tquantity-shipped\tshipment-date\ttracking-number\tcarrier\tsales-channel\n';
  const tracked = (cell: string) =>
    map(`${TAB_HEADER}S01-1\tD1\tA\t1\t2024-12-05T10:00:00Z\t${cell}\t\tNon-Amazon\n`).orders[0]?.shipments[0]
      ?.packages ?? [];

  it('makes no package of a carrier’s name beside the number', () => {
    expect(tracked('6A12345678901, Colissimo').map((p) => p.trackingNumber)).toEqual(['6A12345678901']);
  });

  it('splits numbers one a line or spaced apart', () => {
    expect(tracked('1Z4E7V886812345675 1Z4E7V886812345684').map((p) => p.trackingNumber)).toEqual([
      '1Z4E7V886812345675',
      '1Z4E7V886812345684',
    ]);
  });

  it('skips a title line a spreadsheet padded to the sheet’s width', () => {
    const text = `Amazon Fulfilled Shipments - amazon.fr -,,,,,,,,\n,,,,,,,,\n${report([['S01-1', '2024-12-05T10:00:00Z', '']])}`;
    expect(map(text).orders).toHaveLength(1);
  });

  it('takes Excel’s grand totals for no row, and a SKU "TOTAL" for a SKU', () => {
    const text = `${report([['S01-1', '2024-12-05T10:00:00Z', '']])}Total général,,,,,1,,,\n`;
    expect(map(text).rejected).toEqual([]);
    const skuFirst =
      'sku,amazon-order-id,quantity-shipped,shipment-date,sales-channel\n' +
      'TOTAL,S01-2,1,2024-12-05T10:00:00Z,Non-Amazon\n';
    expect(map(skuFirst).orders[0]?.items[0]?.sellerSku).toBe('TOTAL');
  });
});
