import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ContactSupportButton } from '../../components/claims/ContactSupportButton';
import type { ProposedCaseView } from '../../components/dashboard/claims/CaseCard';
import { ClaimRateGauge } from '../../components/dashboard/claims/ClaimRateGauge';
import { ClaimsList } from '../../components/dashboard/claims/ClaimsList';
import { PrepareCases } from '../../components/dashboard/claims/PrepareCases';
import { ReimbursementsImport } from '../../components/dashboard/claims/ReimbursementsImport';
import { CLAIMS_TEXTS, type ImportResultCounts } from '../../components/dashboard/claims/texts';
import { caseText } from '../../core/claims/case-text';
import type { Claim } from '../../core/claims/claim';
import {
  REGION_TIME_ZONES,
  REPORTED_CLAIM_RATE_LEVEL,
  regionOf,
  wouldCross,
} from '../../core/claims/claim-rate';
import { claimFollowUpText } from '../../core/claims/follow-up-text';
import { prepareCases } from '../../core/claims/prepare-cases';
import { parseReimbursementsReport } from '../../core/claims/reimbursements-report';
import { caseLangFor, LANG_LOCALE, type Lang } from '../../core/i18n/lang';
import { claimMessages } from '../../core/messages/claims';
import { createClient, type Envelope } from '../../core/messages/protocol';
import { supportMessages } from '../../core/messages/support';
import { type AppSettings, DEFAULT_APP_SETTINGS } from '../../core/model/app-settings';
import { primaryOrderId } from '../../core/model/order-key';
import type { McfDeskDb } from '../background/db';
import { type ClaimsData, loadClaimsData } from './claims-source';
import './claims.css';
import { errorText } from '../../core/error-text';
import { readReportFile } from './read-report-file';
import { sendReimbursements } from './reimbursements-import';

// The Claims tab (issue 15 items 3–6): prepare cases, the claims filed, the Reimbursements import
// and the claim-rate gauge. Reads come from the database (claims-source.ts); every write is a
// claims message, after which the tab reads again.

const send = createClient((envelope: Envelope) => browser.runtime.sendMessage(envelope), claimMessages);
const sendSupport = createClient(
  (envelope: Envelope) => browser.runtime.sendMessage(envelope),
  supportMessages,
);

/** A language's name in the UI language ("French", "französisch"…). */
function languageName(of: Lang, ui: Lang): string {
  try {
    return new Intl.DisplayNames([LANG_LOCALE[ui]], { type: 'language' }).of(of) ?? of;
  } catch {
    return of;
  }
}

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
  const [importing, setImporting] = useState(false);
  const [importResult, setImportResult] = useState<ImportResultCounts | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

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

  const proposals = useMemo((): (ProposedCaseView & {
    keys: string[];
    reason: Claim['reason'];
    /** The Seller Central host of the case's marketplace (one per case). */
    host: string | undefined;
  })[] => {
    if (!data) return [];
    const rates = new Map(data.rates.map((r) => [r.region, r]));
    return prepareCases(data.claimable, data.claims, current.maxItemsPerCase).map((prepared) => {
      const caseLang = caseLangFor(current.caseTextLanguage, { countryCode: prepared.countryCode });
      const region = regionOf(prepared.countryCode);
      const rate = rates.get(region);
      const after = rate && rate.shippedOrders > 0 ? ((rate.claimsFiled + 1) / rate.shippedOrders) * 100 : 0;
      const keys = prepared.orders.map((o) => o.key);
      return {
        id: `${prepared.reason}|${prepared.countryCode}|${keys.join(',')}`,
        keys,
        reason: prepared.reason,
        host: prepared.orders[0]?.order.marketplace.host,
        orderIds: prepared.orders.map((o) => primaryOrderId(o.order)),
        items: prepared.items,
        text: caseText(prepared, caseLang),
        languageName: languageName(caseLang, lang),
        warning: rate && wouldCross(rate, 1) ? t.prepare.crossWarning(t.gauge.regions[region], after) : null,
      };
    });
  }, [data, current.maxItemsPerCase, current.caseTextLanguage, lang]);

  async function copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  async function importReport(file: File) {
    setImporting(true);
    setImportResult(null);
    setImportError(null);
    try {
      // Approval instants are dated in the zone of the region the seller's claims are filed in.
      const latest = data?.claims[0];
      const timeZone = latest ? REGION_TIME_ZONES[regionOf(latest.countryCode)] : 'UTC';
      const text = await readReportFile(file);
      const parsed = parseReimbursementsReport(text, { timeZone });
      if (!parsed.ok) {
        setImportError(t.import.refusals[parsed.reason]);
        return;
      }
      setImportResult(
        await sendReimbursements(parsed.rows, (rows) => send('reimbursements.import', { rows })),
      );
      if (parsed.skipped.count > 0) onNotice(t.import.skipped(parsed.skipped.count));
    } catch (error) {
      setImportError(errorText(error));
    } finally {
      setImporting(false);
      await reload().catch(onError);
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
              send('claims.record', {
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
          void run(claim.id, () => send('claims.update', { id: claim.id, caseId }))
        }
        onRefused={(claim) =>
          void run(claim.id, () => send('claims.update', { id: claim.id, refused: true }))
        }
        onDelete={(claim) => {
          if (!confirm(t.list.deleteConfirm)) return;
          void run(claim.id, () => send('claims.delete', { id: claim.id }));
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
        running={importing}
        result={importResult}
        error={importError}
        onFile={(file) => void importReport(file)}
      />
    </div>
  );
}
