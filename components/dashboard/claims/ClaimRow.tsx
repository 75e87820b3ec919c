import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Claim } from '../../../core/claims/claim';
import { claimTotals } from '../../../core/claims/claim-totals';
import type { Lang } from '../../../core/i18n/lang';
import { formatDay } from '../format';
import { formatMoney } from './format';
import { CLAIMS_TEXTS } from './texts';

// One claim of the Claims list: case id, orders, filing day, status in the UI language, days since
// filed, amounts, and the actions (case id, refused, delete). A claim unpaid after the set number
// of days, partly paid or refused says so in words, with its next step (never by colour alone).
// `support` is the spot for the contact-Support button of the claim (issue 15 item 7).

/** The follow-up the engine raised on the claim's orders, if any. */
export type ClaimFlag = 'claim-unpaid' | 'claim-partly-paid' | 'claim-refused';

export interface ClaimRowProps {
  lang: Lang;
  claim: Claim;
  /** The ids of the claim's orders as Seller Central shows them. */
  orderIds: readonly string[];
  daysSinceFiled: number;
  flag: ClaimFlag | undefined;
  /** The `unpaidClaimDays` setting, for the unpaid flag's words. */
  unpaidDays: number;
  busy: boolean;
  onCaseId: (claim: Claim, caseId: string | null) => void;
  onRefused: (claim: Claim) => void;
  onDelete: (claim: Claim) => void;
  /** Extra actions of the claim (the contact-Support button). */
  support?: ComponentChildren;
}

export function ClaimRow(props: ClaimRowProps) {
  const { lang, claim } = props;
  const t = CLAIMS_TEXTS[lang].list;
  const [editing, setEditing] = useState(false);
  const [caseId, setCaseId] = useState(claim.caseId ?? '');
  const totals = claimTotals(claim);
  const orders = props.orderIds.join(', ');
  const flagText =
    props.flag === 'claim-unpaid'
      ? { title: t.unpaid(props.unpaidDays), next: t.unpaidNext }
      : props.flag === 'claim-partly-paid'
        ? { title: t.partly, next: t.partlyNext }
        : props.flag === 'claim-refused'
          ? { title: t.refused, next: t.refusedNext }
          : undefined;

  return (
    <tr
      class={props.flag ? `claim-row flagged ${props.flag}` : 'claim-row'}
      data-testid="claim-row"
      data-claim-id={claim.id}
      data-status={claim.status}
      data-flag={props.flag ?? ''}
    >
      <td data-testid="claim-case-id">
        {editing ? (
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              setEditing(false);
              props.onCaseId(claim, caseId.trim() === '' ? null : caseId.trim());
            }}
          >
            <input
              aria-label={t.caseIdFor(orders)}
              value={caseId}
              inputMode="numeric"
              maxLength={100}
              onInput={(e) => setCaseId((e.currentTarget as HTMLInputElement).value)}
              data-testid="claim-case-id-input"
            />
            <button type="submit" data-testid="claim-case-id-save">
              {t.save}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t.cancel}
            </button>
          </form>
        ) : (
          (claim.caseId ?? <span class="muted">{t.noCaseId}</span>)
        )}
      </td>
      <td data-testid="claim-orders">{orders}</td>
      <td>{t.reason[claim.reason]}</td>
      <td>{formatDay(claim.filedOn, lang)}</td>
      <td data-testid="claim-status">
        <span class={`claim-status ${claim.status}`}>{t.status[claim.status]}</span>
        {flagText && (
          <p class="claim-flag" data-testid="claim-flag">
            <strong>{flagText.title}.</strong> {flagText.next}
          </p>
        )}
      </td>
      <td data-testid="claim-days">{t.days(props.daysSinceFiled)}</td>
      <td>{claim.claimed ? formatMoney(claim.claimed, lang) : t.unknownAmount}</td>
      <td data-testid="claim-paid">
        {totals.currency !== undefined && claim.payments.length > 0
          ? [totals.currency, ...totals.otherCurrencies]
              .map((currency) =>
                formatMoney({ amount: totals.receivedByCurrency[currency] ?? 0, currency }, lang),
              )
              .join(' + ')
          : t.unknownAmount}
      </td>
      <td class="row-actions">
        {!editing && (
          <button
            type="button"
            disabled={props.busy}
            onClick={() => {
              setCaseId(claim.caseId ?? '');
              setEditing(true);
            }}
            data-testid="claim-edit-case-id"
          >
            {claim.caseId ? t.editCaseId : t.setCaseId}
          </button>
        )}
        {claim.status === 'filed' || claim.status === 'partly-paid' ? (
          <button
            type="button"
            disabled={props.busy}
            onClick={() => props.onRefused(claim)}
            data-testid="claim-mark-refused"
          >
            {t.markRefused}
          </button>
        ) : null}
        <button
          type="button"
          disabled={props.busy}
          onClick={() => props.onDelete(claim)}
          data-testid="claim-delete"
        >
          {t.delete}
        </button>
        {props.support}
      </td>
    </tr>
  );
}
