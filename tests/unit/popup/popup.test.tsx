// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttentionList } from '../../../components/popup/AttentionList';
import { CurrentOrder } from '../../../components/popup/CurrentOrder';
import { ReturnPanel } from '../../../components/popup/ReturnPanel';
import { reportLines, resolveLang } from '../../../components/popup/texts';
import { overrideNotes } from '../../../core/merge/override-notes';
import type { OrderDetail, StoredOrderView } from '../../../core/messages/background';
import type { Finding } from '../../../core/model/finding';
import { type Order, OrderSchema } from '../../../core/model/order';
import type { FillReport } from '../../../core/return-form/schema';

const marketplace = {
  host: 'sellercentral.amazon.fr',
  countryCode: 'FR',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
};
const order: Order = OrderSchema.parse({
  sellerFulfillmentOrderId: '402-1234567-1234567',
  marketplace,
  items: [
    { sellerSku: 'MUG-BLEU-350', quantity: 2, title: '<img src=x onerror=alert(1)>' },
    { sellerSku: 'SOUS-VERRE-LIEGE', quantity: 1 },
  ],
});
const lost: Finding = {
  kind: 'lost-claimable',
  severity: 'action',
  startedOn: '2026-11-09',
  deadline: '2027-01-30',
  facts: { claimOpensOn: '2026-11-09', claimDeadline: '2027-01-30' },
  messageKey: 'lost-claimable',
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(vnode: preact.ComponentChild) {
  act(() => render(vnode, root));
}
function change(el: Element | null, value: string) {
  act(() => {
    (el as HTMLSelectElement).value = value;
    el?.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('language', () => {
  it('follows the setting, else the browser: fr, de, es, it for any of their tags, English otherwise', () => {
    expect(resolveLang('en', 'fr-FR')).toBe('en');
    expect(resolveLang('auto', 'fr-BE')).toBe('fr');
    expect(resolveLang('auto', 'de-DE')).toBe('de');
    expect(resolveLang('auto', 'es-MX')).toBe('es');
    expect(resolveLang('auto', 'it')).toBe('it');
    expect(resolveLang('auto', 'nl-NL')).toBe('en');
    expect(resolveLang(undefined, undefined)).toBe('en');
  });
});

describe('fill report lines', () => {
  const report: FillReport = {
    url: 'https://sellercentral.amazon.fr/x',
    at: '2026-11-28T10:00:00.000Z',
    outcomes: [
      { role: 'quantity', status: 'filled', sku: 'A', value: '1' },
      {
        role: 'quantity',
        status: 'not-filled',
        sku: 'B',
        problem: { role: 'quantity', code: 'above-shipped', sku: 'B', requested: '3', detail: '2' },
      },
      {
        role: 'reason',
        status: 'not-filled',
        problem: { role: 'reason', code: 'unknown-reason', requested: 'CR-X' },
      },
    ],
  };

  it('says per field what was filled and why the rest was not, in the overlay’s shape', () => {
    expect(reportLines(report, 'en')).toEqual([
      { field: 'Return (A)', ok: true, state: 'filled' },
      {
        field: 'Return (B)',
        ok: false,
        state: 'not-filled',
        reason: '3 asked, more than the 2 shipped: refused',
      },
      {
        field: 'Return Reason',
        ok: false,
        state: 'not-filled',
        reason: 'the reason “CR-X” is not offered by the form',
      },
    ]);
    expect(reportLines(report, 'fr')[2]?.reason).toBe(
      "le motif « CR-X » n'est pas proposé par le formulaire",
    );
  });
});

describe('AttentionList', () => {
  const item = (n: number): StoredOrderView => ({
    key: `-/FR/402-0000000-000000${n}`,
    order: { ...order, sellerFulfillmentOrderId: `402-0000000-000000${n}` },
    assessment: { findings: [{ ...lost, severity: 'info', kind: 'lost-watch' }, lost], nextReviewAt: null },
  });

  it('shows each order’s most urgent finding with its dates and a link to the order page', () => {
    show(
      <AttentionList
        lang="fr"
        page={{ total: 1, offset: 0, limit: 20, items: [item(1)] }}
        onPage={vi.fn()}
        onSnooze={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    const row = root.querySelector('[data-testid="order-list"] li');
    expect(row?.getAttribute('data-severity')).toBe('action');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe(
      'https://sellercentral.amazon.fr/orders-v3/order/402-0000000-0000001',
    );
    expect(row?.textContent).toContain('depuis le 9 nov.');
    expect(row?.textContent).toContain('échéance 30 janv.');
    expect(root.querySelector('.pager')).toBeNull();
  });

  it('snoozes for 1, 3 or 7 days, dismisses, and pages', () => {
    const onSnooze = vi.fn();
    const onDismiss = vi.fn();
    const onPage = vi.fn();
    show(
      <AttentionList
        lang="en"
        page={{ total: 45, offset: 20, limit: 20, items: [item(1), item(2)] }}
        onPage={onPage}
        onSnooze={onSnooze}
        onDismiss={onDismiss}
      />,
    );
    const buttons = Array.from(root.querySelectorAll('li:first-child button')) as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).toEqual(['1 day', '3 days', '1 week', 'Dismiss']);
    act(() => buttons[1]?.click());
    act(() => buttons[3]?.click());
    expect(onSnooze).toHaveBeenCalledWith('-/FR/402-0000000-0000001', 'lost-claimable', 3);
    expect(onDismiss).toHaveBeenCalledWith('-/FR/402-0000000-0000001', 'lost-claimable');
    expect(buttons[0]?.getAttribute('aria-label')).toMatch(
      /^Snooze “.+” of order 402-0000000-0000001, 1 day$/,
    );
    expect(root.querySelector('.pager span')?.textContent).toBe('21–22 of 45');
    const [previous, next] = Array.from(root.querySelectorAll('.pager button')) as HTMLButtonElement[];
    act(() => previous?.click());
    act(() => next?.click());
    expect(onPage.mock.calls).toEqual([[0], [40]]);
  });
});

describe('ReturnPanel', () => {
  const base = {
    lang: 'en' as const,
    items: order.items,
    reasons: [
      { value: 'R-1', label: 'No longer needed' },
      { value: 'R-2', label: 'Damaged by carrier' },
    ],
    reasonsFromForm: true,
    defaultReason: 'CR-DAMAGED_BY_CARRIER',
    defaultComment: 'Customer return for order 402-1234567-1234567',
    busy: null,
    error: null,
    report: null,
  };

  it('never offers more units than shipped, maps the default reason to the form’s, and fills', () => {
    const onFill = vi.fn();
    show(<ReturnPanel {...base} onFill={onFill} />);
    const mug = root.querySelector('select[data-sku="MUG-BLEU-350"]') as HTMLSelectElement;
    expect(Array.from(mug.options).map((o) => o.value)).toEqual(['0', '1', '2']);
    expect((root.querySelector('#return-reason') as HTMLSelectElement).value).toBe('R-2');
    change(mug, '2');
    act(() => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onFill).toHaveBeenCalledWith({
      quantities: { 'MUG-BLEU-350': 2 },
      reason: 'R-2',
      comment: 'Customer return for order 402-1234567-1234567',
    });
  });

  it('labels a shipped quantity it cannot know, and offers at most the ordered quantity', () => {
    show(
      <ReturnPanel
        {...base}
        shippedFacts={{ fulfillmentOrderStatus: 'CompletePartialled' }}
        onFill={vi.fn()}
      />,
    );
    const mug = root.querySelector('select[data-sku="MUG-BLEU-350"]') as HTMLSelectElement;
    expect(Array.from(mug.options).map((o) => o.value)).toEqual(['0', '1', '2']);
    expect(root.querySelector('label[for="qty-MUG-BLEU-350"]')?.textContent).toContain(
      'Return: MUG-BLEU-350 (shipped: unknown; ordered: 2)',
    );
    show(<ReturnPanel {...base} shippedFacts={{ fulfillmentOrderStatus: 'Complete' }} onFill={vi.fn()} />);
    expect(root.querySelector('label[for="qty-MUG-BLEU-350"]')?.textContent).toContain(
      'Return: MUG-BLEU-350 (shipped: 2)',
    );
  });

  it('renders the page’s text as text, never as markup', () => {
    show(<ReturnPanel {...base} onFill={vi.fn()} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('CurrentOrder', () => {
  const detail: OrderDetail = {
    key: '-/FR/402-1234567-1234567',
    order,
    assessment: { findings: [lost], nextReviewAt: null },
    checklist: { steps: { 'lost.case-id': { done: true, at: '2026-11-20T09:00:00.000Z', note: 'CASE-1' } } },
    overrides: [],
    muted: [],
    conflicts: [],
  };

  it('shows the situation’s checklist with its stored state, then the return checklist', async () => {
    const onStep = vi.fn(async () => undefined);
    show(
      <CurrentOrder
        lang="en"
        detail={detail}
        claimTextFor={() => 'CLAIM TEXT'}
        onStep={onStep}
        onCopy={async () => true}
        onSnooze={vi.fn()}
        onDismiss={vi.fn()}
        returnPanel={<p id="panel">panel</p>}
      />,
    );
    const lists = Array.from(root.querySelectorAll('section.checklist')).map((s) =>
      s.getAttribute('data-testid'),
    );
    expect(lists).toEqual(['checklist-lost', 'checklist-return']);
    expect((root.querySelector('#step-lost\\.case-id') as HTMLInputElement).checked).toBe(true);
    expect((root.querySelector('#case-lost\\.case-id') as HTMLInputElement).value).toBe('CASE-1');
    expect((root.querySelector('[data-testid="claim-text"]') as HTMLTextAreaElement).value).toBe(
      'CLAIM TEXT',
    );
    expect(root.querySelector('[data-testid="checklist-return"] #panel')).not.toBeNull();

    const swiship = root.querySelector('#step-lost\\.swiship') as HTMLInputElement;
    act(() => swiship.click());
    expect(onStep).toHaveBeenCalledWith('lost.swiship', true, undefined);
  });

  it('leaves out muted findings and their checklist', () => {
    show(
      <CurrentOrder
        lang="fr"
        detail={{ ...detail, muted: [{ kind: 'lost-claimable', until: null }] }}
        claimTextFor={() => null}
        onStep={vi.fn()}
        onCopy={async () => true}
        onSnooze={vi.fn()}
        onDismiss={vi.fn()}
        returnPanel={null}
      />,
    );
    expect(root.querySelector('[data-testid="checklist-lost"]')).toBeNull();
    expect(root.textContent).toContain('Rien à faire pour le moment.');
  });

  it('says when the carrier’s delivery replaced the seller’s “not delivered” answer (fr/en)', () => {
    const notes = overrideNotes([
      // The compact row of the observation that created the order (no changes listed).
      { at: '2026-11-19T09:00:00.000Z', created: true },
      {
        at: '2026-11-20T09:00:00.000Z',
        changes: [{ path: 'shipments.0.packages.0.currentStatus', source: 'user' }],
      },
      {
        at: '2026-11-22T09:00:00.000Z',
        changes: [
          {
            path: 'shipments.0.packages.0.currentStatus',
            source: 'page',
            overrode: { source: 'user', seenAt: '2026-11-20T09:00:00.000Z' },
          },
          { path: 'shipments.0.packages.0.deliveredDate', source: 'page' },
        ],
      },
    ]);
    expect(notes).toEqual([{ path: 'shipments.0.packages.0.currentStatus', at: '2026-11-22T09:00:00.000Z' }]);
    const props = {
      detail,
      overrides: notes,
      claimTextFor: () => null,
      onStep: vi.fn(),
      onCopy: async () => true,
      onSnooze: vi.fn(),
      onDismiss: vi.fn(),
      returnPanel: null,
    };
    show(<CurrentOrder lang="fr" {...props} />);
    expect(root.querySelector('[data-testid="override-note"]')?.textContent).toContain(
      'Le transporteur indique livré : votre réponse « non livré » a été remplacée.',
    );
    show(<CurrentOrder lang="en" {...props} />);
    expect(root.querySelector('[data-testid="override-note"]')?.textContent).toContain(
      "The carrier says delivered: your 'not delivered' answer was replaced.",
    );
    // Answered again by the seller afterwards: the note is over.
    expect(
      overrideNotes([
        {
          at: '2026-11-22T09:00:00.000Z',
          changes: [
            {
              path: 'p',
              source: 'api',
              overrode: { source: 'user', seenAt: '2026-11-20T09:00:00.000Z' },
            },
          ],
        },
        { at: '2026-11-23T09:00:00.000Z', changes: [{ path: 'p', source: 'user' }] },
      ]),
    ).toEqual([]);
  });
});
