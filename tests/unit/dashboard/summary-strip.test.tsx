// @vitest-environment happy-dom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTER, FOCI } from '../../../components/dashboard/table-query';
import { listingOf } from '../../../core/export/order-listing';
import type { Finding, FindingKind } from '../../../core/model/finding';
import { OrderSchema } from '../../../core/model/order';
import { McfDeskDb, type OrderRow } from '../../../entrypoints/background/db';
import { readOrdersPage } from '../../../entrypoints/dashboard/orders-query';
import { focusFigures } from '../../../entrypoints/dashboard/orders-source';
import { mountOrdersView } from './mount-orders-view';
import { dbSource, settle } from './sources';

const FR = { host: 'sellercentral.amazon.fr', countryCode: 'FR', locale: 'fr-FR', timeZone: 'Europe/Paris' };
const NOW = new Date('2024-12-20T10:00:00Z');

function finding(kind: FindingKind, severity: Finding['severity'], deadline?: string): Finding {
  return {
    kind,
    severity,
    startedOn: '2024-12-11',
    facts: {},
    messageKey: kind,
    ...(deadline ? { deadline } : {}),
  };
}

/** One stored order row: its findings, and the kinds left open (unmuted) as the background indexes them. */
function row(n: number, findings: Finding[], open = findings.filter((f) => f.severity !== 'info')): OrderRow {
  const order = OrderSchema.parse({
    sellerFulfillmentOrderId: `402-0000000-${String(n).padStart(7, '0')}`,
    marketplace: FR,
    shipments: [{ shippingDate: '2024-11-29', estimatedArrivalDate: '2024-12-03', packages: [] }],
  });
  const urgency = open.reduce((top, f) => Math.max(top, f.severity === 'action' ? 2 : 1), 0);
  const key = `-/FR/${order.sellerFulfillmentOrderId}`;
  const kinds = [...new Set(open.map((f) => f.kind))];
  // As `deriveAssessmentRow` writes it: `<0 action|1 warning>|<earliest start>`.
  const attention = urgency > 0 ? { attention: `${2 - urgency}|2024-12-11` } : {};
  return {
    ...attention,
    key,
    order,
    conflicts: [],
    firstSeenAt: '2024-12-01T00:00:00.000Z',
    updatedAt: '2024-12-01T00:00:00.000Z',
    ids: [`-/FR/${order.sellerFulfillmentOrderId}`],
    assessment: { findings, nextReviewAt: null },
    assessedAt: '2024-12-20T00:00:00.000Z',
    urgency,
    kinds,
    listing: listingOf(key, order, { findings, nextReviewAt: null }, kinds),
  };
}

const ROWS = [
  row(0, [finding('lost-claimable', 'action', '2024-12-24')]), // claim now, deadline in 4 days
  row(1, [finding('lost-claimable', 'action', '2025-01-15'), finding('damaged-claimable', 'action')]),
  row(2, [finding('lost-check', 'warning', '2024-12-27')]), // to check, deadline in 7 days
  row(3, [finding('lost-check', 'warning', '2024-12-28')]), // to check, 8 days: not soon
  row(4, [finding('return-open', 'warning')]),
  row(5, [finding('lost-claimable', 'action', '2024-12-22')], []), // snoozed: nothing open
  row(6, [finding('claim-expired', 'info', '2024-12-19')]),
  row(7, []),
];

