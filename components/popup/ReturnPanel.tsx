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
// than shipped), a reason and a comment for every item or one per item; "Fill the form" fills
// Seller Central's form row by row, which the seller then reviews and submits. The report says,
// row by row and field by field, what MCF Desk read back (✓), what only the page confirmed (≈,
// a value MCF Desk cannot read) and what was not filled (✗).

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

type ReasonMode = 'shared' | 'per-item';

export function ReturnPanel(props: ReturnPanelProps) {
  const { lang, items } = props;
  const t = POPUP_TEXTS[lang];
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [mode, setMode] = useState<ReasonMode>('shared');
  const [reason, setReason] = useState(props.defaultReason);
  const [comment, setComment] = useState(props.defaultComment);
  const [perItem, setPerItem] = useState<Record<string, { reason: string; comment: string }>>({});
  // When the form's real reasons arrive, show the one our choice maps to (by code or label).
  const shown = (chosen: string) => matchReason(chosen, props.reasons)?.value ?? '';
  const reasonShown = shown(reason);
  const itemChoice = (sku: string) => perItem[sku] ?? { reason, comment };
  const setItemChoice = (sku: string, patch: Partial<{ reason: string; comment: string }>) =>
    setPerItem({ ...perItem, [sku]: { ...itemChoice(sku), ...patch } });

  const reasonOptions = (
    <>
      <option value="">—</option>
      <optgroup label={props.reasonsFromForm ? t.reasonFromForm : t.reasonSuggested}>
        {props.reasons.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </optgroup>
    </>
  );

  return (
    <form
      class="return-panel"
      data-testid="return-panel"
      aria-labelledby="return-title"
      onSubmit={(e) => {
        e.preventDefault();
        const choices: ReturnChoices = { quantities, reason: reasonShown || reason, comment };
        if (mode === 'per-item') {
          const own: Record<string, { reason: string; comment: string }> = {};
          for (const item of items) {
            const choice = itemChoice(item.sellerSku);
            own[item.sellerSku] = { reason: shown(choice.reason) || choice.reason, comment: choice.comment };
          }
          choices.perItem = own;
        }
        props.onFill(choices);
      }}
    >
      <h4 id="return-title">{t.returnTitle}</h4>
      <p class="hint">{t.returnHelp}</p>
      <fieldset class="field reason-mode">
        <legend>{t.reasonMode}</legend>
        {(['shared', 'per-item'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="reason-mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />{' '}
            {value === 'shared' ? t.reasonShared : t.reasonPerItem}
          </label>
        ))}
      </fieldset>
      {items.map((item) => {
        const id = `qty-${item.sellerSku}`;
        const shipped = shippedQuantity(item, props.shippedFacts);
        // Unknown: at most what was ordered, and said so.
        const most = returnableQuantity(shipped);
        const choice = itemChoice(item.sellerSku);
        return (
          <div key={item.sellerSku} class="item-choice" data-sku={item.sellerSku}>
            <p class="field">
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
            {mode === 'per-item' && (
              <>
                <p class="field">
                  <label for={`reason-${item.sellerSku}`}>{t.reasonForItem(item.sellerSku)}</label>
                  <select
                    id={`reason-${item.sellerSku}`}
                    value={shown(choice.reason)}
                    onChange={(e) => setItemChoice(item.sellerSku, { reason: e.currentTarget.value })}
                  >
                    {reasonOptions}
                  </select>
                </p>
                <p class="field">
                  <label for={`comment-${item.sellerSku}`}>{t.commentForItem(item.sellerSku)}</label>
                  <textarea
                    id={`comment-${item.sellerSku}`}
                    rows={2}
                    maxLength={2000}
                    value={choice.comment}
                    onInput={(e) => setItemChoice(item.sellerSku, { comment: e.currentTarget.value })}
                  />
                </p>
              </>
            )}
          </div>
        );
      })}
      {mode === 'shared' && (
        <>
          <p class="field">
            <label for="return-reason">{t.reason}</label>
            <select id="return-reason" value={reasonShown} onChange={(e) => setReason(e.currentTarget.value)}>
              {reasonOptions}
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
        </>
      )}
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

const MARK = { filled: '✓', 'confirmed-by-page': '≈', 'not-filled': '✗' } as const;
const DATA_OK = { filled: 'true', 'confirmed-by-page': 'page', 'not-filled': 'false' } as const;

export function FillReportView({ lang, report }: { lang: Lang; report: FillReport }) {
  const t = POPUP_TEXTS[lang];
  return (
    <div class="report" data-testid="fill-report" role="status">
      <h5>{t.reportTitle}</h5>
      <ul>
        {reportLines(report, lang).map((line, index) => (
          <li key={`${index}-${line.field}`} data-ok={DATA_OK[line.state]}>
            {MARK[line.state]} {line.field}
            {lang === 'fr' ? ' : ' : ': '}
            {line.state === 'filled'
              ? t.filled
              : line.state === 'confirmed-by-page'
                ? t.confirmedByPage
                : t.notFilled}
            {line.reason && line.state === 'not-filled' ? ` — ${line.reason}` : ''}
          </li>
        ))}
      </ul>
      {!report.refusal && <p>{t.reviewAndSubmit}</p>}
    </div>
  );
}
