// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPage } from '../../../core/page/read-order-page';
import {
  isTrustedEvent,
  learnedRuleFor,
  pageElementOf,
  pickedLocale,
  referenceDayFor,
  startPicker,
  startTeach,
  type TeachDeps,
  type TeachPanel,
} from '../../../entrypoints/order-page/teach';

// Teach mode's picker on happy-dom pages: what it picks (inside open shadow roots too, never
// our own overlay), what the page's own handlers see (nothing while picking, everything after),
// and a whole teaching from a pick to a rule that reads the next page of the same layout.

const HOST = 'sellercentral.amazon.fr';

/** A content-script context that can be invalidated, as WXT's own does. */
function fakeContext() {
  const controller = new AbortController();
  const ctx = {
    onInvalidated: (cb: () => void) => {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
  } as Pick<ContentScriptContext, 'onInvalidated'>;
  return { ctx, invalidate: () => controller.abort() };
}

function callbacks() {
  return { onHover: vi.fn(), onPick: vi.fn(), onCancel: vi.fn(), onViewportChange: vi.fn() };
}

/**
 * An event as the browser makes it from the seller's input. happy-dom's events are never
 * trusted (nor are a page script's); a browser's own `isTrusted` cannot be redefined.
 */
const trusted = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
const click = (target: Element) =>
  target.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true })));
const pressEscape = () =>
  window.dispatchEvent(
    trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })),
  );
/** What a page script can do: the same events, untrusted. */
const scriptClick = (target: Element) =>
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));

/**
 * An order page whose EDD label is a wording no dictionary knows; the other labels are known.
 * Same layout as the e2e pages (tests/e2e/teach.spec.ts), as a seller's page would repeat.
 */
function orderPage(id: string, edd: string): string {
  return `
  <div id="MYO-app"><h1>Détails de la commande</h1>
    <div class="a-box">
      <div class="row"><span class="lbl">N° de commande :</span><span>${id}</span></div>
      <div class="row"><span class="lbl">Statut :</span><span>Expédié</span></div>
      <div class="row"><span class="lbl">Date d'expédition :</span><span>12 nov. 2026</span></div>
      <div class="row"><span class="lbl">Arrivée chez le client au plus tard :</span><span class="edd">${edd}</span></div>
    </div>
    <div class="a-box">
      <div class="row"><span class="lbl">Transporteur :</span><span>Colissimo</span></div>
      <div class="row"><span class="lbl">Numéro de suivi :</span><span class="tracking">6A12345678901</span></div>
      <table><thead><tr><th>SKU</th><th>Produit</th><th>Quantité</th></tr></thead>
        <tbody><tr><td>MUG-BLEU-350</td><td>Mug céramique</td><td>2</td></tr></tbody></table>
    </div>
  </div>`;
}

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'fr-FR');
});
afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

describe('pageElementOf', () => {
  it('is the element inside an open shadow root, not its host', () => {
    const host = document.createElement('kat-box');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<span id="inner">16 nov. 2026</span>';
    let seen: Element | null = null;
    window.addEventListener('click', (e) => (seen = pageElementOf(e)), { capture: true, once: true });
    click(root.getElementById('inner')!);
    expect(seen).toBe(root.getElementById('inner'));
  });

  it('is null for anything inside our own overlay', () => {
    const own = document.createElement('mcf-desk-overlay');
    document.body.append(own);
    const root = own.attachShadow({ mode: 'open' });
    root.innerHTML = '<button>Confirmer</button>';
    let seen: Element | null | undefined;
    window.addEventListener('click', (e) => (seen = pageElementOf(e)), { capture: true, once: true });
    click(root.querySelector('button')!);
    expect(seen).toBeNull();
  });
});

