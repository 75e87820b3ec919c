import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// Seller Central renders order details late (client-side apps, Katal components). Watch the
// page and hand every *new* reading to `onReading`: closely at first, then, once the reading is
// complete or the first time is up, at a slower pace for as long as the page stays open, since
// content may show later (a tab panel the seller opens, a section expanded). Changes of
// visibility (hidden, style, class, aria-hidden, open) count as changes. Stops when the
// content script is invalidated or the watch aborted.
//
// A reading that is not ready yet (say, the order id and its EDD before the shipment table is
// drawn) is held back: stored, it would be judged on half the facts. It is sent only if nothing
// better comes before the time is up.

export interface WatchOptions<R> {
  read: () => R | null;
  /** Same signature, same reading: sends nothing new. */
  signature: (reading: R) => string;
  /** Enough to be judged (e.g. the order's status or its shipments are on the page). */
  isReady: (reading: R) => boolean;
  /** Nothing more to wait for. */
  isComplete: (reading: R) => boolean;
  onReading: (reading: R) => void;
  /**
   * How long a reading that is not ready may be held back before it is sent anyway (say, a page
   * refused: it may still turn into the order the address names). Until the time is up when absent.
   */
  holdMs?: (reading: R) => number | undefined;
  timeoutMs?: number;
  settleMs?: number;
  /** The settle time once the first watch is over: later changes are read at this pace. */
  quietSettleMs?: number;
}

/** Attributes that show or hide content (`aria-busy`: a region's stale content, not read until it settles). */
const VISIBILITY_ATTRIBUTES = [
  'hidden',
  'style',
  'class',
  'aria-hidden',
  'open',
  'aria-expanded',
  'aria-busy',
];

export function watchPage<R>(ctx: ContentScriptContext, signal: AbortSignal, options: WatchOptions<R>): void {
  const { timeoutMs = 15_000, settleMs = 300, quietSettleMs = 1_000 } = options;
  let quiet = false;
  let sent = '';
  let held: R | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let holdTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const observer = new MutationObserver(() => {
    if (timer === undefined) timer = setTimeout(check, quiet ? quietSettleMs : settleMs);
  });
  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (holdTimer !== undefined) clearTimeout(holdTimer);
  };
  const send = (reading: R, signature: string) => {
    sent = signature;
    held = undefined;
    if (holdTimer !== undefined) clearTimeout(holdTimer);
    holdTimer = undefined;
    options.onReading(reading);
  };
  const hold = (reading: R) => {
    held = reading;
    const ms = options.holdMs?.(reading);
    if (ms === undefined || holdTimer !== undefined) return;
    holdTimer = setTimeout(() => {
      holdTimer = undefined;
      if (held !== undefined && !stopped && !signal.aborted && !ctx.isInvalid)
        send(held, options.signature(held));
    }, ms);
  };
  signal.addEventListener('abort', stop, { once: true });
  ctx.onInvalidated(stop);
  const firstWatch = setTimeout(() => {
    if (stopped) return;
    quiet = true;
    if (held !== undefined && !signal.aborted && !ctx.isInvalid) send(held, options.signature(held));
  }, timeoutMs);
  const stopFirstWatch = () => clearTimeout(firstWatch);
  signal.addEventListener('abort', stopFirstWatch, { once: true });
  ctx.onInvalidated(stopFirstWatch);

  function check(): void {
    timer = undefined;
    if (signal.aborted || ctx.isInvalid) {
      stop();
      return;
    }
    const reading = options.read();
    if (!reading) return;
    const signature = options.signature(reading);
    if (signature !== sent) {
      if (options.isReady(reading)) send(reading, signature);
      else hold(reading);
    }
    if (options.isComplete(reading)) quiet = true;
  }

  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: VISIBILITY_ATTRIBUTES,
  });
  check();
}
