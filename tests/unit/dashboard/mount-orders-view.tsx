import { render } from 'preact';
import { vi } from 'vitest';
import { OrdersView, type OrdersViewProps } from '../../../components/dashboard/OrdersView';
import { DASHBOARD_TEXTS } from '../../../components/dashboard/texts';

// The orders view as the dashboard mounts it, with do-nothing handlers unless a test gives its own,
// in a fresh host appended to the document.

type Given = Partial<OrdersViewProps> & Pick<OrdersViewProps, 'source' | 'now'>;

export function mountOrdersView(given: Given): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const lang = given.lang ?? 'fr';
  render(
    <OrdersView
      texts={DASHBOARD_TEXTS[lang]}
      lang={lang}
      epoch={0}
      countries={[]}
      onError={(error) => {
        throw error;
      }}
      busyKeys={new Set()}
      onReload={vi.fn()}
      onDelivery={vi.fn()}
      onMarkClaim={vi.fn()}
      onExportCsv={vi.fn()}
      onExportClaims={vi.fn()}
      {...given}
    />,
    host,
  );
  return host;
}
