import { useState } from 'preact/hooks';
import type { Claim, ClaimReason } from '../../core/claims/claim';
import { claimTotals } from '../../core/claims/claim-totals';
import { errorText } from '../../core/error-text';
import { formatMoney } from '../dashboard/claims/format';
import { POPUP_CLAIM_TEXTS } from './claim-texts';
import { formatDay, type Lang } from './format';

// The current order's claims (issue 15 item 3): the status of each one recorded, and "Record
// claim" while the order has an open lost or damaged claim finding (its reason comes from it).

export interface ClaimPanelProps {
  lang: Lang;
  claims: readonly Claim[];
  /** The reason of the open claim finding; none: nothing to record now. */
  reason: ClaimReason | undefined;
  onRecord: (caseId: string) => Promise<void>;
}

export function ClaimPanel({ lang, claims, reason, onRecord }: ClaimPanelProps) {
  const t = POPUP_CLAIM_TEXTS[lang];
  const [caseId, setCaseId] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  if (claims.length === 0 && reason === undefined) return null;
  return (
    <section class="claim-panel" aria-labelledby="claim-panel-title" data-testid="claim-panel">
      <h2 id="claim-panel-title">{t.title}</h2>
      <ul class="claims">
        {claims.map((claim) => {
          const totals = claimTotals(claim);
          return (
            <li key={claim.id} data-testid="popup-claim" data-status={claim.status}>
              <strong>{t.status[claim.status]}</strong> —{' '}
              {t.filedOn(formatDay(claim.filedOn, lang), claim.caseId)}
              {totals.currency !== undefined && claim.payments.length > 0 && (
                <> · {t.paid(formatMoney({ amount: totals.received, currency: totals.currency }, lang))}</>
              )}
            </li>
          );
        })}
      </ul>
      {reason !== undefined && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            setBusy(true);
            setStatus(null);
            try {
              await onRecord(caseId.trim());
              setCaseId('');
              setStatus({ text: t.recorded, error: false });
            } catch (error) {
              setStatus({ text: `${t.failed}: ${errorText(error)}`, error: true });
            } finally {
              setBusy(false);
            }
          }}
        >
          <p>{t.intro}</p>
          <label>
            {t.caseId}{' '}
            <input
              value={caseId}
              inputMode="numeric"
              maxLength={100}
              onInput={(e) => setCaseId((e.currentTarget as HTMLInputElement).value)}
              data-testid="popup-claim-case-id"
            />
          </label>{' '}
          <button type="submit" disabled={busy} data-testid="popup-record-claim">
            {t.record(t.reason[reason])}
          </button>
        </form>
      )}
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : undefined}>
          {status.text}
        </p>
      )}
    </section>
  );
}