async function seededDb() {
  const db = new McfDeskDb(`summary-strip-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.orders.bulkPut(ROWS);
  // The counters the background keeps on write (see store.ts `movedCounters`).
  const counts = new Map<string, number>();
  for (const r of ROWS) {
    if (r.urgency === 2) counts.set('action', (counts.get('action') ?? 0) + 1);
    if (r.urgency === 1) counts.set('warning', (counts.get('warning') ?? 0) + 1);
    for (const k of r.kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  await db.counters.bulkPut([...counts].map(([id, n]) => ({ id, n })));
  return db;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('summary figures', () => {
  it('are read from the indexes and counters, and each agrees with its filter of the table', async () => {
    const db = await seededDb();
    const figures = await focusFigures(db, NOW);
    expect(figures).toEqual({ claimNow: 2, toCheck: 3, deadlineSoon: 2, returnsOpen: 1 });
    const sort = { column: 'orderId', descending: false } as const;
    const page = async (focus: (typeof FOCI)[number]) =>
      (await readOrdersPage(db, { ...EMPTY_FILTER, focus }, sort, null, NOW)).rows;
    for (const focus of FOCI) expect((await page(focus)).length, focus).toBe(figures[focus]);
    expect((await page('deadlineSoon')).map((r) => r.orderId)).toEqual([
      '402-0000000-0000000',
      '402-0000000-0000002',
    ]);
  });

  it('count the deadline day by the marketplace zone', async () => {
    const db = await seededDb();
    // 23:30 UTC on the 20th is already the 21st in Paris: the 28th is then 7 days away.
    const late = new Date('2024-12-20T23:30:00Z');
    expect((await focusFigures(db, late)).deadlineSoon).toBe(3);
  });
});

async function mount(onToggle = vi.fn()) {
  const host = mountOrdersView({
    source: dbSource(await seededDb(), NOW),
    now: NOW,
    countries: [{ countryCode: 'FR', count: ROWS.length }],
    figures: { claimNow: 2, toCheck: 3, deadlineSoon: 2, returnsOpen: 1 },
  });
  await vi.waitFor(() => expect(shownIds(host)).toHaveLength(ROWS.length));
  return { host, onToggle };
}

const tick = () => settle(1);
const shownIds = (host: HTMLElement) =>
  [...host.querySelectorAll('[data-testid="order-row"] .orderId')].map((c) => c.textContent);

describe('summary strip', () => {
  it('shows the four figures in the UI language; each is a pressed/unpressed filter', async () => {
    const { host } = await mount();
    const strip = host.querySelector('[data-testid="summary-strip"]')!;
    expect(strip.getAttribute('aria-label')).toBe('Résumé');
    expect(strip.textContent).toContain('À réclamer maintenant');
    expect(strip.textContent).toContain('Échéances dans les 7 jours');
    const claimNow = host.querySelector<HTMLButtonElement>('[data-testid="figure-claimNow"]')!;
    expect(claimNow.getAttribute('aria-pressed')).toBe('false');
    expect(host.querySelector('[data-testid="figure-claimNow-count"]')?.textContent).toBe('2');

    claimNow.click();
    await tick();
    expect(claimNow.getAttribute('aria-pressed')).toBe('true');
    await vi.waitFor(() =>
      expect(shownIds(host).sort()).toEqual(['402-0000000-0000000', '402-0000000-0000001']),
    );

    const returns = host.querySelector<HTMLButtonElement>('[data-testid="figure-returnsOpen"]')!;
    returns.click();
    await tick();
    expect(claimNow.getAttribute('aria-pressed')).toBe('false');
    expect(returns.getAttribute('aria-pressed')).toBe('true');
    await vi.waitFor(() => expect(shownIds(host)).toEqual(['402-0000000-0000004']));

    returns.click(); // pressed again: every order
    await tick();
    expect(returns.getAttribute('aria-pressed')).toBe('false');
    await vi.waitFor(() => expect(shownIds(host)).toHaveLength(ROWS.length));
  });
});

describe('table keyboard', () => {
  const key = (target: Element, k: string) => {
    const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  };

  it('one row is a tab stop; arrows move it, Space selects, Enter opens the order', async () => {
    const { host } = await mount();
    const rows = () => [...host.querySelectorAll<HTMLElement>('[data-testid="order-row"]')];
    expect(rows().map((r) => r.tabIndex)).toEqual([0, ...Array(ROWS.length - 1).fill(-1)]);
    // Only the tab-stop row's controls are tab stops.
    expect(rows()[0]!.querySelector<HTMLInputElement>('input')!.tabIndex).toBe(0);
    expect(rows()[1]!.querySelector<HTMLInputElement>('input')!.tabIndex).toBe(-1);

    rows()[0]!.focus();
    expect(key(rows()[0]!, 'ArrowDown').defaultPrevented).toBe(true);
    await tick();
    expect(document.activeElement).toBe(rows()[1]);
    expect(rows()[1]!.tabIndex).toBe(0);
    expect(rows()[0]!.tabIndex).toBe(-1);

    expect(key(rows()[1]!, ' ').defaultPrevented).toBe(true);
    await tick();
    expect(rows()[1]!.querySelector<HTMLInputElement>('input')!.checked).toBe(true);
    expect(host.querySelector('[data-testid="selected-count"]')?.textContent).toContain('1');
    key(rows()[1]!, ' ');
    await tick();
    expect(rows()[1]!.querySelector<HTMLInputElement>('input')!.checked).toBe(false);

    key(rows()[1]!, 'End');
    await tick();
    expect(document.activeElement).toBe(rows().at(-1));
    key(rows().at(-1)!, 'Home');
    await tick();
    expect(document.activeElement).toBe(rows()[0]);
    key(rows()[0]!, 'ArrowUp'); // stays on the first row
    await tick();
    expect(document.activeElement).toBe(rows()[0]);

    const link = rows()[0]!.querySelector<HTMLAnchorElement>('.orderId a')!;
    const opened = vi.fn((e: Event) => e.preventDefault());
    link.addEventListener('click', opened);
    key(rows()[0]!, 'Enter');
    expect(opened).toHaveBeenCalledTimes(1);
  });
});
