import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// Seller Central draws most pages with client-side apps: the order may appear seconds after the
// content script ran. Watch the page's mutations cheaply: one look at most every `intervalMs`
// (the first mutation schedules it, the others wait for it), for `timeoutMs` at most, and stop
// at the first yes, on `stop()`, or when the content script is invalidated.

export interface WatchForOrderOptions {
  intervalMs?: number;
  timeoutMs?: number;
  /** Called once if `timeoutMs` passes with no yes (not on `stop()`). */
  onGiveUp?: () => void;
}

/** Calls `onFound` once when `looksLikeOrder()` says yes after a mutation; returns `stop`. */
export function watchForOrder(
  ctx: ContentScriptContext,
  looksLikeOrder: () => boolean,
  onFound: () => void,
  { intervalMs = 250, timeoutMs = 20_000, onGiveUp }: WatchForOrderOptions = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const observer = new MutationObserver(() => {
    if (timer === undefined && !stopped) timer = setTimeout(look, intervalMs);
  });
  const deadline = setTimeout(() => {
    stop();
    onGiveUp?.();
  }, timeoutMs);
  const removeInvalidated = ctx.onInvalidated(() => stop());
  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(deadline);
    if (timer !== undefined) clearTimeout(timer);
    removeInvalidated();
  }
  function look(): void {
    timer = undefined;
    if (stopped) return;
    if (looksLikeOrder()) {
      stop();
      onFound();
    }
  }
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  return stop;
}
