import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// In-app navigation, as WXT's location watcher reports it (`wxt:locationchange` on window). The
// page can dispatch that event too (its name holds only the public extension id), as often as it
// likes, and a forged event carries no URL we could read. So the event is only a hint: what
// counts is `location.href`, read after the event (during the Navigation API's `navigate` event,
// which WXT relays, the address has not changed yet). A change is acted on when the address
// differs from the last one acted on, and at most once per `minIntervalMs` (a burst of
// navigations ends with the last address).

export interface LocationChangeOptions {
  /** Least time between two calls of `onChange`. */
  minIntervalMs?: number;
  /** The current address (tests). */
  href?: () => string;
  /** The current time in ms (tests). */
  now?: () => number;
}

export const LOCATION_CHANGE_MIN_INTERVAL_MS = 300;

/** Calls `onChange(href)` after each real change of address, coalesced; stops with the context. */
export function onLocationChange(
  ctx: ContentScriptContext,
  onChange: (href: string) => void,
  options: LocationChangeOptions = {},
): void {
  const {
    minIntervalMs = LOCATION_CHANGE_MIN_INTERVAL_MS,
    href = () => location.href,
    now = () => Date.now(),
  } = options;
  let actedOn = href();
  let lastAct = Number.NEGATIVE_INFINITY;
  let pending = false;
  const act = () => {
    pending = false;
    const current = href();
    if (current === actedOn) return;
    actedOn = current;
    lastAct = now();
    onChange(current);
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // One check at a time: a flood of events costs one timer and one comparison per interval.
    if (pending) return;
    pending = true;
    ctx.setTimeout(act, Math.max(0, lastAct + minIntervalMs - now()));
  });
}
