import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Lang } from '../../../core/i18n/lang';
import { CLAIMS_TEXTS } from './texts';

// One proposed case: its orders, its case text in the support's language with a Copy button, a
// field for the case id Selling Partner Support gives it, and "Record as filed". When recording it
// would take the region's claim rate over the reported 2 % level, the card says so first.

export interface ProposedCaseView {
  /** Stable while the same orders are proposed together. */
  id: string;
  orderIds: readonly string[];
  items: number;
  text: string;
  /** The name of the case text's language, in the UI language. */
  languageName: string;
  /** The claim-rate warning when recording this case would cross the level. */
  warning: string | null;
}

export interface CaseCardProps {
  lang: Lang;
  /** 1-based position, for its title. */
  n: number;
  proposal: ProposedCaseView;
  busy: boolean;
  onCopy: (text: string) => Promise<boolean>;
  onRecord: (caseId: string) => void;
  /** Beside Copy: the button that opens Selling Partner Support with the text (issue 15 item 7). */
  support?: ComponentChildren;
}

export function CaseCard({ lang, n, proposal, busy, onCopy, onRecord, support }: CaseCardProps) {
  const t = CLAIMS_TEXTS[lang].prepare;
  const [caseId, setCaseId] = useState('');
  const [copied, setCopied] = useState<boolean | null>(null);
  const textId = `case-text-${proposal.id}`;
  const caseIdId = `case-id-${proposal.id}`;
  return (
    <article class="case-card" aria-labelledby={`case-title-${proposal.id}`} data-testid="case-card">
      <h3 id={`case-title-${proposal.id}`}>{t.caseTitle(n, proposal.orderIds.length, proposal.items)}</h3>
      <p data-testid="case-orders">{proposal.orderIds.join(', ')}</p>
      <label for={textId}>{t.textLabel(n)}</label>
      <p class="muted">{t.language(proposal.languageName)}</p>
      <textarea id={textId} readOnly rows={8} value={proposal.text} data-testid="case-text" />
      <p class="row-actions">
        <button
          type="button"
          onClick={async () => setCopied(await onCopy(proposal.text))}
          data-testid="case-copy"
        >
          {t.copy}
        </button>
        {copied !== null && <span role="status">{copied ? t.copied : t.copyFailed}</span>}
      </p>
      {support}
      {proposal.warning && (
        <p class="notice error" role="note" data-testid="case-rate-warning">
          {proposal.warning}
        </p>
      )}
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          onRecord(caseId.trim());
        }}
      >
        <label for={caseIdId}>{t.caseId}</label>
        <input
          id={caseIdId}
          value={caseId}
          inputMode="numeric"
          maxLength={100}
          aria-describedby={`${caseIdId}-hint`}
          onInput={(e) => setCaseId((e.currentTarget as HTMLInputElement).value)}
          data-testid="case-id-input"
        />
        <span id={`${caseIdId}-hint`} class="muted">
          {t.caseIdHint}
        </span>
        <button type="submit" disabled={busy} data-testid="case-record">
          {t.record}
        </button>
      </form>
    </article>
  );
}
