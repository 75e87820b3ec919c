import { evidenceSaveBy } from '../../core/export/evidence-texts';
import type { Assessment, Finding } from '../../core/model/finding';
import type { Order } from '../../core/model/order';
import { primaryOrderId } from '../../core/model/order-key';
import type { RefusalReason } from '../../core/page/read-order-page';
import { USER_FIELDS, type UserField, userFieldPath, userTypedPaths } from '../../core/user-fields';
import { EvidenceReminder } from '../evidence/EvidenceButton';
import { CapturePanel, type CapturePanelProps } from '../popup/CapturePanel';
import { FillReport, type FillReportLine } from './FillReport';
import { FindingsList, SEVERITY_ICON } from './FindingsList';
import { MissingFields } from './MissingFields';
import { OrderFacts } from './OrderFacts';
import { leafOf, notShippedYet, readFromPage, SHIPPING_FIELDS, topSeverity } from './order-state';
import { ReadingNotices } from './ReadingNotices';
import { TeachButton } from './TeachButton';
import { TeachLayer, type TeachView } from './TeachLayer';
import { type Lang, OVERLAY_TEXTS } from './texts';

// The in-page overlay on Seller Central: one band at the top of an order page (./*.tsx hold its
// parts), and the teach layer over the page while the seller shows a field.

export interface OverlayView {
  order: Order;
  assessment: Assessment;
}

export type { FillReportLine };

export interface OverlayProps {
  lang: Lang;
  view: OverlayView | null;
  missing: readonly string[];
  error?: string | undefined;
  collapsed: boolean;
  onToggle: () => void;
  onSaveField: (field: UserField, value: string) => Promise<void>;
  contactSupportUrl: string;
  /** Focuses the page's own "Create customer return" control, when the page has one. */
  onCreateReturn?: (() => void) | undefined;
  fillReport?: readonly FillReportLine[] | undefined;
  /** Why the page was not read (nothing was stored). */
  refused?: RefusalReason | undefined;
  /** Fields the page shows with values that disagree (left out of the reading). */
  conflicts?: readonly string[] | undefined;
  /** Values of the reading cut to the order limits before they were stored (paths). */
  cut?: readonly string[] | undefined;
  /**
   * Teach mode: the seller shows a field's value on the page. `override` is true when the field
   * was read and the seller says it was read wrongly, false when it was missing.
   */
  onTeach?: ((field: UserField, override: boolean) => void) | undefined;
  /** The teach layer, while the seller is picking. */
  teach?: (TeachView & { onConfirm: () => void; onCancel: () => void }) | undefined;
  /** What the last teach gave: a rule learned for later pages, or only this order's value. */
  taught?: 'learned' | 'value-only' | undefined;
  /** Page capture ("Enregistrer cette page pour un signalement"): a dry run, then the save. */
  capture?: Pick<CapturePanelProps, 'onCount' | 'onSave'> | undefined;
}

export { readFromPage };

export function Overlay(props: OverlayProps) {
  return (
    <>
      <Band {...props} />
      {props.teach && <TeachLayer lang={props.lang} {...props.teach} />}
    </>
  );
}

/** The band at the top of the page: the order, what to do, the missing fields. */
function Band(props: OverlayProps) {
  const t = OVERLAY_TEXTS[props.lang];
  const order = props.view?.order;
  const findings = props.view?.assessment.findings ?? [];
  const severity = topSeverity(props.view);
  const { missing, editable } = fieldsToAsk(order, props.missing, findings);
  // Teach buttons: a missing field can be shown on the page; a field read from the page can be
  // shown again when the seller says it was read wrongly. Never both for one field.
  const teachButton = (field: UserField, override: boolean) =>
    props.onTeach &&
    order &&
    (override ? readFromPage(order, field) : missing.includes(field)) && (
      <TeachButton lang={props.lang} field={field} override={override} onTeach={props.onTeach} />
    );

  return (
    <section class="mcf" aria-label={t.region} data-severity={severity}>
      <header class="mcf-head">
        <span class="mcf-brand">MCF Desk</span>
        {order && (
          <span class="mcf-id">
            {t.order} {primaryOrderId(order)}
          </span>
        )}
        {findings.length > 0 && (
          <span class="mcf-count">
            {SEVERITY_ICON[severity ?? 'info']} {findings.length}
          </span>
        )}
        <button
          type="button"
          class="mcf-toggle"
          aria-expanded={!props.collapsed}
          aria-controls="mcf-body"
          onClick={props.onToggle}
        >
          {props.collapsed ? t.expand : t.collapse}
        </button>
      </header>
      {!props.collapsed && (
        <div class="mcf-body" id="mcf-body">
          <ReadingNotices
            lang={props.lang}
            error={props.error}
            refused={props.refused}
            cut={props.cut}
            conflicts={props.conflicts}
          />
          {order && (
            <OrderFacts lang={props.lang} order={order} teachButton={(field) => teachButton(field, true)} />
          )}
          {order && <EvidenceReminder lang={props.lang} saveBy={evidenceSaveBy(order, findings)} />}
          {props.view && (
            <FindingsList lang={props.lang} findings={findings} locale={order?.marketplace.locale} />
          )}
          <p class="mcf-links">
            {props.onCreateReturn && (
              <button type="button" class="mcf-link" onClick={props.onCreateReturn}>
                {t.createReturn}
              </button>
            )}
            <a href={props.contactSupportUrl} target="_blank" rel="noopener noreferrer">
              {t.contactSupport}
            </a>
          </p>
          {props.taught && (
            <p class="mcf-taught" role="status" data-testid="teach-done">
              {props.taught === 'learned' ? t.teachLearned : t.teachValueOnly}
            </p>
          )}
          {(editable.length > 0 || missing.length > 0) && order && (
            <MissingFields
              lang={props.lang}
              missing={missing}
              fields={editable}
              order={order}
              onSave={props.onSaveField}
              teachButton={(field) => teachButton(field, false)}
            />
          )}
          {props.capture && <CapturePanel lang={props.lang} compact {...props.capture} />}
          {props.fillReport && props.fillReport.length > 0 && (
            <FillReport lang={props.lang} lines={props.fillReport} />
          )}
        </div>
      )}
    </section>
  );
}

/**
 * Fields the page lacks, and the fields to offer an input for: the missing ones, those the seller
 * already typed (they stay editable and marked as theirs), and the carrier's answer when only the
 * seller can give it (lost-check). An order that has not shipped has no ship date or tracking
 * yet: nothing is missing there.
 */
function fieldsToAsk(
  order: Order | undefined,
  pageMissing: readonly string[],
  findings: readonly Finding[],
): { missing: readonly string[]; editable: UserField[] } {
  const typedPaths = order ? userTypedPaths(order) : new Set<string>();
  const missing =
    order && notShippedYet(order) ? pageMissing.filter((m) => !SHIPPING_FIELDS.has(leafOf(m))) : pageMissing;
  const editable = USER_FIELDS.filter(
    (field) =>
      missing.includes(field) ||
      typedPaths.has(userFieldPath(field)) ||
      (field === 'deliveryStatus' && findings.some((f) => f.kind === 'lost-check')),
  );
  return { missing, editable };
}
