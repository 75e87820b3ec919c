// The Backup tab's code, one chunk loaded on its first use (`use-backup.ts`): reading the whole
// database, checking a file and cutting it into the parts the background restores.

export { backupFileName, parseBackup } from '../../core/export/backup';
export { sendRestoreParts } from '../../core/export/run-restore';
export { readBackup } from '../background/dashboard-handlers';
export { restoreParts } from './restore-parts';
