import Papa from 'papaparse';

// Reads a report file's text into rows with the line each row starts on, so that a rejected row
// can be named by the line a seller sees in a text editor or a spreadsheet.

export interface ReportRow {
  /** 1-based line of the file on which the row starts (the header is line 1 unless blank lines precede it). */
  line: number;
  cells: string[];
  /**
   * Set on the last row when the file stops inside it (fewer cells than the header and no line
   * break after it: an interrupted download): its last cell may be a cut value.
   */
  cut?: true;
}

export interface ParsedReport {
  header: string[];
  rows: ReportRow[];
  delimiter: string;
}

export class ReportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportFormatError';
  }
}

export interface ParseReportOptions {
  /**
   * `detect`: a tab-separated file whose every cell opening with `"` is a well-formed quoted cell
   * (closing quote before a tab or a line end, inner quotes doubled) is read with RFC 4180
   * quotes: Excel's "Text (tab delimited)" and "Unicode text" re-saves quote a name holding a
   * quote, a tab or a line break. Default `never`: quotes in a tab file are plain text (callers
   * that unquote cells themselves keep their cells as they were).
   */
  tabQuotes?: 'never' | 'detect';
}

/**
 * Seller Central downloads the report as tab-separated text with no quoting, where a product
 * name may begin with `"`; so a file whose header has a tab is read with quotes as plain text
 * (unless `tabQuotes: 'detect'` finds a spreadsheet's quoting). Any other file (a CSV re-saved by
 * a spreadsheet, `,` or `;`) is read with RFC 4180 quotes and the delimiter papaparse guesses.
 */
export function parseReportText(text: string, options: ParseReportOptions = {}): ParsedReport {
  // Blank lines (or lines of empty cells, `;;;;` from a spreadsheet) above the header are skipped,
  // still counted so that every row keeps the line a text editor shows.
  // Excel's `sep=;` first line names the delimiter; it is no header.
  const unmarked = uniformLineEnds(text.replace(/^\uFEFF/, ''));
  const sep = SEP_LINE.exec(unmarked);
  const lead = sep?.[0] ?? titleLines(unmarked) ?? LEADING_BLANK_LINES.exec(unmarked)?.[0] ?? '';
  const body = unmarked.slice(lead.length);
  const firstLineEnd = body.search(/\r?\n|\r/);
  const headerLine = firstLineEnd === -1 ? body : body.slice(0, firstLineEnd);
  if (headerLine.trim() === '') throw new ReportFormatError('The file is empty: no header row.');
  const tabbed = sep ? sep[1] === '\t' : headerLine.includes('\t');
  const delimiter = sep?.[1] ?? (tabbed ? '\t' : guessDelimiter(headerLine));

  const rows: ReportRow[] = [];
  let header: string[] | undefined;
  let consumedTo = 0;
  let line = 1 + (lead.match(/\r\n|\n|\r/g)?.length ?? 0);
  Papa.parse<string[]>(body, {
    delimiter,
    // U+0000 never occurs in a text report: with it as the quote, quotes are plain text.
    quoteChar: tabbed && !(options.tabQuotes === 'detect' && hasSpreadsheetQuotes(body)) ? '\u0000' : '"',
    skipEmptyLines: false,
    step: (step) => {
      const startLine = line;
      const end = step.meta.cursor;
      // Lines end with the break papaparse found: `\r` alone in a file saved by an old Mac
      // spreadsheet, where counting `\n` would name every row line 1.
      const lineEnd = step.meta.linebreak === '\r' ? '\r' : '\n';
      for (let i = body.indexOf(lineEnd, consumedTo); i !== -1 && i < end; i = body.indexOf(lineEnd, i + 1))
        line++;
      consumedTo = end;
      const cells = step.data;
      if (header === undefined) {
        header = cells;
        return;
      }
      if (cells.every((cell) => cell.trim() === '')) return;
      rows.push({ line: startLine, cells });
      // The newline ending this row is consumed by the next step's cursor.
    },
  });
  if (header === undefined) throw new ReportFormatError('The file is empty: no header row.');
  const last = rows.at(-1);
  if (last && last.cells.length < header.length && !/[\r\n]$/.test(body)) last.cut = true;
  return { header, rows, delimiter };
}

/**
 * The text with one kind of line end. papaparse splits on the kind it finds first, so a file
 * whose lines were appended in another editor (a CRLF header over LF rows) read as one row.
 * A file with one kind only is returned as it is, after a scan for the other kinds.
 */
function uniformLineEnds(text: string): string {
  const first = text.search(/\r\n|\n|\r/);
  if (first === -1) return text;
  const mixed =
    text[first] === '\n'
      ? text.includes('\r')
      : text[first + 1] === '\n'
        ? /\r(?!\n)|(?<!\r)\n/.test(text)
        : text.includes('\n');
  return mixed ? text.replace(/\r\n?/g, '\n') : text;
}

const LEADING_BLANK_LINES = /^(?:[ \t,;|]*(?:\r\n|\n|\r))+/;
const MAX_TITLE_LINES = 10;

/**
 * Lines above the header that hold one cell at most ("Amazon Fulfilled Shipments - amazon.it -",
 * alone or padded by a spreadsheet to the sheet's width, blank lines), as some exports write
 * them: skipped, still counted for line numbers. Only when a line of several cells follows within
 * a few lines: otherwise the file has no header.
 */
function titleLines(text: string): string | undefined {
  let at = 0;
  let titles = 0;
  while (titles <= MAX_TITLE_LINES) {
    const line = /^[^\r\n]*(?:\r\n|\n|\r)/.exec(text.slice(at))?.[0];
    if (line === undefined || filledCells(line) > 1) break;
    if (filledCells(line) === 1) titles++;
    at += line.length;
  }
  if (titles === 0 || titles > MAX_TITLE_LINES) return undefined;
  const next = text.slice(at).split(/\r\n|\n|\r/, 1)[0] ?? '';
  return filledCells(next) > 1 ? text.slice(0, at) : undefined;
}

/** How many cells of a line hold something, whatever its delimiter. */
const filledCells = (line: string): number =>
  line.split(/[\t,;|]/).filter((cell) => cell.trim() !== '').length;
const SEP_LINE = /^sep=([,;|\t])[ ]*(?:\r\n|\n|\r)/i;

/** The header names are plain words: the delimiter is whichever of `,` `;` `|` splits it most. */
function guessDelimiter(headerLine: string): string {
  const counts = [',', ';', '|'].map((d) => [d, headerLine.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![0];
}

/**
 * True when a tab-separated text has quoted cells and every cell opening with `"` is one: a quote
 * closed right before a tab, a line break or the end, with every quote inside doubled. A report as
 * downloaded fails at its first name opening with a quote (`"Pro" cable`), after a few characters.
 */
export function hasSpreadsheetQuotes(body: string): boolean {
  let quoted = 0;
  for (let open = body.indexOf('"'); open !== -1; open = body.indexOf('"', open + 1)) {
    const before = open === 0 ? '\n' : body[open - 1];
    if (before !== '\t' && before !== '\n' && before !== '\r') continue;
    let close = body.indexOf('"', open + 1);
    while (close !== -1 && body[close + 1] === '"') close = body.indexOf('"', close + 2);
    if (close === -1) return false;
    const after = body[close + 1];
    if (after !== undefined && after !== '\t' && after !== '\n' && after !== '\r') return false;
    quoted++;
    open = close;
  }
  return quoted > 0;
}
