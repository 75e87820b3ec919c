import { useState } from 'preact/hooks';
import type { Item } from '../../core/model/order';
import {
  type ReturnChoices,
  returnableQuantity,
  type ShippedFacts,
  shippedQuantity,
} from '../../core/return-form/plan';
import { matchReason } from '../../core/return-form/reasons';
import type { FillReport, FormOption } from '../../core/return-form/schema';
import { type Lang, POPUP_TEXTS } from './format';
import { reportLines } from './texts';

// The return-authorization prefill: the seller picks the units to return per item (never more
// than shipped), a reason and a comment; "Fill the form" fills Seller Central's form, which the
// seller then reviews and submits. The report says field by field what was filled and what not.

export interface ReturnPanelProps {
  lang: Lang;
  items: readonly Item[];
  /** The order's status and provenance: whether each item's shipped quantity is known. */
  shippedFacts?: ShippedFacts;
  /** The form's own reasons when it has been read, else our suggestions. */
  reasons: readonly FormOption[];
  reasonsFromForm: boolean;
  defaultReason: string;
  defaultComment: string;
  busy: string | null;
  error: string | null;
  report: FillReport | null;
  onFill: (choices: ReturnChoices) => void;
}

export function ReturnPanel(props: ReturnPanelProps) {
  const { lang, items } = props;
  const t = POPUP_TEXTS[lang];
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [reason, setReason] = useState(props.defaultReason);
  const [comment, setComment] = useState(props.defaultComment);
  // When the form's real reasons arrive, show the one our choice maps to (by code or label).
  const reasonShown = matchReason(reason, props.reasons)?.value ?? '';

  return (
    <form
      class="return-panel"
      data-testid="return-panel"
      aria-labelledby="return-title"
      onSubmit={(e) => {
        e.preventDefault();
        props.onFill({ quantities, reason: reasonShown || reason, comment });
      }}
    >
      <h4 id="return-title">{t.returnTitle}</h4>
      <p class="hint">{t.returnHelp}</p>
      {items.map((item) => {
        const id = `qty-${item.sellerSku}`;
        const shipped = shippedQuantity(item, props.shippedFacts);
        // Unknown: at most what was ordered, and said so.
        const most = returnableQuantity(shipped);
        return (
          <p key={item.sellerSku} class="field">
            <label for={id}>
              {shipped.known
                ? t.quantityFor(item.sellerSku, shipped.quantity)
                : t.quantityUnknown(item.sellerSku, shipped.atMost)}
              {item.title ? ` · ${item.title}` : ''}
            </label>
            <select
              id={id}
              data-sku={item.sellerSku}
              value={String(quantities[item.sellerSku] ?? 0)}
              onChange={(e) =>
                setQuantities({ ...quantities, [item.sellerSku]: Number(e.currentTarget.value) })
              }
            >
              {Array.from({ length: most + 1 }, (_, n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
          </p>
        );
      })}
      <p class="field">
        <label for="return-reason">{t.reason}</label>
        <select id="return-reason" value={reasonShown} onChange={(e) => setReason(e.currentTarget.value)}>
          <option value="">—</option>
          <optgroup label={props.reasonsFromForm ? t.reasonFromForm : t.reasonSuggested}>
            {props.reasons.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </optgroup>
        </select>
      </p>
      <p class="field">
        <label for="return-comment">{t.comment}</label>
        <textarea
          id="return-comment"
          rows={3}
          maxLength={2000}
          value={comment}
          onInput={(e) => setComment(e.currentTarget.value)}
        />
      </p>
      <button type="submit" disabled={props.busy !== null}>
        {props.busy ?? t.fill}
      </button>
      {props.error && (
        <p role="alert" class="error">
          {props.error}
        </p>
      )}
      {props.report && <FillReportView lang={lang} report={props.report} />}
    </form>
  );
}

export function FillReportView({ lang, report }: { lang: Lang; report: FillReport }) {
  const t = POPUP_TEXTS[lang];
  return (
    <div class="report" data-testid="fill-report" role="status">
      <h5>{t.reportTitle}</h5>
      <ul>
        {reportLines(report, lang).map((line, index) => (
          <li key={`${index}-${line.field}`} data-ok={String(line.ok)}>
            {line.ok ? '✓' : '✗'} {line.field}
            {lang === 'fr' ? ' : ' : ': '}
            {line.ok ? t.filled : t.notFilled}
            {line.reason ? ` — ${line.reason}` : ''}
          </li>
        ))}
      </ul>
      <p>{t.reviewAndSubmit}</p>
    </div>
  );
}