describe('startPicker', () => {
  it('picks the clicked element and keeps the click from the page (no handler, no default)', () => {
    document.body.innerHTML = '<a href="#elsewhere"><span id="value">16 nov. 2026</span></a>';
    const pageHandler = vi.fn();
    document.body.addEventListener('click', pageHandler);
    const { ctx } = fakeContext();
    const cb = callbacks();
    const stop = startPicker(ctx, cb);
    const value = document.getElementById('value')!;
    const event = trusted(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    value.dispatchEvent(event);
    expect(cb.onPick).toHaveBeenCalledWith(value);
    expect(pageHandler).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
    for (const type of ['mousedown', 'pointerdown', 'mouseup']) {
      const down = trusted(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true }));
      document.body.addEventListener(type, pageHandler);
      value.dispatchEvent(down);
      expect(down.defaultPrevented).toBe(true);
    }
    expect(pageHandler).not.toHaveBeenCalled();
    stop();
  });

  it("ignores a page script's events: no pick, no outline, no cancel, and the page gets them", () => {
    document.body.innerHTML = '<span id="value">16 nov. 2026</span>';
    const pageHandler = vi.fn();
    document.body.addEventListener('click', pageHandler);
    const cb = callbacks();
    const stop = startPicker(fakeContext().ctx, cb);
    const value = document.getElementById('value')!;
    const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    value.dispatchEvent(event);
    value.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true, cancelable: true }));
    value.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(cb.onPick).not.toHaveBeenCalled();
    expect(cb.onHover).not.toHaveBeenCalled();
    expect(cb.onCancel).not.toHaveBeenCalled();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(false);
    stop();
  });

  it('asks the guard it is given whether an event is the seller’s (default: isTrusted)', () => {
    expect(isTrustedEvent(new MouseEvent('click'))).toBe(false);
    expect(isTrustedEvent(trusted(new MouseEvent('click')))).toBe(true);
    document.body.innerHTML = '<span id="value">16 nov. 2026</span>';
    const value = document.getElementById('value')!;
    const cb = callbacks();
    const stop = startPicker(fakeContext().ctx, cb, window, () => true);
    scriptClick(value);
    expect(cb.onPick).toHaveBeenCalledWith(value);
    stop();
  });

  it('lets clicks on our own overlay through, so its confirm and cancel buttons work', () => {
    const own = document.createElement('mcf-desk-overlay');
    document.body.append(own);
    const root = own.attachShadow({ mode: 'open' });
    root.innerHTML = '<button>Annuler</button>';
    const button = root.querySelector('button')!;
    const ownHandler = vi.fn();
    button.addEventListener('click', ownHandler);
    const cb = callbacks();
    const stop = startPicker(fakeContext().ctx, cb);
    click(button);
    expect(ownHandler).toHaveBeenCalledTimes(1);
    expect(cb.onPick).not.toHaveBeenCalled();
    stop();
  });

  it('follows the pointer into shadow roots, and says when it is over our overlay', () => {
    const host = document.createElement('kat-label');
    const own = document.createElement('mcf-desk-overlay');
    document.body.append(host, own);
    host.attachShadow({ mode: 'open' }).innerHTML = '<b>6A12345678901</b>';
    own.attachShadow({ mode: 'open' }).innerHTML = '<p>panel</p>';
    const cb = callbacks();
    const stop = startPicker(fakeContext().ctx, cb);
    const over = (target: Element) =>
      target.dispatchEvent(trusted(new PointerEvent('pointerover', { bubbles: true, composed: true })));
    over(host.shadowRoot!.querySelector('b')!);
    expect(cb.onHover).toHaveBeenLastCalledWith(host.shadowRoot!.querySelector('b'));
    over(own.shadowRoot!.querySelector('p')!);
    expect(cb.onHover).toHaveBeenLastCalledWith(null);
    stop();
  });

  it('cancels on Esc and tells the viewport moved on scroll', () => {
    const cb = callbacks();
    const stop = startPicker(fakeContext().ctx, cb);
    pressEscape();
    expect(cb.onCancel).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('scroll'));
    expect(cb.onViewportChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('leaves the page alone once stopped, and when the content script is invalidated', () => {
    document.body.innerHTML = '<span id="value">x</span>';
    const pageHandler = vi.fn();
    document.body.addEventListener('click', pageHandler);
    const value = document.getElementById('value')!;

    const cb = callbacks();
    const stop = startPicker(fakeContext().ctx, cb);
    stop();
    click(value);
    pressEscape();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(cb.onPick).not.toHaveBeenCalled();
    expect(cb.onCancel).not.toHaveBeenCalled();

    const { ctx, invalidate } = fakeContext();
    const other = callbacks();
    startPicker(ctx, other);
    invalidate();
    click(value);
    expect(pageHandler).toHaveBeenCalledTimes(2);
    expect(other.onPick).not.toHaveBeenCalled();
  });
});

