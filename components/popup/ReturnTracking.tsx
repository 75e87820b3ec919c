import { useState } from 'preact/hooks';
import { errorText } from '../../core/error-text';
import type { Order, Return } from '../../core/model/order';
import { RETURN_STATUSES } from '../../core/model/order';
import { RETURN_ITEM_DISPOSITIONS } from '../../core/model/sp-api-enums';
import { RETURN_CONDITION_NAMES } from '../finding-text';
import { type Lang, POPUP_TEXTS } from './format';

// The return followed to the end (R8, domain.md §6): the seller marks what "État du retour"
// says (authorized → in transit → received), the condition of the unit received and the day.
// Stored as the seller's own values (`order.setUserFields`, paths `returns.0.*`): no page reading
// or import overwrites them. A received unsellable unit then raises the removal reminder; a
// carrier- or fulfiller-damaged one the damage claim too.

export interface ReturnTrackingProps {
  lang: Lang;
  order: Pick<Order, 'returns' | 'items'>;
  /** Today in the marketplace, `YYYY-MM-DD`: the default received day. */
  today: string;
  /** Units per SKU for a return not stored yet (the quantities chosen in the prefill, if any). */
  newReturnItems: readonly { sellerSku: string; quantity: number }[];
  onSave: (fields: { path: string; value: string | number | null }[]) => Promise<void>;
}

export function ReturnTracking(props: ReturnTrackingProps) {
  const { lang } = props;
  const t = POPUP_TEXTS[lang];
  const existing: Return | undefined = props.order.returns[0];
  const [rmaId, setRmaId] = useState(existing?.rmaId ?? '');
  const [status, setStatus] = useState<Return['status']>(existing?.status ?? 'authorized');
  const [condition, setCondition] = useState<string>(existing?.receivedCondition ?? '');
  const [receivedOn, setReceivedOn] = useState(existing?.receivedDate ?? props.today);
  const [message, setMessage] = useState<string | null>(null);
  const received = status === 'received' || status === 'closed';

  return (
    <form
      class="return-tracking"
      data-testid="return-tracking"
      aria-labelledby="tracking-title"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!existing && rmaId.trim() === '') {
          setMessage(t.trackingNeedsRma);
          return;
        }
        const fields: { path: string; value: string | number | null }[] = [];
        if (!existing) {
          fields.push({ path: 'returns.0.rmaId', value: rmaId.trim() });
          props.newReturnItems.forEach((item, i) => {
            fields.push({ path: `returns.0.items.${i}.sellerSku`, value: item.sellerSku });
            fields.push({ path: `returns.0.items.${i}.quantity`, value: item.quantity });
          });
        }
        fields.push({ path: 'returns.0.status', value: status });
        fields.push({ path: 'returns.0.receivedCondition', value: received && condition ? condition : null });
        fields.push({ path: 'returns.0.receivedDate', value: received ? receivedOn : null });
        try {
          await props.onSave(fields);
          setMessage(t.saved);
        } catch (error) {
          setMessage(`${t.saveFailed}: ${errorText(error)}`);
        }
      }}
    >
      <h4 id="tracking-title">{t.trackingTitle}</h4>
      <p class="field">
        <label for="tracking-rma">{t.trackingRma}</label>
        <input
          id="tracking-rma"
          value={rmaId}
          readOnly={existing !== undefined}
          maxLength={100}
          onInput={(e) => setRmaId(e.currentTarget.value)}
        />
      </p>
      <p class="field">
        <label for="tracking-status">{t.trackingStatus}</label>
        <select
          id="tracking-status"
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as Return['status'])}
        >
          {RETURN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.returnStatuses[s]}
            </option>
          ))}
        </select>
      </p>
      {received && (
        <>
          <p class="field">
            <label for="tracking-condition">{t.trackingCondition}</label>
            <select
              id="tracking-condition"
              value={condition}
              onChange={(e) => setCondition(e.currentTarget.value)}
            >
              <option value="">{t.conditionUnknown}</option>
              {RETURN_ITEM_DISPOSITIONS.map((c) => (
                <option key={c} value={c}>
                  {RETURN_CONDITION_NAMES[lang][c]}
                </option>
              ))}
            </select>
          </p>
          <p class="field">
            <label for="tracking-received">{t.trackingReceivedOn}</label>
            <input
              id="tracking-received"
              type="date"
              value={receivedOn}
              onInput={(e) => setReceivedOn(e.currentTarget.value)}
            />
          </p>
        </>
      )}
      <button type="submit">{t.trackingSave}</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
