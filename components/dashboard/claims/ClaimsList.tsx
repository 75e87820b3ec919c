import type { ComponentChildren } from 'preact';
import type { Claim } from '../../../core/claims/claim';
import type { Lang } from '../../../core/i18n/lang';
import { type ClaimFlag, ClaimRow } from './ClaimRow';
import { CLAIMS_TEXTS } from './texts';

// The claims the seller recorded, newest first: one row each (ClaimRow.tsx).

export interface ClaimListEntry {
  claim: Claim;
  orderIds: readonly string[];
  daysSinceFiled: number;
  flag: ClaimFlag | undefined;
  /** The Seller Central host of its orders (where to contact support about it), when stored. */
  host?: string;
}

export interface ClaimsListProps {
  lang: Lang;
  entries: readonly ClaimListEntry[];
  unpaidDays: number;
  busyIds: ReadonlySet<string>;
  onCaseId: (claim: Claim, caseId: string | null) => void;
  onRefused: (claim: Claim) => void;
  onDelete: (claim: Claim) => void;
  /** The contact-Support button of a claim, if one is mounted (issue 15 item 7). */
  support?: (entry: ClaimListEntry) => ComponentChildren;
}

export function ClaimsList(props: ClaimsListProps) {
  const t = CLAIMS_TEXTS[props.lang].list;
  return (
    <section class="claims-list" aria-labelledby="claims-list-title" data-testid="claims-list">
      <h2 id="claims-list-title">{t.title}</h2>
      {props.entries.length === 0 ? (
        <p data-testid="claims-none">{t.none}</p>
      ) : (
        <div class="table-scroll">
          <table class="claims-table">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.caseId}</th>
                <th scope="col">{t.columns.orders}</th>
                <th scope="col">{t.columns.reason}</th>
                <th scope="col">{t.columns.filedOn}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.days}</th>
                <th scope="col">{t.columns.claimed}</th>
                <th scope="col">{t.columns.paid}</th>
                <th scope="col">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {props.entries.map((entry) => (
                <ClaimRow
                  key={entry.claim.id}
                  lang={props.lang}
                  claim={entry.claim}
                  orderIds={entry.orderIds}
                  daysSinceFiled={entry.daysSinceFiled}
                  flag={entry.flag}
                  unpaidDays={props.unpaidDays}
                  busy={props.busyIds.has(entry.claim.id)}
                  onCaseId={props.onCaseId}
                  onRefused={props.onRefused}
                  onDelete={props.onDelete}
                  support={props.support?.(entry)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
