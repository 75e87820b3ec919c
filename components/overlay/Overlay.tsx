import { type ComponentChildren, Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { formatCalendarDate } from '../../core/dates/calendar-day';
import { evidenceSaveBy } from '../../core/export/evidence-texts';
import { LANG_LOCALE } from '../../core/i18n/lang';
import type { Assessment } from '../../core/model/finding';
import type { Order } from '../../core/model/order';
import { primaryOrderId, swishipUrl } from '../../core/model/order-key';
import type { RefusalReason } from '../../core/page/read-order-page';
import {
  USER_FIELD_KIND,
  USER_FIELDS,
  type UserField,
  userFieldPath,
  userTypedPaths,
} from '../../core/user-fields';
import { EvidenceReminder } from '../evidence/EvidenceButton';
import { describeFinding } from '../finding-text';
import { CapturePanel, type CapturePanelProps } from '../popup/CapturePanel';
import { orderStatusText } from '../status-text';
import { onSellerEvent, TeachLayer, type TeachView } from './TeachLayer';
import { FIELD_LABELS, type Lang, OVERLAY_TEXTS } from './texts';

export interface OverlayView {
  order: Order;
  assessment: Assessment;
}

/** One line of the return-form fill report, as the overlay shows it. */
export interface FillReportLine {
  field: string;
  ok: boolean;
  reason?: string;
}

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

const SEVERITY_ICON = { action: '●', warning: '▲', info: 'ℹ' } as const;

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
  const firstShipment = order?.shipments[0];
  const firstPackage = order?.shipments.flatMap((s) => s.packages).find((p) => p.trackingNumber);
  const findings = props.view?.assessment.findings ?? [];
  const swiship = firstPackage?.trackingNumber
    ? swishipUrl(firstPackage.trackingNumber, order?.marketplace.locale ?? 'en-GB')
    : undefined;
  // Fields the page lacks, fields the seller already typed (they stay editable and marked as
  // theirs), and the carrier's answer when only the seller can give it (lost-check).
  const typedPaths = order ? userTypedPaths(order) : new Set<string>();
  // An order that has not shipped has no ship date or tracking yet: nothing is missing there.
  const missing =
    order && notShippedYet(order)
      ? props.missing.filter((m) => !SHIPPING_FIELDS.has(leafOf(m)))
      : props.missing;
  const editable = USER_FIELDS.filter(
    (field) =>
      missing.includes(field) ||
      typedPaths.has(userFieldPath(field)) ||
      (field === 'deliveryStatus' && findings.some((f) => f.kind === 'lost-check')),
  );
  // Teach buttons: a missing field can be shown on the page; a field read from the page can be
  // shown again when the seller says it was read wrongly. Never both for one field.
  const teachButton = (field: UserField, override: boolean) =>
    props.onTeach &&
    order &&
    (override ? readFromPage(order, field) : missing.includes(field)) && (
      <TeachButton lang={props.lang} field={field} override={override} onTeach={props.onTeach} />
    );

  return (
    <section class="mcf" aria-label={t.region} data-severity={topSeverity(props.view)}>
      <header class="mcf-head">
        <span class="mcf-brand">MCF Desk</span>
        {order && (
          <span class="mcf-id">
            {t.order} {primaryOrderId(order)}
          </span>
        )}
        {findings.length > 0 && (
          <span class="mcf-count">
            {SEVERITY_ICON[topSeverity(props.view) ?? 'info']} {findings.length}
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
          {props.error && (
            <p class="mcf-error" role="alert">
              {t.error}: {props.error}
            </p>
          )}
          {props.refused && (
            <p class="mcf-refused" data-testid="overlay-refused">
              {props.refused === 'several-orders' ? t.refusedSeveralOrders : t.refusedOtherOrder}
            </p>
          )}
          {props.cut && props.cut.length > 0 && (
            <p class="mcf-conflicts" data-testid="overlay-cut">
              {t.cut} {[...new Set(props.cut)].slice(0, 5).join(', ')}
              {props.cut.length > 5 ? ' …' : ''}
            </p>
          )}
          {props.conflicts && props.conflicts.length > 0 && (
            <p class="mcf-conflicts" data-testid="overlay-conflicts">
              {t.conflicts} {fieldList(props.conflicts, props.lang)}
            </p>
          )}
          {order && (
            <dl class="mcf-facts">
              <dt>{t.status}</dt>
              <dd>
                {orderStatusText(order, props.lang)}
                {teachButton('deliveryStatus', true)}
              </dd>
              <dt>{t.shipDate}</dt>
              <dd>
                {formatDay(firstShipment?.shippingDate, props.lang)}
                {teachButton('shippingDate', true)}
              </dd>
              <dt>{t.edd}</dt>
              <dd>
                {formatDay(firstShipment?.estimatedArrivalDate ?? order.estimatedArrivalDate, props.lang)}
                {teachButton('estimatedArrivalDate', true)}
              </dd>
              <dt>{t.carrier}</dt>
              <dd>
                {firstPackage?.carrierCode ?? '—'}
                {teachButton('carrierCode', true)}
              </dd>
              <dt>{t.tracking}</dt>
              <dd>
                {firstPackage?.trackingNumber ?? '—'}
                {swiship && (
                  <>
                    {' '}
                    <a href={swiship} target="_blank" rel="noopener noreferrer">
                      {t.trackOnSwiship}
                    </a>
                  </>
                )}
                {teachButton('trackingNumber', true)}
              </dd>
            </dl>
          )}
          {order && <EvidenceReminder lang={props.lang} saveBy={evidenceSaveBy(order, findings)} />}
          {props.view && <h2 class="mcf-h">{t.findings}</h2>}
          {props.view && (
            <ul class="mcf-findings" data-testid="overlay-findings">
              {findings.length === 0 && <li class="mcf-none">{t.nothingToDo}</li>}
              {findings.map((finding) => {
                const text = describeFinding(finding, props.lang, order?.marketplace.locale);
                return (
                  <li
                    key={`${finding.kind}-${finding.shipmentIndex ?? ''}`}
                    data-kind={finding.kind}
                    data-severity={finding.severity}
                  >
                    <span class="mcf-sev" aria-hidden="true">
                      {SEVERITY_ICON[finding.severity]}
                    </span>
                    <strong>{text.title}</strong>
                    <span class="mcf-action">{text.action}</span>
                    {text.detail && <span class="mcf-detail">{text.detail}</span>}
                  </li>
                );
              })}
            </ul>
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
            <div class="mcf-report" data-testid="overlay-fill-report">
              <h2 class="mcf-h">{t.fillReport}</h2>
              <ul>
                {props.fillReport.map((line) => (
                  <li key={line.field} data-ok={line.ok}>
                    {line.field}:{' '}
                    {line.ok ? t.filled : `${t.notFilled}${line.reason ? ` (${line.reason})` : ''}`}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function TeachButton(props: {
  lang: Lang;
  field: UserField;
  override: boolean;
  onTeach: (field: UserField, override: boolean) => void;
}) {
  const t = OVERLAY_TEXTS[props.lang];
  return (
    <button
      type="button"
      class="mcf-teach-btn"
      data-testid={`teach-field-${props.field}`}
      title={props.override ? t.teachWrong : t.teachMissing}
      aria-label={`${t.teach} (${FIELD_LABELS[props.lang][props.field]})`}
      onClick={onSellerEvent(() => props.onTeach(props.field, props.override))}
    >
      {t.teach}
    </button>
  );
}

/**
 * Whether the overlay shows this field with a value the page gave (not the seller's, not a
 * report's): only such a value can be "read wrongly" from the page. Same places as the facts
 * above: the first shipment's EDD before the order's, the first package.
 */
export function readFromPage(order: Order, field: UserField): boolean {
  const shipment = order.shipments[0];
  const pack = shipment?.packages[0];
  const source = (path: string) => order.provenance[path]?.source;
  switch (field) {
    case 'estimatedArrivalDate':
      if (shipment?.estimatedArrivalDate !== undefined)
        return source('shipments.0.estimatedArrivalDate') === 'page';
      return order.estimatedArrivalDate !== undefined && source('estimatedArrivalDate') === 'page';
    case 'shippingDate':
      return shipment?.shippingDate !== undefined && source(userFieldPath(field)) === 'page';
    case 'trackingNumber':
      return pack?.trackingNumber !== undefined && source(userFieldPath(field)) === 'page';
    case 'carrierCode':
      return pack?.carrierCode !== undefined && source(userFieldPath(field)) === 'page';
    case 'deliveryStatus':
      return pack?.currentStatus !== undefined && source(userFieldPath(field)) === 'page';
  }
}

/** Field names in a sentence: "date de livraison estimée, transporteur" (acronyms kept). */
function fieldList(paths: readonly string[], lang: Lang): string {
  const names = [...new Set(paths.map(leafOf))].map((name) => FIELD_LABELS[lang][name] ?? name);
  return names
    .map((name) => (/^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name))
    .join(', ');
}

const SHIPPING_FIELDS = new Set(['shippingDate', 'trackingNumber', 'carrierCode', 'packages']);
const leafOf = (path: string) => path.split('.').at(-1) ?? path;
const NOT_SHIPPED_STATUSES = new Set(['New', 'Received', 'Planning', 'Processing']);

function notShippedYet(order: Order): boolean {
  if (order.fulfillmentOrderStatus && NOT_SHIPPED_STATUSES.has(order.fulfillmentOrderStatus)) return true;
  return (
    order.shipments.length > 0 && order.shipments.every((s) => s.fulfillmentShipmentStatus === 'PENDING')
  );
}

function formatDay(day: string | undefined, lang: Lang): string {
  return day ? formatCalendarDate(day, LANG_LOCALE[lang], 'long') : '—';
}

function topSeverity(view: OverlayView | null): 'action' | 'warning' | 'info' | undefined {
  const severities = new Set(view?.assessment.findings.map((f) => f.severity));
  if (severities.has('action')) return 'action';
  if (severities.has('warning')) return 'warning';
  if (severities.has('info')) return 'info';
  return undefined;
}

function MissingFields(props: {
  lang: Lang;
  missing: readonly string[];
  fields: readonly UserField[];
  order: Order;
  onSave: (field: UserField, value: string) => Promise<void>;
  teachButton: (field: UserField) => ComponentChildren;
}) {
  const t = OVERLAY_TEXTS[props.lang];
  const typed = userTypedPaths(props.order);
  // Per-shipment paths (`shipments.1.shippingDate`) are summarised by their field name.
  const names = [...new Set(props.missing.map(leafOf))];
  return (
    <form
      class="mcf-missing"
      data-testid="overlay-missing"
      onSubmit={(event) => event.preventDefault()}
      aria-describedby="mcf-missing-help"
    >
      <h2 class="mcf-h">{t.missingTitle}</h2>
      {names.length > 0 && (
        <p class="mcf-missing-list" data-testid="overlay-missing-list">
          {names.map((name) => FIELD_LABELS[props.lang][name] ?? name).join(' · ')}
        </p>
      )}
      {props.fields.length > 0 && (
        <p id="mcf-missing-help" class="mcf-help">
          {t.missingHelp}
        </p>
      )}
      {props.fields.map((field) => {
        // Beside the field's row, not in it: the row's one button is its Save.
        const teach = props.teachButton(field);
        return (
          <Fragment key={field}>
            <MissingField
              lang={props.lang}
              field={field}
              typedByUser={typed.has(userFieldPath(field))}
              onSave={props.onSave}
            />
            {teach && <div class="mcf-teach-row">{teach}</div>}
          </Fragment>
        );
      })}
    </form>
  );
}

function MissingField(props: {
  lang: Lang;
  field: UserField;
  typedByUser: boolean;
  onSave: (field: UserField, value: string) => Promise<void>;
}) {
  const t = OVERLAY_TEXTS[props.lang];
  const [value, setValue] = useState('');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const id = `mcf-field-${props.field}`;
  const kind = USER_FIELD_KIND[props.field];
  const save = async () => {
    if (!value) return;
    setState('saving');
    try {
      await props.onSave(props.field, value);
      setState('saved');
    } catch {
      setState('error');
    }
  };
  return (
    <div class="mcf-field">
      <label for={id}>
        {FIELD_LABELS[props.lang][props.field]}
        {props.typedByUser && <em> ({t.yourValue})</em>}
      </label>
      {kind === 'delivery' ? (
        <select
          id={id}
          value={value}
          onChange={(e) => setValue((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">{t.choose}</option>
          <option value="DELIVERED">{t.delivered}</option>
          <option value="IN_TRANSIT">{t.notDelivered}</option>
        </select>
      ) : kind === 'date' ? (
        <input id={id} type="date" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          maxLength={80}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
      )}
      <button type="button" onClick={save} disabled={!value || state === 'saving'}>
        {t.save}
      </button>
      <span role="status" class="mcf-state">
        {state === 'saved' ? t.saved : state === 'error' ? '✗' : ''}
      </span>
    </div>
  );
}
