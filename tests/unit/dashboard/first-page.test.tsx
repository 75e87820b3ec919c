// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrdersViewProps } from '../../../components/dashboard/OrdersView';
import { ROW_HEIGHT } from '../../../components/dashboard/row-cells';
import { firstPageSize } from '../../../components/dashboard/table-query';
import { summarizeOrder } from '../../../core/export/order-summary';
import { OrderSchema } from '../../../core/model/order';
import { mountOrdersView } from './mount-orders-view';
import { memorySource, settle } from './sources';

// The table's first page: as many rows as the window shows, and nothing asked of the database
// between those rows' arrival and their paint (the count waits until they are on screen).

const NOW = new Date('2025-03-10T09:00:00Z');
const DE = { host: 'sellercentral.amazon.de', countryCode: 'DE', locale: 'de-DE', timeZone: 'Europe/Berlin' };

function rows(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const order = OrderSchema.parse({
      sellerFulfillmentOrderId: `SHOP-${1000 + i}`,
      marketplace: DE,
      shipments: [{ shippingDate: '2025-03-01', packages: [{ trackingNumber: `JJD${i}` }] }],
    });
    return summarizeOrder(`-/DE/${order.sellerFulfillmentOrderId}`, order, {
      findings: [],
      nextReviewAt: null,
    });
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('first page size', () => {
  it('is what the window shows, never under 10', () => {
    expect(firstPageSize(900, 36)).toBe(25);
    expect(firstPageSize(1800, 36)).toBe(50);
    expect(firstPageSize(200, 36)).toBe(10);
    expect(firstPageSize(Number.NaN, 36)).toBe(10);
  });
});

describe('the first page of the orders view', () => {
  it('asks for a screenful first, whole pages after it, and counts only once the rows are in the page', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(8 * ROW_HEIGHT);
    const all = rows(300);
    const memory = memorySource(all, NOW, 40);
    const rowsInPage = () => document.querySelectorAll('[data-testid="order-row"]').length;
    const rowsWhenCounted: number[] = [];
    const page = vi.fn<OrdersViewProps['source']['page']>((filter, sort, cursor) =>
      memory.page(filter, sort, cursor),
    );
    const source: OrdersViewProps['source'] = {
      page,
      count: (filter, known) => {
        rowsWhenCounted.push(rowsInPage());
        return memory.count(filter, known);
      },
    };
    mountOrdersView({ source, now: NOW, lang: 'de' });
    await settle(10);
    expect(page.mock.calls[0]?.[2]).toBeNull();
    expect(page.mock.calls[0]?.[3]).toBe(firstPageSize(innerHeight, ROW_HEIGHT));
    for (const call of page.mock.calls.slice(1)) {
      expect(call[2]).not.toBeNull();
      expect(call[3]).toBeUndefined();
    }
    expect(rowsWhenCounted.length).toBeGreaterThan(0);
    expect(rowsWhenCounted[0]).toBeGreaterThan(0);
  });
});

describe("a first page's preparation", () => {
  it('is asked of the source before each first page, not before the pages after it', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(8 * ROW_HEIGHT);
    const memory = memorySource(rows(300), NOW, 40);
    const calls: string[] = [];
    const source: OrdersViewProps['source'] = {
      prepare: () => calls.push('prepare'),
      page: (filter, sort, cursor, size) => {
        calls.push(cursor === null ? 'first page' : 'next page');
        return memory.page(filter, sort, cursor, size);
      },
      count: (filter, known) => memory.count(filter, known),
    };
    mountOrdersView({ source, now: NOW, lang: 'de' });
    await settle(10);
    expect(calls.slice(0, 2)).toEqual(['prepare', 'first page']);
    expect(calls.slice(2).every((call) => call === 'next page')).toBe(true);
    // A new sort: prepared again, then its first page.
    const before = calls.length;
    (document.querySelector('[data-testid="sort-orderId"]') as HTMLButtonElement).click();
    await settle(10);
    expect(calls.slice(before, before + 2)).toEqual(['prepare', 'first page']);
  });
});

describe('the first paint of the rows', () => {
  it('holds the rows in view alone; the scrolling margin around them comes after', async () => {
    // A table body 360 px high: ten rows of 36 px in view.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10 * ROW_HEIGHT);
    const counts: number[] = [];
    const observer = new MutationObserver(() =>
      counts.push(document.querySelectorAll('[data-testid="order-row"]').length),
    );
    observer.observe(document.body, { childList: true, subtree: true });
    mountOrdersView({ source: memorySource(rows(300), NOW, 40), now: NOW, lang: 'de' });
    await settle(10);
    observer.disconnect();
    const painted = counts.filter((n) => n > 0);
    expect(painted[0]).toBe(10);
    expect(painted.at(-1)).toBeGreaterThan(10);
  });
});

describe('the rows being read', () => {
  /** A source whose first page arrives when the test says. */
  function heldSource(all: ReturnType<typeof rows>) {
    const memory = memorySource(all, NOW, 40);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const source: OrdersViewProps['source'] = {
      page: async (filter, sort, cursor, size) => {
        await held;
        return memory.page(filter, sort, cursor, size);
      },
      count: (filter, known) => memory.count(filter, known),
    };
    return { source, release };
  }
  const inPage = (testId: string) => [...document.querySelectorAll(`[data-testid="${testId}"]`)];

  it('are drawn in view while the first page is read, and the rows read fill those same elements', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(8 * ROW_HEIGHT);
    const { source, release } = heldSource(rows(300));
    mountOrdersView({ source, now: NOW, lang: 'de' });
    await settle(5);
    const places = inPage('row-being-read');
    expect(places).toHaveLength(8);
    expect(places.every((tr) => tr.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(inPage('orders-table')[0]?.getAttribute('aria-busy')).toBe('true');
    expect(inPage('order-row')).toHaveLength(0);

    release();
    await settle(10);
    const read = inPage('order-row');
    expect(read.length).toBeGreaterThanOrEqual(8);
    // The same elements, not copies of them.
    for (const [i, tr] of places.entries()) expect(read[i] === tr).toBe(true);
    expect(read[0]?.hasAttribute('aria-hidden')).toBe(false);
    expect(read[0]?.textContent).toContain('SHOP-1000');
    expect(inPage('row-being-read')).toHaveLength(0);
    expect(inPage('orders-table')[0]?.getAttribute('aria-busy')).toBe('false');
  });

  it('go away when the read finds no order', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(8 * ROW_HEIGHT);
    const { source, release } = heldSource([]);
    mountOrdersView({ source, now: NOW, lang: 'de' });
    await settle(5);
    expect(inPage('row-being-read')).toHaveLength(8);
    release();
    await settle(10);
    expect(inPage('row-being-read')).toHaveLength(0);
    expect(inPage('order-row')).toHaveLength(0);
  });
});
