// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from '../../../entrypoints/order-page/watch-page';

// The page is "read" as the text of <main>; a reading is ready once it says "status".
function setup(timeoutMs = 5_000, holdMs?: (reading: string) => number | undefined) {
  const invalidated: (() => void)[] = [];
  const ctx = {
    isInvalid: false,
    onInvalidated: (cb: () => void) => invalidated.push(cb),
  } as unknown as ContentScriptContext;
  const controller = new AbortController();
  const seen: string[] = [];
  const main = document.createElement('main');
  document.body.append(main);
  const start = () =>
    watchPage<string>(ctx, controller.signal, {
      read: () => (main.textContent ? main.textContent : null),
      signature: (r) => r,
      isReady: (r) => r.includes('status'),
      isComplete: (r) => r.includes('complete'),
      onReading: (r) => seen.push(r),
      holdMs,
      timeoutMs,
      settleMs: 100,
    });
  return {
    main,
    seen,
    start,
    controller,
    invalidate: () => {
      for (const cb of invalidated) cb();
    },
  };
}

/** Watches with every reading ready and none complete, as the page changes at any time. */
function watchAlways(read: () => string, seen: string[]) {
  watchPage<string>(
    { isInvalid: false, onInvalidated: () => undefined } as unknown as ContentScriptContext,
    new AbortController().signal,
    {
      read,
      signature: (r) => r,
      isReady: () => true,
      isComplete: () => false,
      onReading: (r) => seen.push(r),
      timeoutMs: 5_000,
      settleMs: 100,
    },
  );
}

async function settle(ms = 150) {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('watchPage', () => {
  it('reads content that becomes visible at any time, long after the first watch', async () => {
    const page = setup(5_000);
    const panel = document.createElement('section');
    panel.hidden = true;
    panel.textContent = ' and a tracking number';
    page.main.textContent = 'status';
    page.main.append(panel);
    // The fake reader sees what is shown: hidden content is left out.
    const visibleText = () => (panel.hidden ? 'status' : 'status and a tracking number');
    const seen: string[] = [];
    watchAlways(visibleText, seen);
    await settle(60_000);
    expect(seen).toEqual(['status']);
    panel.hidden = false;
    await settle(1_100);
    expect(seen).toEqual(['status', 'status and a tracking number']);
  });

  it('reads a region again when it stops being busy, with no other change to the page', async () => {
    const page = setup(5_000);
    const region = document.createElement('section');
    region.setAttribute('aria-busy', 'true');
    region.textContent = ' delivered';
    page.main.textContent = 'status';
    page.main.append(region);
    // The fake reader leaves out a busy region's stale content, as the reader does.
    const seen: string[] = [];
    watchAlways(() => (region.getAttribute('aria-busy') === 'true' ? 'status' : 'status delivered'), seen);
    await settle(60_000);
    expect(seen).toEqual(['status']);
    region.setAttribute('aria-busy', 'false');
    await settle(1_100);
    expect(seen).toEqual(['status', 'status delivered']);
  });

  it('sends a ready reading at once and each new one once', async () => {
    const { main, seen, start } = setup();
    main.textContent = 'id status';
    start();
    expect(seen).toEqual(['id status']);
    main.append(' ');
    main.textContent = 'id status';
    await settle();
    expect(seen).toEqual(['id status']);
    main.textContent = 'id status shipped';
    await settle();
    expect(seen).toEqual(['id status', 'id status shipped']);
  });

  it('holds back a reading that is not ready, and sends it when time is up if nothing better came', async () => {
    const { main, seen, start } = setup(1_000);
    main.textContent = 'id edd';
    start();
    await settle();
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen).toEqual(['id edd']);
  });

  it('replaces a held reading by the ready one that follows (a late-rendered page)', async () => {
    const { main, seen, start } = setup(1_000);
    main.textContent = 'id edd';
    start();
    main.textContent = 'id edd status';
    await settle();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seen).toEqual(['id edd status']);
  });

  it('once complete, reads later changes at a slower pace; stops when aborted or invalidated', async () => {
    const first = setup();
    first.main.textContent = 'status complete';
    first.start();
    first.main.textContent = 'status complete and more';
    await settle();
    expect(first.seen).toEqual(['status complete']);
    // Content shown later (a tab panel opened by the seller) is read, after the quiet settle time.
    await settle(1_000);
    expect(first.seen).toEqual(['status complete', 'status complete and more']);

    document.body.innerHTML = '';
    const second = setup();
    second.main.textContent = 'status';
    second.start();
    second.controller.abort();
    second.main.textContent = 'status changed';
    await settle();
    expect(second.seen).toEqual(['status']);

    document.body.innerHTML = '';
    const third = setup();
    third.main.textContent = 'status';
    third.start();
    third.invalidate();
    third.main.textContent = 'status changed';
    await settle();
    expect(third.seen).toEqual(['status']);
  });

  it('sends a held reading after its hold time (a refused page), unless a ready one comes first', async () => {
    const holdRefusals = (r: string) => (r.startsWith('refused') ? 500 : undefined);
    const first = setup(5_000, holdRefusals);
    first.main.textContent = 'refused';
    first.start();
    await vi.advanceTimersByTimeAsync(400);
    expect(first.seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(first.seen).toEqual(['refused']);

    document.body.innerHTML = '';
    const second = setup(5_000, holdRefusals);
    second.main.textContent = 'refused';
    second.start();
    await vi.advanceTimersByTimeAsync(100);
    second.main.textContent = 'id status';
    await vi.advanceTimersByTimeAsync(2_000);
    expect(second.seen).toEqual(['id status']);
  });
});
