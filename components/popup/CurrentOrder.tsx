import { CHECKLISTS, checklistsFor, returnStepStates } from '../../core/checklists/checklists';
import { evidenceSaveBy, isEvidenceFinding } from '../../core/export/evidence-texts';
import type { OverrideNote } from '../../core/merge/override-notes';
import type { OrderDetail } from '../../core/messages/background';
import type { Finding, FindingKind } from '../../core/model/finding';
import { primaryOrderId } from '../../core/model/order-key';
import { ContactSupportButton, type SupportPrefillAsk } from '../claims/ContactSupportButton';
import { EvidenceButton, EvidenceReminder } from '../evidence/EvidenceButton';
import { describeFinding } from '../finding-text';
import { orderStatusText } from '../status-text';
import { ChecklistView } from './ChecklistView';
import { formatDay, formatInstant, type Lang, POPUP_TEXTS } from './format';

// The order of the current tab: its summary, its findings (the overlay's texts), and the
// checklist of each situation it is in. The return checklist is always offered last: any
// delivered order can come back.

export interface CurrentOrderProps {
  lang: Lang;
  detail: OrderDetail;
  claimTextFor: (finding: Finding) => string | null;
  onStep: (stepKey: string, done: boolean, note?: string) => Promise<void>;
  onCopy: (text: string) => Promise<boolean>;
  onSnooze: (kind: FindingKind, days: number) => void;
  onDismiss: (kind: FindingKind) => void;
  returnPanel: preact.ComponentChildren;
  /** The return's status, condition and dates, which the seller can mark (under "follow"). */
  returnTracking?: preact.ComponentChildren;
  /** The seller's "not delivered" answers the carrier's delivery evidence replaced. */
  overrides?: readonly OverrideNote[];
  /** Downloads the evidence pack of a lost or damaged claim (issue 15 item 8). */
  onEvidence?: () => Promise<string | undefined>;
  /** Opens Selling Partner Support with the case text (issue 15 item 7). */
  onOpenSupport?: (ask: SupportPrefillAsk) => Promise<unknown>;
  /** The order's claims and "Record claim" (issue 15 item 3), under its findings. */
  claimPanel?: preact.ComponentChildren;
}

export function CurrentOrder(props: CurrentOrderProps) {
  const { lang, detail } = props;
  const t = POPUP_TEXTS[lang];
  const { order, assessment } = detail;
  const muted = new Set(detail.muted.map((m) => m.kind));
  const findings = assessment.findings.filter((f) => !muted.has(f.kind));
  const situations = checklistsFor(findings);
  const openSupport = props.onOpenSupport;
  const hasReturn = situations.some((s) => s.checklist.id === 'return');
  const shipment = order.shipments[0];
  const edd = shipment?.estimatedArrivalDate ?? order.estimatedArrivalDate;

  return (
    <section class="current" data-testid="current-order" aria-labelledby="current-title">
      <h1 id="current-title">
        {t.order} {primaryOrderId(order)}
      </h1>
      <dl class="summary">
        {order.fulfillmentOrderStatus && (
          <>
            <dt>{t.status}</dt>
            <dd>{orderStatusText(order, lang)}</dd>
          </>
        )}
        {shipment?.shippingDate && (
          <>
            <dt>{t.shipped}</dt>
            <dd>{formatDay(shipment.shippingDate, lang)}</dd>
          </>
        )}
        {edd && (
          <>
            <dt>{t.edd}</dt>
            <dd>{formatDay(edd, lang)}</dd>
          </>
        )}
        {order.items.length > 0 && (
          <>
            <dt>{t.items}</dt>
            <dd>{order.items.map((i) => `${i.quantity} × ${i.title ?? i.sellerSku}`).join(', ')}</dd>
          </>
        )}
      </dl>
      {(props.overrides ?? []).map((note) => (
        <p key={note.path} class="override" role="note" data-testid="override-note" data-path={note.path}>
          {t.carrierOverrode} <span class="when">({formatInstant(note.at, lang)})</span>
        </p>
      ))}
      <h2>{t.findings}</h2>
      {findings.length === 0 && <p>{t.noFinding}</p>}
      <ul class="findings" data-testid="findings">
        {findings.map((finding, index) => {
          const text = describeFinding(finding, lang);
          return (
            <li key={`${finding.kind}-${index}`} data-severity={finding.severity}>
              <span class={`badge ${finding.severity}`}>{t.severity[finding.severity]}</span>{' '}
              <strong>{text.title}</strong>
              <p>{text.action}</p>
              {text.detail && <p class="detail">{text.detail}</p>}
              {finding.severity !== 'info' && (
                <p class="row-actions">
                  <button type="button" onClick={() => props.onSnooze(finding.kind, 1)}>
                    {t.snooze} · {t.snooze1}
                  </button>
                  <button type="button" onClick={() => props.onSnooze(finding.kind, 7)}>
                    {t.snooze} · {t.snooze7}
                  </button>
                  <button type="button" onClick={() => props.onDismiss(finding.kind)}>
                    {t.dismiss}
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {props.claimPanel}
      <h2>{t.checklists}</h2>
      {[
        ...situations,
        ...(hasReturn ? [] : [{ checklist: CHECKLISTS.return, finding: undefined as Finding | undefined }]),
      ].map(({ checklist, finding }) => (
        <ChecklistView
          key={checklist.id}
          lang={lang}
          checklist={checklist}
          state={detail.checklist}
          claimText={finding ? props.claimTextFor(finding) : null}
          onStep={props.onStep}
          onCopy={props.onCopy}
          {...(openSupport
            ? {
                supportButton: (text: string) => (
                  <ContactSupportButton
                    lang={lang}
                    host={order.marketplace.host}
                    text={text}
                    orderId={primaryOrderId(order)}
                    onOpen={openSupport}
                  />
                ),
              }
            : {})}
          returnForm={checklist.id === 'return' ? props.returnPanel : undefined}
          {...(checklist.id === 'return'
            ? { derived: returnStepStates(order), stepExtras: { follow: props.returnTracking } }
            : {})}
          {...(finding && isEvidenceFinding(finding) && props.onEvidence
            ? {
                footer: (
                  <>
                    <EvidenceReminder lang={lang} saveBy={evidenceSaveBy(order, findings)} />
                    <EvidenceButton lang={lang} onDownload={props.onEvidence} />
                  </>
                ),
              }
            : {})}
        />
      ))}
    </section>
  );
}