describe('locale, reference day and rule', () => {
  it("reads dates in the page's language, else the marketplace's", () => {
    expect(pickedLocale(document, HOST)).toBe('fr-FR');
    document.documentElement.setAttribute('lang', 'de');
    expect(pickedLocale(document, 'sellercentral-europe.amazon.com')).toBe('de-DE');
    document.documentElement.removeAttribute('lang');
    expect(pickedLocale(document, 'sellercentral.amazon.de')).toBe('de-DE');
  });

  it("takes today in the marketplace's zone (Paris is an hour ahead at midnight UTC)", () => {
    expect(referenceDayFor(HOST, new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('builds a rule from the nearest label, or from a path, with the example cut to 120', () => {
    document.body.innerHTML = `${orderPage('402-1111111-1111111', '16 nov. 2026')}
      <div id="notes"><div><i>${'9'.repeat(150)}</i></div></div>`;
    const base = { override: false, host: HOST, createdAt: '2026-12-01T10:00:00.000Z' };
    const byLabel = learnedRuleFor(document.querySelector('.edd')!, {
      ...base,
      field: 'estimatedArrivalDate',
      example: '16 nov. 2026',
    });
    expect(byLabel).toEqual({
      ...base,
      field: 'estimatedArrivalDate',
      label: 'arrivee chez le client au plus tard',
      example: '16 nov. 2026',
    });
    const byPath = learnedRuleFor(document.querySelector('#notes i')!, {
      ...base,
      field: 'trackingNumber',
      example: '9'.repeat(150),
    });
    expect(byPath?.path).toBe('#notes>0>0');
    expect(byPath?.example).toHaveLength(120);
    const orphan = document.createElement('span');
    expect(learnedRuleFor(orphan, { ...base, field: 'carrierCode', example: 'x' })).toBeNull();
  });
});

describe('startTeach', () => {
  function teach(save = vi.fn<TeachDeps['save']>(async () => {})) {
    const panels: (TeachPanel | null)[] = [];
    const session = startTeach(
      fakeContext().ctx,
      { field: 'estimatedArrivalDate', override: false },
      {
        host: HOST,
        now: () => new Date('2026-12-01T10:00:00Z'),
        onChange: (panel) => panels.push(panel),
        save,
      },
    );
    return { session, panels, save, last: () => panels.at(-1) };
  }

  it('stores nothing when a page script clicks an element it made and then confirms', async () => {
    document.body.innerHTML = orderPage('402-1111111-1111111', '16 nov. 2026');
    const made = document.createElement('span');
    made.textContent = '1 janv. 2027';
    document.body.append(made);
    const { session, save, last } = teach();
    scriptClick(made);
    expect(last()?.picked).toBeNull();
    last()?.onConfirm();
    await session.confirm();
    expect(save).not.toHaveBeenCalled();
    session.cancel();
  });

  it('shows why a pick is refused, lets the seller pick again, and saves the value with its rule', async () => {
    document.body.innerHTML = orderPage('402-1111111-1111111', '16 nov. 2026');
    const { session, save, last } = teach();
    expect(last()).toMatchObject({ field: 'estimatedArrivalDate', hovered: null, picked: null });

    click(document.querySelector('.tracking')!);
    expect(last()?.picked?.value).toEqual({ ok: false, shown: '6A12345678901', reason: 'not-a-date' });
    await session.confirm();
    expect(save).not.toHaveBeenCalled();

    click(document.querySelector('.edd')!);
    expect(last()?.picked?.value).toEqual({ ok: true, value: '2026-11-16', shown: '16 nov. 2026' });
    last()?.onConfirm();
    await vi.waitFor(() => expect(last()).toBeNull());
    expect(save).toHaveBeenCalledWith('2026-11-16', {
      host: HOST,
      field: 'estimatedArrivalDate',
      label: 'arrivee chez le client au plus tard',
      override: false,
      createdAt: '2026-12-01T10:00:00.000Z',
      example: '16 nov. 2026',
    });
    // Over: the page has its clicks back.
    const pageHandler = vi.fn();
    document.body.addEventListener('click', pageHandler);
    click(document.querySelector('.edd')!);
    expect(pageHandler).toHaveBeenCalledTimes(1);
  });

  it('stays open with the error when saving fails, so the seller can try again', async () => {
    document.body.innerHTML = orderPage('402-1111111-1111111', '16 nov. 2026');
    const save = vi.fn<TeachDeps['save']>(async () => {
      throw new Error('worker stopped');
    });
    const { session, last } = teach(save);
    click(document.querySelector('.edd')!);
    await session.confirm();
    expect(last()).toMatchObject({ saving: false, error: 'worker stopped' });
    save.mockResolvedValueOnce(undefined);
    await session.confirm();
    expect(last()).toBeNull();
  });

  it('ends on Esc with nothing saved', () => {
    document.body.innerHTML = orderPage('402-1111111-1111111', '16 nov. 2026');
    const { save, last } = teach();
    click(document.querySelector('.edd')!);
    pressEscape();
    expect(last()).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('outlines the element under the pointer, once a frame', async () => {
    document.body.innerHTML = orderPage('402-1111111-1111111', '16 nov. 2026');
    const { session, panels, last } = teach();
    const before = panels.length;
    for (const target of [document.querySelector('.edd')!, document.querySelector('.tracking')!])
      target.dispatchEvent(trusted(new PointerEvent('pointerover', { bubbles: true, composed: true })));
    await vi.waitFor(() => expect(last()?.hovered).not.toBeNull());
    expect(panels.length).toBe(before + 1);
    session.cancel();
  });

  it('teaches a rule that reads the next page of the same layout, which lacked its EDD', async () => {
    const url = (id: string) => `https://${HOST}/orders-v3/order/${id}`;
    const now = '2026-12-01T10:00:00.000Z';
    document.body.innerHTML = orderPage('402-1111111-1111111', '16 nov. 2026');
    const first = readPage(document, url('402-1111111-1111111'), { now });
    expect(first.kind === 'order' && first.reading.missing).toContain('estimatedArrivalDate');

    const { session, save } = teach();
    click(document.querySelector('.edd')!);
    await session.confirm();
    const rule = save.mock.calls[0]?.[1];
    if (!rule) throw new Error('no rule learned');

    document.body.innerHTML = orderPage('402-2222222-2222222', '20 nov. 2026');
    const next = readPage(document, url('402-2222222-2222222'), { now, learned: [rule] });
    if (next.kind !== 'order') throw new Error('the next page is an order page');
    expect(next.reading.missing).not.toContain('estimatedArrivalDate');
    const order = next.reading.order;
    expect(order.shipments?.[0]?.estimatedArrivalDate ?? order.estimatedArrivalDate).toBe('2026-11-20');
    // Another host's rule is not this page's.
    const elsewhere = readPage(document, url('402-2222222-2222222'), {
      now,
      learned: [{ ...rule, host: 'sellercentral.amazon.de' }],
    });
    expect(elsewhere.kind === 'order' && elsewhere.reading.missing).toContain('estimatedArrivalDate');
  });
});
