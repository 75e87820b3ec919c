import { useState } from 'preact/hooks';
import type { DashboardTexts } from '../../components/dashboard/texts';
import { errorText } from '../../core/error-text';
import { send } from './connection';
import { db } from './database';
import { downloadFile } from './download';

// The Backup tab's work: the whole database as one file, and a file put back (checked whole before
// the first message, then sent in parts that the background swaps in at the last one).

/** The backup's code (`backup-code.ts`), loaded when the seller first downloads or restores. */
const backupCode = () => import('./backup-code');

/** `restored`: after a restore that went through (its settings read again, say); `afterwards`: after
 *  any restore, whole or stopped (the table and the rules read again). */
export function useBackup(
  texts: DashboardTexts,
  restored: () => Promise<void>,
  afterwards: () => Promise<void>,
) {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setError(null);
    try {
      const exportedAt = new Date();
      const { backupFileName, readBackup } = await backupCode();
      const backup = await readBackup(db, exportedAt);
      downloadFile(backupFileName(exportedAt), JSON.stringify(backup), 'application/json');
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  async function restore(file: File) {
    if (!confirm(texts.backup.confirm)) return;
    setRunning(true);
    setError(null);
    setMessage(null);
    try {
      // The whole file is checked before the first message: a refused file changes nothing.
      const { parseBackup, restoreParts, sendRestoreParts } = await backupCode();
      const backup = parseBackup(await file.text());
      const parts = restoreParts(backup);
      setProgress({ done: 0, total: parts.length });
      // A stop part-way says what it left (nothing, or all or nothing at the last part).
      await sendRestoreParts(parts, (part) => send('backup.restore', part), {
        onProgress: (done, total) => setProgress({ done, total }),
        sentence: texts.faults.restoreStopped,
      });
      setMessage(texts.backup.restored(backup.orders.length));
      await restored();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setRunning(false);
      setProgress(null);
      await afterwards();
    }
  }

  return { running, progress, message, error, download, restore };
}
