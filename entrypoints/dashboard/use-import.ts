import { useState } from 'preact/hooks';
import { errorText } from '../../core/error-text';
import type { ImportProgress, ImportSummary } from '../../core/import/run-import';
import { marketplaceFor } from '../../core/marketplaces';
import { db } from './database';
import { ordersHoldingPackages } from './orders-source';

// The Import tab's work: a report or an SP-API file read in the page, mapped, and sent to the
// background in chunks of one batch (their notifications held until the last one), with its
// progress, its summary or the sentence that says why it stopped.

/** The import's code (`import-code.ts`), loaded on the first import. */
const importCode = () => import('./import-code');

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useImport(afterwards: () => Promise<void>) {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function importFile(file: File, host: string) {
    const marketplace = marketplaceFor(host);
    if (!marketplace) return;
    setRunning(true);
    setError(null);
    setSummary(null);
    setProgress({ phase: 'reading', done: 0, total: 1 });
    const batchId = crypto.randomUUID();
    try {
      const { runImport, readReportFile, IMPORT_CHUNK_SIZE, importChunkReply, sendUncheckedChunk } =
        await importCode();
      const text = await readReportFile(file);
      setSummary(
        await runImport(text, {
          marketplace,
          observedAt: new Date(),
          chunkSize: IMPORT_CHUNK_SIZE,
          send: async (source, orders, last) =>
            importChunkReply.parse(
              await sendUncheckedChunk('import.chunk', { source, orders, batch: { id: batchId, last } }),
            ),
          onProgress: setProgress,
          pause,
          // Tracking details name packages: they join the stored orders holding them.
          findOrders: (wanted) => ordersHoldingPackages(db, wanted),
        }),
      );
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setRunning(false);
      setProgress(null);
      // The imported orders may sort anywhere in the table.
      await afterwards();
    }
  }

  return { running, progress, summary, error, importFile };
}
