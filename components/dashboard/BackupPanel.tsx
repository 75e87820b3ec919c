import { FileButton } from './FileButton';
import type { DashboardTexts } from './texts';

interface Props {
  texts: DashboardTexts;
  running: boolean;
  progress: { done: number; total: number } | null;
  message: string | null;
  error: string | null;
  onDownload: () => void;
  onRestore: (file: File) => void;
}

export function BackupPanel({ texts, running, progress, message, error, onDownload, onRestore }: Props) {
  const t = texts.backup;
  return (
    <section class="backup-panel" aria-label={texts.tabs.backup}>
      <p>{t.intro}</p>
      <p>
        <button type="button" disabled={running} onClick={onDownload} data-testid="backup-download">
          {t.download}
        </button>
      </p>
      <FileButton
        label={t.restore}
        accept=".json,application/json"
        disabled={running}
        testId="backup-restore"
        onFile={onRestore}
      />
      {progress ? (
        <p>
          {t.restoring} <progress value={progress.done} max={Math.max(1, progress.total)} />
        </p>
      ) : null}
      {message ? (
        <p role="status" data-testid="backup-message">
          {message}
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert" data-testid="backup-error">
          {t.failed}: {error}
        </p>
      ) : null}
    </section>
  );
}
