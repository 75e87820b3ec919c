import type { Lang } from '../../../core/i18n/lang';
import { FileButton } from '../FileButton';
import { CLAIMS_TEXTS, type ImportResultCounts } from './texts';

// The Reimbursements report's import: a file button, then the counts or the one sentence of a
// refusal (nothing written then).

export interface ReimbursementsImportProps {
  lang: Lang;
  running: boolean;
  result: ImportResultCounts | null;
  /** The refusal, as one sentence in the UI language. */
  error: string | null;
  onFile: (file: File) => void;
}

export function ReimbursementsImport(props: ReimbursementsImportProps) {
  const t = CLAIMS_TEXTS[props.lang].import;
  return (
    <section class="reimbursements-import" aria-labelledby="reimbursements-title">
      <h2 id="reimbursements-title">{t.title}</h2>
      <p>{t.intro}</p>
      <FileButton
        label={t.choose}
        accept=".txt,.tsv,.csv,text/plain,text/tab-separated-values"
        disabled={props.running}
        testId="reimbursements-file"
        onFile={props.onFile}
      />
      {props.running && <p role="status">{t.reading}</p>}
      {props.result && (
        <p role="status" data-testid="reimbursements-result">
          {t.result(props.result)}
        </p>
      )}
      {props.error && (
        <p class="notice error" role="alert" data-testid="reimbursements-error">
          {t.failed}: {props.error}
        </p>
      )}
    </section>
  );
}
