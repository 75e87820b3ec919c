import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backgroundMessages, type StoredOrderView } from '../../core/messages/background';
import { createClient } from '../../core/messages/protocol';
import { primaryOrderId } from '../../core/model/order';

const send = createClient((envelope) => browser.runtime.sendMessage(envelope), backgroundMessages);

function Popup() {
  const [items, setItems] = useState<StoredOrderView[] | null>(null);
  useEffect(() => {
    send('orders.attention', { offset: 0, limit: 50 }).then((page) => setItems(page.items));
  }, []);
  if (!items) return <p>…</p>;
  return (
    <ul data-testid="order-list">
      {items.map((item) => (
        <li key={item.key}>{primaryOrderId(item.order)}</li>
      ))}
    </ul>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
