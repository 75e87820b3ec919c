import { MessageError } from '../messages/protocol';
import type { Marketplace, Order } from '../model/order';
import { primaryOrderId } from '../model/order-key';
import {
  attachTrackingDetails,
  type PackageTrackingDetails,
  type WantedPackages,
  wantedPackages,
} from '../sp-api/tracking-details';
import { createReportMapper, type RowRejection } from './fulfilled-shipments';
import { parseReportText } from './parse-report';
import { reportDateOrder } from './shipments/report-date-order';
import { detectImportKind, type ImportKind, readSpApiFile } from './sp-api-file';

// The whole import of one file, with its transport and its pauses injected: the dashboard passes
// the background message and a yield to the event loop, the tests a handler and nothing. The file
// is read and checked completely before the first chunk is sent, so a malformed file writes
// nothing; each chunk is then one transaction in the background.

export interface ImportProgress {
  phase: 'reading' | 'saving';
  done: number;
  total: number;
}

/**
 * An import that stopped after its first chunk was sent (the service worker stopped, a chunk was
 * refused): what was saved and where it stopped. The chunks are transactions, so every order is
 * either saved whole or not at all, and an import merges: importing the same file again saves the
 * rest and changes nothing in what was saved.
 */
export interface ImportInterruption {
  /**
   * Orders saved (their chunk's transaction committed and answered). A chunk on its way when the
   * worker stopped may have committed without an answer: at least this many.
   */
  saved: number;
  total: number;
  /** 1-based position in the file of the first order not saved. */
  stoppedAt: number;
  /** That order's id. */
  orderId: string;
  /** The report line that order starts on (reports only). */
  line?: number;
  /** What the browser or the background said. */
  reason: string;
  /**
   * False when the background refused the chunk's content (`bad-request`, `forbidden`): importing
   * the same file again stops at the same place.
   */
  retry: boolean;
}

export interface ImportSummary {
  kind: ImportKind;
  rowsRead: number;
  orders: number;
  created: number;
  updated: number;
  unchanged: number;
  notMcf: number;
  duplicates: number;
  rejected: RowRejection[];
  warnings: string[];
  /**
   * Tracking details files only: details of packages no stored order holds (nothing written for
   * them; `rowsRead` counts every detail of the file).
   */
  unmatched?: number;
  /** Tracking details files only: details older than the stored tracking of their package. */
  stale?: number;
  /** Set when the import stopped part-way; the counts above are then those of the saved chunks. */
  interrupted?: ImportInterruption;
}

/**
 * Characters of JSON per chunk, whatever the order count: a chunk is one message, and Chrome
 * refuses messages over 64 MiB. 8 Mi characters are at most 48 MiB on the wire (6 bytes for a
 * character JSON escapes, 3 for any other); a chunk of 5,000 typical report orders is about 8 MB,
 * so the count still decides for them, and the size for orders with long titles or many items.
 */
export const IMPORT_CHUNK_CHARS = 8 * 1024 * 1024;

export interface RunImportOptions {
  marketplace: Marketplace;
  observedAt: Date;
  chunkSize: number;
  /** Characters of JSON per chunk at most (default `IMPORT_CHUNK_CHARS`). */
  chunkChars?: number;
  /** Sends one chunk; `last` is true for the file's last chunk. */
  send: (
    source: 'report' | 'api',
    orders: Order[],
    last: boolean,
  ) => Promise<{ created: number; updated: number; unchanged: number }>;
  onProgress?: (progress: ImportProgress) => void;
  /** Lets the page paint between slices. */
  pause?: () => Promise<void>;
  /** Rows mapped between two pauses. */
  rowsPerSlice?: number;
  /** Chunks sent before the reply to the first of them is awaited (default 2). */
  inFlight?: number;
  /**
   * The stored orders holding one of these packages (tracking details files: the dashboard scans
   * its database). Without it, every tracking detail is unmatched.
   */
  findOrders?: (wanted: WantedPackages) => Promise<Order[]>;
}

