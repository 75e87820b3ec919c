import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// Seller Central renders order details late (client-side apps, Katal components). Watch the
// page for a bounded time and hand every *new* reading to `onReading`; stop early once the
// reading is complete, and always when the content script is invalidated.

export interface WatchOptions<R> {
  read: () => R | null;
  /** Same signature, same reading: sends nothing new. */
  signature: (reading: R) => string;
  isComplete: (reading: R) => boolean;
  onReading: (reading: R) => void;
  timeoutMs?: number;
  settleMs?: number;
}

export function watchPage<R>(ctx: ContentScriptContext, signal: AbortSignal, options: WatchOptions<R>): void {
  const { timeoutMs = 15_000, settleMs = 300 } = options;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const observer = new MutationObserver(() => {
    if (timer === undefined) timer = setTimeout(check, settleMs);
  });
  const stop = () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  signal.addEventListener('abort', stop, { once: true });
  ctx.onInvalidated(stop);
  setTimeout(stop, timeoutMs);

  function check(): void {
    timer = undefined;
    if (signal.aborted || ctx.isInvalid) {
      stop();
      return;
    }
    const reading = options.read();
    if (!reading) return;
    const signature = options.signature(reading);
    if (signature !== last) {
      last = signature;
      options.onReading(reading);
    }
    if (options.isComplete(reading)) stop();
  }

  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  check();
}
