import { useState } from 'preact/hooks';
import type { StoredOrderView } from '../../core/messages/background';
import { primaryOrderId } from '../../core/model/order-key';
import { type Lang, POPUP_TEXTS } from './format';

// On a page that is not an order page the reader reads (a return form, a list), the stored
// orders whose ids the page shows, and a search among the stored orders. Choosing one makes it
// the popup's current order for this tab (its checklist, its return prefill).

export interface OrderFinderProps {
  lang: Lang;
  /** Stored orders named on the page (URL first). */
  matches: readonly StoredOrderView[];
  onSearch: (query: string) => Promise<readonly StoredOrderView[]>;
  onChoose: (key: string) => void;
}

function OrderChoices(props: {
  lang: Lang;
  orders: readonly StoredOrderView[];
  onChoose: (key: string) => void;
}) {
  const t = POPUP_TEXTS[props.lang];
  return (
    <ul class="order-choices">
      {props.orders.map(({ key, order }) => {
        const other = [order.sellerFulfillmentOrderId, order.displayableOrderId].filter(
          (id) => id !== undefined && id !== primaryOrderId(order),
        );
        return (
          <li key={key} data-key={key}>
            <strong>{primaryOrderId(order)}</strong>
            {other.length > 0 ? ` (${other.join(', ')})` : ''}
            {order.items.length > 0 ? ` · ${order.items.map((i) => i.sellerSku).join(', ')}` : ''}{' '}
            <button
              type="button"
              aria-label={`${t.findChoose} ${primaryOrderId(order)}`}
              onClick={() => props.onChoose(key)}
            >
              {t.findChoose}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function OrderFinder(props: OrderFinderProps) {
  const t = POPUP_TEXTS[props.lang];
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<readonly StoredOrderView[] | null>(null);
  return (
    <section class="finder" data-testid="order-finder" aria-labelledby="finder-title">
      <h2 id="finder-title">{t.findTitle}</h2>
      {props.matches.length > 0 ? (
        <>
          <p class="hint">{t.findHelp}</p>
          <OrderChoices lang={props.lang} orders={props.matches} onChoose={props.onChoose} />
        </>
      ) : (
        <p class="hint">{t.findNone}</p>
      )}
      <form
        class="field"
        onSubmit={async (e) => {
          e.preventDefault();
          setResults(await props.onSearch(query));
        }}
      >
        <label for="find-query">{t.findSearch}</label>
        <input id="find-query" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        <button type="submit">{t.findSearchButton}</button>
      </form>
      {results !== null &&
        (results.length === 0 ? (
          <p class="hint">{t.findNoResult}</p>
        ) : (
          <OrderChoices lang={props.lang} orders={results} onChoose={props.onChoose} />
        ))}
    </section>
  );
}
