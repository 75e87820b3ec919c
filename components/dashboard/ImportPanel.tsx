import { useState } from 'preact/hooks';
import type { ImportProgress, ImportSummary } from '../../core/import/run-import';
import { FileButton } from './FileButton';
import type { DashboardTexts } from './texts';

export interface MarketplaceChoice {
  host: string;
  label: string;
}

interface Props {
  texts: DashboardTexts;
  marketplaces: readonly MarketplaceChoice[];
  marketplaceHost: string;
  onMarketplace: (host: string) => void;
  running: boolean;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  error: string | null;
  onFile: (file: File) => void;
}

/** At most this many rejected rows are listed; the count is always complete. */
const REJECTIONS_SHOWN = 200;

export function ImportPanel({
  texts,
  marketplaces,
  marketplaceHost,
  onMarketplace,
  running,
  progress,
  summary,
  error,
  onFile,
}: Props) {
  const t = texts.import;
  const [dragging, setDragging] = useState(false);
  const take = (file: File | undefined) => {
    if (file && !running) onFile(file);
  };
  return (
    <section class="import-panel" aria-label={texts.tabs.import}>
      <p>{t.intro}</p>
      <label>
        {t.marketplace}{' '}
        <select
          value={marketplaceHost}
          onChange={(e) => onMarketplace((e.currentTarget as HTMLSelectElement).value)}
          data-testid="import-marketplace"
        >
          {marketplaces.map((m) => (
            <option key={m.host} value={m.host}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      <section
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        aria-label={t.drop}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          take(e.dataTransfer?.files[0]);
        }}
      >
        <FileButton
          label={t.choose}
          accept=".txt,.tsv,.csv,.json,text/plain,text/csv,text/tab-separated-values,application/json"
          disabled={running}
          testId="import-file"
          onFile={take}
        />{' '}
        {t.drop}
      </section>
      {progress ? (
        <p class="progress">
          {progress.phase === 'reading' ? t.reading : t.saving}{' '}
          <progress value={progress.done} max={Math.max(1, progress.total)} data-testid="import-progress" />{' '}
          {progress.done.toLocaleString()} / {progress.total.toLocaleString()}
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert" data-testid="import-error">
          {t.failed}: {error}
        </p>
      ) : null}
      {summary ? <Summary texts={texts} summary={summary} /> : null}
    </section>
  );
}

function Summary({ texts, summary }: { texts: DashboardTexts; summary: ImportSummary }) {
  const t = texts.import;
  const figures: [string, number, string][] = [
    [t.rowsRead, summary.rowsRead, 'rows-read'],
    [t.orders, summary.orders, 'orders'],
    [t.created, summary.created, 'created'],
    [t.updated, summary.updated, 'updated'],
    [t.unchanged, summary.unchanged, 'unchanged'],
    [t.notMcf, summary.notMcf, 'not-mcf'],
    [t.duplicates, summary.duplicates, 'duplicates'],
    [t.rejected, summary.rejected.length, 'rejected'],
  ];
  return (
    <div class="import-summary" data-testid="import-summary" role="status">
      <h3>
        {summary.interrupted ? texts.faults.importInterrupted : t.summary} ({t.kind[summary.kind]})
      </h3>
      {summary.interrupted ? (
        <p class="error" role="alert" data-testid="import-interrupted">
          {texts.faults.importStopped(summary.interrupted)}
        </p>
      ) : null}
      <dl>
        {figures.map(([label, value, id]) => (
          <div key={id}>
            <dt>{label}</dt>
            <dd data-testid={`summary-${id}`}>{value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {summary.warnings.length > 0 ? (
        <ul class="warnings">
          {summary.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {summary.kind === 'report' ? <p class="hint">{t.noDelivery}</p> : null}
      {summary.rejected.length > 0 ? (
        <table class="rejections" data-testid="rejections">
          <thead>
            <tr>
              <th>{t.line}</th>
              <th>{t.reason}</th>
            </tr>
          </thead>
          <tbody>
            {summary.rejected.slice(0, REJECTIONS_SHOWN).map((r) => (
              <tr key={`${r.line}-${r.reason}`}>
                <td>{r.line}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
