// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onLocationChange } from '../../../entrypoints/content/location-change';

// `wxt:locationchange` can be forged by the page: only a real change of address counts, and a
// burst of changes restarts the reading at most once per interval.

let href = 'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567';
let ctx: ContentScriptContext;
/** The event as the page can forge it: its name, nothing else (no URL). */
const forge = () => window.dispatchEvent(new Event(`${browser.runtime.id}:content:wxt:locationchange`));

function listen() {
  const calls: string[] = [];
  onLocationChange(ctx, (to) => calls.push(to), { minIntervalMs: 300, href: () => href });
  return calls;
}

beforeEach(() => {
  vi.useFakeTimers();
  href = 'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567';
  // The entrypoint's name WXT puts in its event names.
  vi.stubEnv('ENTRYPOINT', 'content');
  ctx = new ContentScriptContext('content');
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('onLocationChange', () => {
  it('does nothing on a forged event when the address did not change', async () => {
    const calls = listen();
    forge();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toEqual([]);
  });

  it('acts once on a flood of forged events, then only on a real change', async () => {
    const calls = listen();
    // One forged event every 10 ms for 2 s: ~200 events.
    for (let i = 0; i < 200; i++) {
      forge();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(calls).toEqual([]);
    href = 'https://sellercentral.amazon.fr/orders-v3/order/403-2223334-4445556';
    forge();
    await vi.advanceTimersByTimeAsync(10);
    for (let i = 0; i < 100; i++) {
      forge();
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(calls).toEqual([href]);
  });

  it('reads the address after the event (WXT relays the navigate event before the address changes)', async () => {
    const calls = listen();
    forge();
    href = 'https://sellercentral.amazon.fr/mcf/orders/order-details?orderId=VMS-2024-0042';
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([href]);
  });

  it('coalesces a burst of real changes: at most one call per interval, ending with the last address', async () => {
    const calls = listen();
    // A page pushing a new address every 10 ms for 2 s.
    for (let i = 1; i <= 200; i++) {
      href = `https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567?step=${i}`;
      forge();
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.length).toBeLessThanOrEqual(Math.ceil(2_000 / 300) + 1);
    expect(calls.at(-1)).toBe(href);
  });

  it('stops with the content script', async () => {
    const calls = listen();
    ctx.abort();
    href = 'https://sellercentral.amazon.fr/home';
    forge();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toEqual([]);
  });
});
