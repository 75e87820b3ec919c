import type { Marketplace, Order } from '../model/order';
import { createReportMapper, type RowRejection } from './fulfilled-shipments';
import { parseReportText } from './parse-report';
import { chunksOf, detectImportKind, type ImportKind, mapSpApiFile } from './sp-api-file';

// The whole import of one file, with its transport and its pauses injected: the dashboard passes
// the background message and a yield to the event loop, the tests a handler and nothing. The file
// is read and checked completely before the first chunk is sent, so a malformed file writes
// nothing; each chunk is then one transaction in the background.

export interface ImportProgress {
  phase: 'reading' | 'saving';
  done: number;
  total: number;
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
}

export interface RunImportOptions {
  marketplace: Marketplace;
  observedAt: Date;
  chunkSize: number;
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
}

export async function runImport(text: string, options: RunImportOptions): Promise<ImportSummary> {
  const { marketplace, observedAt, onProgress, pause } = options;
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
  let orders: Order[];
  if (kind === 'api') {
    orders = mapSpApiFile(text, observedAt, marketplace).orders;
    summary.rowsRead = orders.length;
  } else {
    const parsed = parseReportText(text);
    const mapper = createReportMapper(parsed.header, { marketplace, observedAt });
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
    orders = mapping.orders;
    Object.assign(summary, {
      rowsRead: mapping.rowsRead,
      notMcf: mapping.notMcf,
      duplicates: mapping.duplicates,
      rejected: mapping.rejected,
      warnings: mapping.warnings,
    });
  }
  summary.orders = orders.length;
  const chunks = chunksOf(orders, options.chunkSize);
  onProgress?.({ phase: 'saving', done: 0, total: orders.length });
  let saved = 0;
  let failed = false;
  // Up to `inFlight` chunks on their way: the background validates and merges the next chunk
  // while IndexedDB commits the previous one (its transactions still run in the order sent).
  // The last chunk, which releases the file's held notifications, leaves only once every other
  // chunk is stored. After a failure nothing more is sent, and `runImport` rejects only once the
  // chunk still on its way has settled (and been counted in the progress if stored): the page
  // never shows a failed import that is still writing.
  const window: Promise<void>[] = [];
  const settle = async () => {
    const results = await Promise.allSettled(window.splice(0));
    const failure = results.find((r) => r.status === 'rejected');
    if (failure) throw failure.reason;
  };
  for (const [index, chunk] of chunks.entries()) {
    const last = index === chunks.length - 1;
    if (last || failed) await settle();
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
        throw error;
      },
    );
    // Awaited below; handled now so that it is not reported unhandled while another is awaited.
    sent.catch(() => {});
    window.push(sent);
    if (window.length >= (options.inFlight ?? 2)) {
      try {
        await window[0];
        window.shift();
      } catch {
        await settle();
      }
    }
    await pause?.();
  }
  await settle();
  return summary;
}
