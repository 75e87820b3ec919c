import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ContactSupportButton } from '../../components/claims/ContactSupportButton';
import { ClaimRateGauge } from '../../components/dashboard/claims/ClaimRateGauge';
import { ClaimsList } from '../../components/dashboard/claims/ClaimsList';
import { PrepareCases } from '../../components/dashboard/claims/PrepareCases';
import { ReimbursementsImport } from '../../components/dashboard/claims/ReimbursementsImport';
import { CLAIMS_TEXTS } from '../../components/dashboard/claims/texts';
import { REPORTED_CLAIM_RATE_LEVEL } from '../../core/claims/claim-rate';
import { claimFollowUpText } from '../../core/claims/follow-up-text';
import { caseLangFor, type Lang } from '../../core/i18n/lang';
import { type AppSettings, DEFAULT_APP_SETTINGS } from '../../core/model/app-settings';
import type { McfDeskDb } from '../background/db';
import { caseProposals } from './case-proposals';
import { type ClaimsData, loadClaimsData } from './claims-source';
import './claims.css';
import { sendClaims, sendSupport } from './claims-connection';
import { useReimbursementsImport } from './use-reimbursements-import';

// The Claims tab (issue 15 items 3–6): prepare cases (case-proposals.ts), the claims filed, the
// Reimbursements import (use-reimbursements-import.ts) and the claim-rate gauge. Reads come from
// the database (claims-source.ts); every write is a claims message, after which the tab reads again.

export interface ClaimsTabProps {
  db: McfDeskDb;
  lang: Lang;
  settings: AppSettings | null;
  /** A failure of a read or a write, shown in the dashboard's notice line. */
  onError: (error: unknown) => void;
  /** A success worth a line ("recorded"). */
  onNotice: (text: string) => void;
}

export function ClaimsTab({ db, lang, settings, onError, onNotice }: ClaimsTabProps) {
  const t = CLAIMS_TEXTS[lang];
  const current = settings ?? DEFAULT_APP_SETTINGS;
  const [data, setData] = useState<ClaimsData | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());

  const reload = useCallback(async () => {
    setData(await loadClaimsData(db, new Date()));
  }, [db]);

  useEffect(() => {
    reload().catch(onError);
  }, [reload]);

  /** Runs one write for `id` (a case or a claim), then reads the tab again. */
  async function run(id: string, write: () => Promise<unknown>, done?: string) {
    setBusy((s) => new Set(s).add(id));
    try {
      await write();
      if (done) onNotice(done);
    } catch (error) {
      onError(error);
    } finally {
      setBusy((s) => {
        const next = new Set(s);
        next.delete(id);
        return next;
      });
      await reload().catch(onError);
    }
  }

  const proposals = useMemo(
    () => (data ? caseProposals(data, current, lang) : []),
    [data, current.maxItemsPerCase, current.caseTextLanguage, lang],
  );
  const reimbursements = useReimbursementsImport(lang, data, onNotice, () => reload().catch(onError));

  async function copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  return (
    <div class="claims-tab" data-testid="claims-tab">
      <ClaimRateGauge lang={lang} level={REPORTED_CLAIM_RATE_LEVEL} rates={data?.rates ?? []} />
      <PrepareCases
        lang={lang}
        maxItems={current.maxItemsPerCase}
        proposals={proposals}
        busyIds={busy}
        onCopy={copy}
        support={(proposal) => {
          const host = proposals.find((p) => p.id === proposal.id)?.host;
          return host ? (
            <ContactSupportButton
              lang={lang}
              host={host}
              text={proposal.text}
              {...(proposal.orderIds.length === 1 ? { orderId: proposal.orderIds[0] } : {})}
              onOpen={(ask) => sendSupport('support.prefill', ask)}
            />
          ) : null;
        }}
        onRecord={(proposal, caseId) => {
          const { keys, reason } = proposals.find((p) => p.id === proposal.id) ?? {
            keys: [],
            reason: 'lost',
          };
          void run(
            proposal.id,
            () =>
              sendClaims('claims.record', {
                lines: keys.map((orderKey) => ({ orderKey })),
                reason,
                ...(caseId ? { caseId } : {}),
              }),
            t.prepare.recorded,
          );
        }}
      />
      <ClaimsList
        lang={lang}
        entries={data?.entries ?? []}
        unpaidDays={current.unpaidClaimDays}
        busyIds={busy}
        onCaseId={(claim, caseId) =>
          void run(claim.id, () => sendClaims('claims.update', { id: claim.id, caseId }))
        }
        onRefused={(claim) =>
          void run(claim.id, () => sendClaims('claims.update', { id: claim.id, refused: true }))
        }
        onDelete={(claim) => {
          if (!confirm(t.list.deleteConfirm)) return;
          void run(claim.id, () => sendClaims('claims.delete', { id: claim.id }));
        }}
        support={(entry) => {
          // A claim not (fully) paid is chased with a follow-up about the same case.
          const caseLang = caseLangFor(current.caseTextLanguage, { countryCode: entry.claim.countryCode });
          const followUp = claimFollowUpText(entry.claim, entry.orderIds, caseLang);
          return entry.host && followUp ? (
            <ContactSupportButton
              lang={lang}
              host={entry.host}
              text={followUp.text}
              subject={followUp.subject}
              {...(entry.orderIds.length === 1 ? { orderId: entry.orderIds[0] } : {})}
              onOpen={(ask) => sendSupport('support.prefill', ask)}
              testId={`claim-support-${entry.claim.id}`}
            />
          ) : null;
        }}
      />
      <ReimbursementsImport
        lang={lang}
        running={reimbursements.running}
        result={reimbursements.result}
        error={reimbursements.error}
        onFile={(file) => void reimbursements.importReport(file)}
      />
    </div>
  );
}
