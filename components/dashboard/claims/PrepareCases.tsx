import type { ComponentChildren } from 'preact';
import type { Lang } from '../../../core/i18n/lang';
import { CaseCard, type ProposedCaseView } from './CaseCard';
import { CLAIMS_TEXTS } from './texts';

// "Prepare cases" (issue 15 item 5): the orders to claim now, grouped into cases of at most N items.

export interface PrepareCasesProps {
  lang: Lang;
  maxItems: number;
  proposals: readonly ProposedCaseView[];
  busyIds: ReadonlySet<string>;
  onCopy: (text: string) => Promise<boolean>;
  onRecord: (proposal: ProposedCaseView, caseId: string) => void;
  /** A case's contact-Support button (issue 15 item 7). */
  support?: (proposal: ProposedCaseView) => ComponentChildren;
}

export function PrepareCases(props: PrepareCasesProps) {
  const t = CLAIMS_TEXTS[props.lang].prepare;
  return (
    <section class="prepare-cases" aria-labelledby="prepare-cases-title" data-testid="prepare-cases">
      <h2 id="prepare-cases-title">{t.title}</h2>
      <p>{t.intro(props.maxItems)}</p>
      {props.proposals.length === 0 ? (
        <p data-testid="cases-none">{t.none}</p>
      ) : (
        props.proposals.map((proposal, i) => (
          <CaseCard
            key={proposal.id}
            lang={props.lang}
            n={i + 1}
            proposal={proposal}
            busy={props.busyIds.has(proposal.id)}
            onCopy={props.onCopy}
            onRecord={(caseId) => props.onRecord(proposal, caseId)}
            support={props.support?.(proposal)}
          />
        ))
      )}
    </section>
  );
}
