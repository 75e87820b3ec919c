// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ROW_HEIGHT, ROW_TEXT_TIMING, type RowState } from '../../../components/dashboard/row-cells';
import { paintRows, type RowsWindow, rowEventOf } from '../../../components/dashboard/rows-body';
import { DASHBOARD_TEXTS } from '../../../components/dashboard/texts';
import { type OrderSummary, summarizeOrder } from '../../../core/export/order-summary';
import { OrderSchema } from '../../../core/model/order';

// The table's rows are painted with the DOM (rows-body.ts, row-cells.ts): each place keeps its
// elements, a row's content is written again only when its order changed, and the body answers
// the rows' clicks and changes.

const DE = { host: 'sellercentral.amazon.de', countryCode: 'DE', locale: 'de-DE', timeZone: 'Europe/Berlin' };
const NOW = new Date('2025-03-20T09:00:00Z');

function order(i: number, orderId = `303-1111111-${String(i).padStart(7, '0')}`): OrderSummary {
  const parsed = OrderSchema.parse({
    sellerFulfillmentOrderId: orderId,
    marketplace: DE,
    shipments: [
      {
        shippingDate: '2025-02-24',
        estimatedArrivalDate: '2025-02-27',
        packages: [{ carrierCode: 'DHL', trackingNumber: `JJD${i}` }],
      },
    ],
  });
  return summarizeOrder(`-/DE/${i}`, parsed, {
    findings: [
      {
        kind: 'lost-check',
        severity: 'warning',
        startedOn: '2025-03-07',
        deadline: '2025-05-26',
        facts: {},
        messageKey: 'lost-check',
        shipmentIndex: 0,
      },
    ],
    nextReviewAt: null,
  });
}

const VIEW = { texts: DASHBOARD_TEXTS.de, lang: 'de' as const, now: NOW };

function body(): HTMLTableSectionElement {
  const table = document.createElement('table');
  const tbody = document.createElement('tbody');
  table.append(tbody);
  document.body.append(table);
  return tbody;
}

function paint(
  tbody: HTMLTableSectionElement,
  rows: readonly OrderSummary[],
  start: number,
  end: number,
  over: Partial<RowsWindow> = {},
  state: Partial<RowState> = {},
) {
  paintRows(tbody, {
    start,
    places: rows.slice(start, end),
    below: rows.length - end,
    view: VIEW,
    state: (index) => ({ index, tabbable: index === start, checked: false, busy: false, ...state }),
    ...over,
  });
}

/** The places from `from` to `to` (excluded), as the rows' `data-index` say them. */
const indexes = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => String(from + i));

const rowsOf = (tbody: HTMLTableSectionElement) => [...tbody.querySelectorAll<HTMLTableRowElement>('tr.row')];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the rows in view, kept by place', () => {
  it('keeps the elements of the rows still in view when scrolled, and spaces for the rows out of it', () => {
    const rows = Array.from({ length: 40 }, (_, i) => order(i));
    const tbody = body();
    paint(tbody, rows, 0, 10);
    const before = rowsOf(tbody);
    expect(before.map((tr) => tr.dataset.index)).toEqual(indexes(0, 10));
    expect(tbody.firstElementChild?.classList.contains('spacer')).toBe(false);
    expect((tbody.lastElementChild as HTMLElement).style.height).toBe(`${30 * ROW_HEIGHT}px`);

    paint(tbody, rows, 4, 14);
    const after = rowsOf(tbody);
    expect(after.map((tr) => tr.dataset.index)).toEqual(indexes(4, 14));
    // The rows 4 to 9 are the very elements painted before; 0 to 3 are gone.
    expect(after.slice(0, 6)).toEqual(before.slice(4));
    expect(before.slice(0, 4).some((tr) => tr.isConnected)).toBe(false);
    const [top, bottom] = [tbody.firstElementChild as HTMLElement, tbody.lastElementChild as HTMLElement];
    expect([top.className, top.style.height]).toEqual(['spacer', `${4 * ROW_HEIGHT}px`]);
    expect([bottom.className, bottom.style.height]).toEqual(['spacer', `${26 * ROW_HEIGHT}px`]);
    expect(after[6]?.textContent).toContain('303-1111111-0000010');

    // Back up: the rows reached go before those kept, in order.
    paint(tbody, rows, 1, 11);
    expect(rowsOf(tbody).map((tr) => tr.dataset.index)).toEqual(indexes(1, 11));
    expect(rowsOf(tbody)[3]).toBe(after[0]);
  });

  it('draws the places of rows being read hidden and out of the tab order, then fills those very elements', () => {
    const rows = Array.from({ length: 5 }, (_, i) => order(i));
    const tbody = body();
    paintRows(tbody, {
      start: 0,
      places: [undefined, undefined, undefined],
      below: 0,
      view: VIEW,
      state: () => ({ index: 0, tabbable: true, checked: true, busy: false }),
    });
    const places = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
    expect(
      places.map((tr) => [tr.dataset.testid, tr.getAttribute('aria-hidden'), tr.tabIndex, tr.dataset.index]),
    ).toEqual(Array(3).fill(['row-being-read', 'true', -1, undefined]));
    expect(places.every((tr) => tr.textContent === '' && tr.querySelector('input')?.disabled)).toBe(true);

    paint(tbody, rows, 0, 3);
    const filled = rowsOf(tbody);
    expect(filled).toEqual(places);
    expect(
      filled.map((tr) => [
        tr.dataset.testid,
        tr.hasAttribute('aria-hidden'),
        tr.getAttribute('aria-rowindex'),
      ]),
    ).toEqual([
      ['order-row', false, '2'],
      ['order-row', false, '3'],
      ['order-row', false, '4'],
    ]);
    // A new filter being read empties them again.
    paintRows(tbody, {
      start: 0,
      places: [undefined],
      below: 0,
      view: VIEW,
      state: () => ({ index: 0, tabbable: true, checked: false, busy: false }),
    });
    expect([...tbody.querySelectorAll('tr')].map((tr) => [tr.dataset.testid, tr.textContent])).toEqual([
      ['row-being-read', ''],
    ]);
  });
});