/** Unmatched details named in the warnings at most (the count is always complete). */
const UNMATCHED_NAMED = 20;

function packageName(detail: PackageTrackingDetails): string {
  const parts = [
    detail.trackingNumber ? `tracking ${detail.trackingNumber.slice(0, 40)}` : '',
    typeof detail.packageNumber === 'number' ? `package ${detail.packageNumber}` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

export async function runImport(text: string, options: RunImportOptions): Promise<ImportSummary> {
  const { onProgress, pause } = options;
  const kind = detectImportKind(text);
  const summary: ImportSummary = {
    kind,
    rowsRead: 0,
    orders: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    notMcf: 0,
    duplicates: 0,
    rejected: [],
    warnings: [],
  };
  const { orders, lines } =
    kind === 'api' ? await readApiFile(text, options, summary) : await mapReportFile(text, options, summary);
  summary.orders = orders.length;
  const chunks = chunksBySize(orders, options.chunkSize, options.chunkChars ?? IMPORT_CHUNK_CHARS);
  onProgress?.({ phase: 'saving', done: 0, total: orders.length });
  let saved = 0;
  let failed = false;
  /** The first chunk that failed (lowest index) and why. */
  let failure: { index: number; error: unknown } | undefined;
  const starts: number[] = [];
  let next = 0;
  for (const chunk of chunks) {
    starts.push(next);
    next += chunk.length;
  }
  // Up to `inFlight` chunks on their way: the background validates and merges the next chunk
  // while IndexedDB commits the previous one (its transactions still run in the order sent).
  // The last chunk, which releases the file's held notifications, leaves only once every other
  // chunk is stored. After a failure nothing more is sent, and `runImport` returns only once the
  // chunk still on its way has settled (and been counted if stored): the page never shows an
  // interrupted import that is still writing.
  const window: Promise<void>[] = [];
  const settle = async () => {
    await Promise.allSettled(window.splice(0));
  };
  for (const [index, chunk] of chunks.entries()) {
    const last = index === chunks.length - 1;
    if (last) await settle();
    if (failed) break;
    const sent = options.send(kind, chunk, last).then(
      (counts) => {
        summary.created += counts.created;
        summary.updated += counts.updated;
        summary.unchanged += counts.unchanged;
        saved += chunk.length;
        onProgress?.({ phase: 'saving', done: saved, total: orders.length });
      },
      (error: unknown) => {
        failed = true;
        if (!failure || index < failure.index) failure = { index, error };
      },
    );
    window.push(sent);
    if (window.length >= (options.inFlight ?? 2)) await window.shift();
    if (failed) break;
    await pause?.();
  }
  await settle();
  if (failure) {
    const at = starts[failure.index] as number;
    const order = orders[at] as Order;
    const line = lines?.[at];
    const refused =
      failure.error instanceof MessageError &&
      (failure.error.code === 'bad-request' || failure.error.code === 'forbidden');
    summary.interrupted = {
      saved,
      total: orders.length,
      stoppedAt: at + 1,
      orderId: primaryOrderId(order),
      ...(line === undefined ? {} : { line }),
      reason: reasonOf(failure.error),
      retry: !refused,
    };
  }
  return summary;
}

/** Orders out of an SP-API file: fulfillment orders as they are, tracking details joined to the
 *  stored orders holding their packages (with the details left out named in the warnings). */
async function readApiFile(
  text: string,
  options: RunImportOptions,
  summary: ImportSummary,
): Promise<{ orders: Order[]; lines?: undefined }> {
  const file = readSpApiFile(text, options.observedAt, options.marketplace);
  if (file.kind === 'orders') {
    summary.rowsRead = file.orders.length;
    return { orders: file.orders };
  }
  // Tracking details name a package, not an order: they join the stored order holding it.
  const stored = options.findOrders ? await options.findOrders(wantedPackages(file.details)) : [];
  const attached = attachTrackingDetails(file.details, stored);
  summary.rowsRead = file.details.length;
  summary.unmatched = attached.unmatched.length;
  summary.stale = attached.stale.length;
  const n = attached.unmatched.length;
  if (n > 0)
    summary.warnings.push(
      `${n} tracking detail${n === 1 ? '' : 's'} for a package no stored order holds, nothing written for ${n === 1 ? 'it' : 'them'} (import the order first): ${namedPackages(attached.unmatched)}`,
    );
  const m = attached.stale.length;
  if (m > 0)
    summary.warnings.push(
      `${m} tracking detail${m === 1 ? '' : 's'} older than what is stored for ${m === 1 ? 'its package' : 'their packages'}, not applied (a newer file was imported before): ${namedPackages(attached.stale)}`,
    );
  return { orders: attached.orders };
}

/** The packages of `details`, named up to `UNMATCHED_NAMED` (the counts are always complete). */
function namedPackages(details: readonly PackageTrackingDetails[]): string {
  const named = details.slice(0, UNMATCHED_NAMED).map(packageName).join('; ');
  return details.length > UNMATCHED_NAMED ? `${named}; …` : named;
}

/** Orders out of a Fulfilled Shipments report, mapped a slice of rows at a time (the page paints
 *  between slices), with the line each order starts on. */
async function mapReportFile(
  text: string,
  options: RunImportOptions,
  summary: ImportSummary,
): Promise<{ orders: Order[]; lines: readonly number[] }> {
  const { marketplace, observedAt, onProgress, pause } = options;
  const parsed = parseReportText(text, { tabQuotes: 'detect' });
  const mapper = createReportMapper(parsed.header, {
    marketplace,
    observedAt,
    dateOrder: reportDateOrder(parsed.header, parsed.rows),
  });
  const slice = options.rowsPerSlice ?? 5000;
  for (let i = 0; i < parsed.rows.length; i += slice) {
    for (const row of parsed.rows.slice(i, i + slice)) mapper.addRow(row);
    onProgress?.({
      phase: 'reading',
      done: Math.min(i + slice, parsed.rows.length),
      total: parsed.rows.length,
    });
    await pause?.();
  }
  const mapping = mapper.finish();
  Object.assign(summary, {
    rowsRead: mapping.rowsRead,
    notMcf: mapping.notMcf,
    duplicates: mapping.duplicates,
    rejected: mapping.rejected,
    warnings: mapping.warnings,
  });
  return { orders: mapping.orders, lines: mapping.lines };
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/**
 * The length of `JSON.stringify(value)`, or a little more (numbers count 24, escapes 1), without
 * building the string: about 10x cheaper. A character escaped by JSON takes at most 6 bytes, so a
 * chunk of `IMPORT_CHUNK_CHARS` is at most 48 MiB on the wire whatever its text.
 */
export function jsonChars(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return value.length + 2;
    case 'number':
      return 24;
    case 'boolean':
      return 5;
    case 'object': {
      if (value === null) return 4;
      let n = 2;
      if (Array.isArray(value)) {
        for (const entry of value) n += jsonChars(entry) + 1;
        return n;
      }
      for (const key in value) {
        const entry = (value as Record<string, unknown>)[key];
        if (entry !== undefined) n += key.length + 4 + jsonChars(entry);
      }
      return n;
    }
    default:
      return 0;
  }
}

/**
 * Slices of at most `size` orders and about `chars` characters of JSON each (an order alone over
 * `chars` goes alone: the order limits keep it far below the message cap).
 */
export function chunksBySize(orders: readonly Order[], size: number, chars: number): Order[][] {
  const chunks: Order[][] = [];
  let current: Order[] = [];
  let length = 0;
  for (const order of orders) {
    const weight = jsonChars(order) + 1;
    if (current.length > 0 && (current.length >= size || length + weight > chars)) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(order);
    length += weight;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
