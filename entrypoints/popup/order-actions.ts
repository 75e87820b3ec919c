import type { Lang } from '../../components/popup/texts';
import type { ClaimReason } from '../../core/claims/claim';
import { evidencePack } from '../../core/export/evidence-pack';
import { EVIDENCE_TEXTS } from '../../core/export/evidence-texts';
import { caseLangFor } from '../../core/i18n/lang';
import type { OrderDetail } from '../../core/messages/background';
import type { AppSettings } from '../../core/model/app-settings';
import type { FindingKind } from '../../core/model/finding';
import { downloadFile } from '../dashboard/download';
import { sendBackground } from './messaging';

// What the popup does for the current order besides the return form: snooze a finding, name the
// claim's reason, and download the order's evidence pack.

export async function snooze(key: string, kind: FindingKind, days: number): Promise<void> {
  const until = new Date(Date.now() + days * 86_400_000).toISOString();
  await sendBackground('finding.snooze', { key, kind, until });
}

/** The reason of the order's open claim finding (lost when both are open, as the background
 *  decides), if any. */
export function claimReasonOf(detail: OrderDetail): ClaimReason | undefined {
  const muted = new Set(detail.muted.map((m) => m.kind));
  const open = new Set(detail.assessment.findings.filter((f) => !muted.has(f.kind)).map((f) => f.kind));
  if (open.has('lost-claimable')) return 'lost';
  return open.has('damaged-claimable') ? 'damaged' : undefined;
}

/** The order's evidence pack as it is stored now, with what MCF Desk saw of it and when. */
export async function downloadEvidence(
  detail: OrderDetail,
  lang: Lang,
  caseTextLanguage: AppSettings['caseTextLanguage'],
): Promise<undefined> {
  const [fresh, seen] = await Promise.all([
    sendBackground('order.get', { key: detail.key }),
    sendBackground('order.history', { key: detail.key }),
  ]);
  const current = fresh ?? detail;
  const pack = evidencePack({
    key: current.key,
    order: current.order,
    findings: current.assessment.findings,
    checklist: current.checklist,
    history: seen?.history ?? [],
    ...(seen?.firstSeen ? { firstSeen: seen.firstSeen } : {}),
    lang,
    caseLang: caseLangFor(caseTextLanguage, current.order.marketplace),
    now: new Date(),
  });
  if (!pack) throw new Error(EVIDENCE_TEXTS[lang].noneClaimable);
  downloadFile(pack.fileName, pack.html, 'text/html;charset=utf-8');
  return undefined;
}
