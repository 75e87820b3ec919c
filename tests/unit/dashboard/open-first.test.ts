import { afterEach, describe, expect, it, vi } from 'vitest';
import { openedOrWaited } from '../../../entrypoints/dashboard/open-first';

// The dashboard renders once its database is open, never later than the wait, and also when the
// open fails (the page then tells it).

afterEach(() => vi.useRealTimers());

async function settledAfter(open: Promise<unknown>, ms: number): Promise<boolean> {
  let done = false;
  void openedOrWaited(open, 250).then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return done;
}

describe('render once the database is open', () => {
  it('goes as soon as the open succeeds, before the wait is over', async () => {
    vi.useFakeTimers();
    let open!: () => void;
    const opening = new Promise<void>((resolve) => {
      open = resolve;
    });
    let done = false;
    void openedOrWaited(opening, 250).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(20);
    expect(done).toBe(false);
    open();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('goes after the wait when the open hangs (an upgrade, a blocked open)', async () => {
    vi.useFakeTimers();
    const hanging = new Promise<void>(() => undefined);
    expect(await settledAfter(hanging, 249)).toBe(false);
    vi.useRealTimers();
    vi.useFakeTimers();
    expect(await settledAfter(hanging, 250)).toBe(true);
  });

  it('goes at once when the open fails, without an unhandled rejection', async () => {
    vi.useFakeTimers();
    expect(await settledAfter(Promise.reject(new Error('quota')), 0)).toBe(true);
  });
});