describe("a row's content", () => {
  it('writes its values in the language, its links, and page text only as text', () => {
    const hostile = order(1, '<img src=x onerror="alert(1)">');
    const tbody = body();
    paint(tbody, [hostile, order(2)], 0, 2);
    const [first, second] = rowsOf(tbody);
    expect(first?.querySelector('img')).toBeNull();
    expect(first?.querySelector('.orderId')?.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(second?.querySelector<HTMLAnchorElement>('.orderId a')?.href).toContain('303-1111111-0000002');
    expect(second?.querySelector('.shipDate')?.textContent).toBe('24. Feb. 2025');
    const swiship = second?.querySelector<HTMLAnchorElement>('[data-testid="swiship-chip"]');
    expect([swiship?.href, swiship?.target, swiship?.rel]).toEqual([
      'https://www.swiship.com/track?id=JJD2&loc=de-DE',
      '_blank',
      'noopener noreferrer',
    ]);
    expect(second?.querySelector('.claimDeadline')?.textContent).toMatch(/^26\. Mai 2025 \(/);
  });

  it('names its status text for Element Timing, which the benchmark reads as the rows on screen', () => {
    const tbody = body();
    paint(tbody, [order(1)], 0, 1);
    const status = rowsOf(tbody)[0]?.querySelector('.status');
    expect(status?.getAttribute('elementtiming')).toBe(ROW_TEXT_TIMING);
    // The attribute names an element whose own text is painted: the status is a text node of it.
    expect([...(status?.childNodes ?? [])].map((n) => n.nodeType)).toEqual([Node.TEXT_NODE]);
  });

  it('keeps its elements, and the focus, when only its state changes; gives the row the focus when its content is replaced', () => {
    const rows = [order(1), order(2)];
    const tbody = body();
    paint(tbody, rows, 0, 2);
    const tr = rowsOf(tbody)[0] as HTMLTableRowElement;
    const chip = tr.querySelector<HTMLAnchorElement>('[data-testid="swiship-chip"]') as HTMLAnchorElement;
    chip.focus();
    expect(document.activeElement).toBe(chip);

    paint(tbody, rows, 0, 2, {}, { checked: true, busy: true, tabbable: false });
    expect(tr.querySelector('[data-testid="swiship-chip"]')).toBe(chip);
    expect(document.activeElement).toBe(chip);
    expect(tr.querySelector('input')?.checked).toBe(true);
    expect([...tr.querySelectorAll('button')].map((b) => b.disabled)).toEqual([true, true]);
    expect([tr.tabIndex, chip.tabIndex]).toEqual([-1, -1]);

    // The order read again after an answer: no more question; the keyboard's place stays the row.
    const answered = { ...rows[0]!, kinds: [], findings: [] };
    paint(tbody, [answered, rows[1]!], 0, 2);
    expect(tr.querySelector('[data-testid="swiship-chip"]')).toBeNull();
    expect(tr.querySelector('button')).toBeNull();
    expect(document.activeElement).toBe(tr);
  });

  it('is not touched by a repaint that changes nothing of it (a scroll repaints the rows in view)', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => order(i));
    const tbody = body();
    paint(tbody, rows, 0, 6);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(tbody, { subtree: true, childList: true, attributes: true, characterData: true });
    paint(tbody, rows, 0, 6);
    await Promise.resolve();
    expect(changes).toEqual([]);
    // One row selected: that row's box alone.
    paint(tbody, rows, 0, 6, {
      state: (index) => ({ index, tabbable: index === 0, checked: index === 3, busy: false }),
    });
    await Promise.resolve();
    const touched = new Set(changes.map((c) => (c.target as Element).closest('tr')?.dataset.index));
    expect([...touched]).toEqual(['3']);
    expect(rowsOf(tbody)[3]?.querySelector('input')?.checked).toBe(true);
    observer.disconnect();
  });

  it('is written again in the language chosen', () => {
    const rows = [order(1)];
    const tbody = body();
    paint(tbody, rows, 0, 1);
    paint(tbody, rows, 0, 1, { view: { texts: DASHBOARD_TEXTS.fr, lang: 'fr', now: NOW } });
    expect(tbody.querySelector('.shipDate')?.textContent).toBe('24 févr. 2025');
    expect(tbody.querySelector('[data-testid="answer-delivered"]')?.textContent).toBe(
      DASHBOARD_TEXTS.fr.delivered,
    );
  });
});

describe("the body's events", () => {
  it("ask for the order of the row they happened in: its checkbox's change, its answers' clicks", () => {
    const rows = [order(1), order(2), order(3)];
    const tbody = body();
    paint(tbody, rows, 0, 3);
    const asked: unknown[] = [];
    for (const type of ['change', 'click'])
      tbody.addEventListener(type, (event) => asked.push(rowEventOf(event, rows)));
    const third = rowsOf(tbody)[2] as HTMLTableRowElement;
    third.querySelector('input')?.click();
    third.querySelector<HTMLButtonElement>('[data-testid="answer-not-delivered"]')?.click();
    third.querySelector<HTMLElement>('.countryCode')?.click();
    expect(asked.filter(Boolean)).toEqual([
      { kind: 'toggle', row: rows[2], selected: true },
      { kind: 'delivery', row: rows[2], delivered: false },
    ]);
    // The checkbox's own click, the cell's click: nothing asked.
    expect(asked.filter((a) => a === undefined)).toHaveLength(2);
  });
});
