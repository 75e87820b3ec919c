import { useEffect, useState } from 'preact/hooks';
import { ClaimPanel } from '../../components/popup/ClaimPanel';
import { CurrentOrder } from '../../components/popup/CurrentOrder';
import { ReturnPanel } from '../../components/popup/ReturnPanel';
import { ReturnTracking } from '../../components/popup/ReturnTracking';
import type { Lang } from '../../components/popup/texts';
import type { Claim } from '../../core/claims/claim';
import { claimText, isClaimFinding } from '../../core/claims/claim-text';
import { todayIn } from '../../core/dates/calendar';
import { caseLangFor } from '../../core/i18n/lang';
import type { OrderDetail } from '../../core/messages/background';
import type { AppSettings } from '../../core/model/app-settings';
import type { Finding, FindingKind } from '../../core/model/finding';
import { primaryOrderId } from '../../core/model/order-key';
import { commentFromTemplate } from '../../core/return-form/plan';
import { REASON_SUGGESTIONS } from '../../core/return-form/reasons';
import type { FormOption } from '../../core/return-form/schema';
import { sendBackground, sendClaims, sendSupport, type TabClient } from './messaging';
import { claimReasonOf, downloadEvidence, snooze } from './order-actions';
import { claimsOfOrder } from './stored-orders';
import type { useReturnFill } from './use-return-fill';

// The popup's order of the tab: its checklist and findings, its claim (texts, evidence, the
// claims recorded), the return form's prefill and the return's tracking, each wired to the
// background (and the return form to the tab).

interface Props {
  lang: Lang;
  settings: AppSettings;
  detail: OrderDetail;
  /** The order as the background has it after a change of the seller's. */
  onDetail: (detail: OrderDetail) => void;
  /** The tab holding the order's page (and maybe its return form). */
  tab: TabClient;
  tabId: number;
  returns: ReturnType<typeof useReturnFill>;
}

export function CurrentOrderView({ lang, settings, detail, onDetail, tab, tabId, returns }: Props) {
  /** The claims recorded for the order (issue 15 item 3). */
  const [claims, setClaims] = useState<Claim[]>([]);
  useEffect(() => {
    claimsOfOrder(detail.key).then(setClaims, () => setClaims([]));
  }, [detail.key]);

  async function refreshDetail(key: string) {
    const fresh = await sendBackground('order.get', { key });
    if (fresh) onDetail(fresh);
  }

  const formReasons = returns.formReading?.form?.fields
    .find((f) => f.role === 'reason')
    ?.options?.filter((o) => o.value !== '');
  const reasons: FormOption[] =
    formReasons ?? REASON_SUGGESTIONS.map((s) => ({ value: s.code, label: s.labels[lang] }));
  const damaged = detail.assessment.findings.some((f) => f.kind === 'damaged-claimable');

  return (
    <CurrentOrder
      lang={lang}
      detail={detail}
      overrides={detail.overrides}
      claimTextFor={(finding: Finding) =>
        isClaimFinding(finding)
          ? claimText(detail.order, finding, caseLangFor(settings.caseTextLanguage, detail.order.marketplace))
          : null
      }
      onEvidence={() => downloadEvidence(detail, lang, settings.caseTextLanguage)}
      onStep={async (stepId, done, note) => {
        const checklist = await sendBackground('checklist.update', {
          key: detail.key,
          stepId,
          done,
          ...(note !== undefined ? { note } : {}),
        });
        onDetail({ ...detail, checklist });
      }}
      onOpenSupport={(ask) => sendSupport('support.prefill', ask)}
      onCopy={async (text) => {
        try {
          await navigator.clipboard.writeText(text);
          return true;
        } catch {
          return false;
        }
      }}
      onSnooze={async (kind: FindingKind, days: number) => {
        await snooze(detail.key, kind, days);
        await refreshDetail(detail.key);
      }}
      onDismiss={async (kind: FindingKind) => {
        await sendBackground('finding.dismiss', { key: detail.key, kind });
        await refreshDetail(detail.key);
      }}
      returnPanel={
        <ReturnPanel
          lang={lang}
          items={detail.order.items}
          shippedFacts={detail.order}
          reasons={reasons}
          reasonsFromForm={formReasons !== undefined}
          defaultReason={damaged ? 'CR-DAMAGED_BY_CARRIER' : 'CR-UNWANTED_ITEM'}
          defaultComment={commentFromTemplate(settings.returnCommentTemplate, primaryOrderId(detail.order))}
          busy={returns.busy}
          error={returns.error}
          report={returns.report}
          onFill={(choices) => void returns.fill(tab, tabId, detail.order, choices)}
        />
      }
      claimPanel={
        <ClaimPanel
          lang={lang}
          claims={claims}
          reason={claimReasonOf(detail)}
          onRecord={async (caseId) => {
            const reason = claimReasonOf(detail);
            await sendClaims('claims.record', {
              lines: [{ orderKey: detail.key }],
              ...(reason ? { reason } : {}),
              ...(caseId ? { caseId } : {}),
            });
            await refreshDetail(detail.key);
            setClaims(await claimsOfOrder(detail.key));
          }}
        />
      }
      returnTracking={
        <ReturnTracking
          key={`${detail.key}-${detail.order.returns[0]?.rmaId ?? ''}`}
          lang={lang}
          order={detail.order}
          today={todayIn(new Date(), detail.order.marketplace.timeZone)}
          newReturnItems={detail.order.items
            .map((item) => ({
              sellerSku: item.sellerSku,
              quantity: returns.lastQuantities[item.sellerSku] ?? item.quantity,
            }))
            .filter((item) => item.quantity > 0)}
          onSave={async (fields) => {
            await sendBackground('order.setUserFields', { key: detail.key, fields });
            await refreshDetail(detail.key);
          }}
        />
      }
    />
  );
}
