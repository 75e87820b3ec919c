// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../../components/dashboard/ImportPanel';
import { OrdersView, type OrdersViewProps } from '../../../components/dashboard/OrdersView';
import { DASHBOARD_TEXTS } from '../../../components/dashboard/texts';
import { summarizeOrder } from '../../../core/export/order-summary';
import { OrderSchema } from '../../../core/model/order';
import { memorySource, settle } from './sources';

const FR = { host: 'sellercentral.amazon.fr', countryCode: 'FR', locale: 'fr-FR', timeZone: 'Europe/Paris' };
const HOSTILE = '<img src=x onerror="alert(1)">';

function summaries(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const order = OrderSchema.parse({
      sellerFulfillmentOrderId: `402-0000000-${String(i).padStart(7, '0')}`,
      marketplace: FR,
      shipments: [
        {
          shippingDate: '2024-11-29',
          estimatedArrivalDate: '2024-12-03',
          packages: [{ carrierCode: HOSTILE, trackingNumber: `6A${i}` }],
        },
      ],
    });
    return summarizeOrder(`-/FR/${order.sellerFulfillmentOrderId}`, order, {
      findings: [
        {
          kind: 'lost-check',
          severity: 'warning',
          startedOn: '2024-12-11',
          deadline: '2025-03-03',
          facts: {},
          messageKey: 'lost-check',
          shipmentIndex: 0,
        },
      ],
      nextReviewAt: null,
    });
  });
}

const NOW = new Date('2024-12-20T10:00:00Z');

async function mount(props: Partial<OrdersViewProps> = {}, rows = summaries(10_000)) {
  const host = document.createElement('div');
  document.body.append(host);
  const handlers = {
    onReload: vi.fn(),
    onDelivery: vi.fn(),
    onMarkClaim: vi.fn(),
    onExportCsv: vi.fn(),
    onExportClaims: vi.fn(),
  };
  render(
    <OrdersView
      texts={DASHBOARD_TEXTS.fr}
      lang="fr"
      source={memorySource(rows, NOW)}
      epoch={0}
      countries={[]}
      onError={(error) => {
        throw error;
      }}
      now={NOW}
      busyKeys={new Set()}
      {...handlers}
      {...props}
    />,
    host,
  );
  await settle();
  return { host, handlers };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('dashboard orders view', () => {
  it('renders a window of rows, not all 10,000, and page text only as text', async () => {
    const { host } = await mount();
    const rendered = host.querySelectorAll('[data-testid="order-row"]');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(60);
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain(HOSTILE);
    expect(host.querySelector('[data-testid="shown-count"]')?.textContent).toContain('10');
    const swiship = host.querySelector<HTMLAnchorElement>('.tracking a');
    expect(swiship?.href).toBe('https://www.swiship.com/track?id=6A0&loc=fr-FR');
  });

  it('answers the Swiship check and marks the selected orders', async () => {
    const { host, handlers } = await mount({}, summaries(3));
    host.querySelector<HTMLButtonElement>('[data-testid="answer-not-delivered"]')!.click();
    expect(handlers.onDelivery).toHaveBeenCalledWith(
      expect.objectContaining({ orderId: '402-0000000-0000000' }),
      false,
    );

    host.querySelector<HTMLInputElement>('[data-testid="select-all"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    const caseId = host.querySelector<HTMLInputElement>('[data-testid="case-id"]')!;
    caseId.value = 'CASE-42';
    caseId.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    host.querySelector<HTMLButtonElement>('[data-testid="mark-claim"]')!.click();
    expect(handlers.onMarkClaim).toHaveBeenCalledWith(
      ['-/FR/402-0000000-0000000', '-/FR/402-0000000-0000001', '-/FR/402-0000000-0000002'],
      true,
      'CASE-42',
    );
  });
});

describe('the orders count line', () => {
  it('says the orders are being counted until they are, never "of 0", and drops a count when the filters change', async () => {
    const rows = summaries(120);
    const inMemory = memorySource(rows, NOW);
    // Counts answered only when the test says so, as a slow index count would.
    const pending: (() => void)[] = [];
    const source: OrdersViewProps['source'] = {
      page: (filter, sort, cursor) => inMemory.page(filter, sort, cursor),
      count: (filter, known) =>
        new Promise((resolve) => pending.push(() => void inMemory.count(filter, known).then(resolve))),
    };
    const { host } = await mount({ source }, rows);
    const line = () => host.querySelector('[data-testid="shown-count"]')?.textContent ?? '';
    expect(line()).toBe('50 commandes affichées, comptage en cours…');
    pending.shift()?.();
    await settle();
    expect(line()).toBe(DASHBOARD_TEXTS.fr.shown(120, 120));

    // A narrower filter: its rows at once, the last count no longer shown as its own.
    const search = host.querySelector<HTMLInputElement>('[data-testid="search"]')!;
    search.value = '6A11';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(line()).not.toContain('120 commandes sur');
    pending.shift()?.();
    await settle();
    // 6A11 and 6A110 … 6A119: eleven orders.
    expect(line()).toBe(DASHBOARD_TEXTS.fr.shown(11, 120));
  });
});

describe('import panel', () => {
  it('shows the summary with rejected lines, as text', () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      <ImportPanel
        texts={DASHBOARD_TEXTS.en}
        marketplaces={[{ host: 'sellercentral.amazon.fr', label: 'FR — sellercentral.amazon.fr' }]}
        marketplaceHost="sellercentral.amazon.fr"
        onMarketplace={vi.fn()}
        running={false}
        progress={null}
        error={null}
        onFile={vi.fn()}
        summary={{
          kind: 'report',
          rowsRead: 7,
          orders: 1,
          created: 1,
          updated: 0,
          unchanged: 0,
          notMcf: 0,
          duplicates: 0,
          rejected: [{ line: 4, reason: `shipment-date is not a date: "${HOSTILE}"` }],
          warnings: [],
        }}
      />,
      host,
    );
    expect(host.querySelector('[data-testid="summary-rows-read"]')?.textContent).toBe('7');
    expect(host.querySelector('[data-testid="summary-rejected"]')?.textContent).toBe('1');
    expect(host.querySelector('[data-testid="rejections"]')?.textContent).toContain('4');
    expect(host.querySelector('img')).toBeNull();
  });
});

describe('import panel file input and drop zone', () => {
  it('hands a dropped file or a picked file to the import', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const onFile = vi.fn();
    render(
      <ImportPanel
        texts={DASHBOARD_TEXTS.fr}
        marketplaces={[{ host: 'sellercentral.amazon.fr', label: 'FR — sellercentral.amazon.fr' }]}
        marketplaceHost="sellercentral.amazon.fr"
        onMarketplace={vi.fn()}
        running={false}
        progress={{ phase: 'saving', done: 500, total: 1000 }}
        summary={null}
        error={null}
        onFile={onFile}
      />,
      host,
    );
    const file = new File(['amazon-order-id\n'], 'report.txt', { type: 'text/plain' });
    const drop = new Event('drop', { bubbles: true, cancelable: true }) as Event & { dataTransfer: unknown };
    drop.dataTransfer = { files: [file] };
    host.querySelector('[data-testid="drop-zone"]')!.dispatchEvent(drop);
    expect(onFile).toHaveBeenCalledWith(file);
    expect(drop.defaultPrevented).toBe(true);
    expect(host.querySelector<HTMLProgressElement>('[data-testid="import-progress"]')?.value).toBe(500);
  });
});
