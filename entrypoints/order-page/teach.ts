import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Box, TeachView } from '../../components/overlay/TeachLayer';
import { dayInZone } from '../../core/dates/zoned-day';
import { marketplaceFor } from '../../core/marketplaces';
import { dateLocaleFor } from '../../core/page/reader/candidates';
import { OWN_UI_TAG } from '../../core/page/text';
import type { LearnedRule, TeachableField } from '../../core/teach/learned-rule';
import { placeOf } from '../../core/teach/nearest-label';
import { type PickedValue, readPickedValue } from '../../core/teach/picked-value';
import { type ReadBack, readsBackOn } from '../../core/teach/reads-back';

// Teach mode (issue 12): the seller points at the value of a field on the page. The picker
// listens on the window in the capture phase, before any of the page's own listeners, so a
// click on the page picks an element and does nothing else (no link followed, no page handler
// run). Events aimed at our own overlay pass untouched: its buttons (confirm, cancel) must work.
// Only the seller's own events count: an event a page script made (`isTrusted` false) picks
// nothing, outlines nothing, cancels nothing, and reaches the page as it would without us.

type InvalidationContext = Pick<ContentScriptContext, 'onInvalidated'>;

/** The example kept with a rule is at most this long (LearnedRuleSchema). */
const MAX_EXAMPLE = 120;

/**
 * The page element an event is aimed at, inside open shadow roots too (the event's composed
 * path starts there, where `target` is retargeted to the shadow host); null when the event is
 * aimed at MCF Desk's own overlay.
 */
export function pageElementOf(event: Event): Element | null {
  const path = event.composedPath();
  for (const node of path)
    if ((node as Node).nodeType === 1 && (node as Element).localName === OWN_UI_TAG) return null;
  const first = path[0] as Node | undefined;
  if (!first) return null;
  // A text node (some synthetic events): its element holds the value.
  return first.nodeType === 1 ? (first as Element) : first.parentElement;
}

export interface PickerCallbacks {
  /** The page element under the pointer changed (null over our own overlay). */
  onHover: (element: Element | null) => void;
  /** The seller clicked this page element. */
  onPick: (element: Element) => void;
  /** Esc. */
  onCancel: () => void;
  /** The page scrolled or the window was resized: outlines must follow their elements. */
  onViewportChange: () => void;
}

/** Whether the browser made `event` from the seller's input (a page script's events are not). */
export const isTrustedEvent = (event: Event): boolean => event.isTrusted === true;

/** Events of a click that the page must not see while the seller is picking. */
const SWALLOWED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'dblclick', 'auxclick'] as const;

/**
 * Starts the picker; returns the function that stops it. Every listener goes away when it is
 * stopped or when the content script is invalidated. Not `ctx.addEventListener`: it ties a
 * listener to the context's own signal only, and the picker's listeners must also go when the
 * picker ends, long before the context does.
 */
export function startPicker(
  ctx: InvalidationContext,
  callbacks: PickerCallbacks,
  win: Window = window,
  isTrusted: (event: Event) => boolean = isTrustedEvent,
): () => void {
  const controller = new AbortController();
  const removeInvalidated = ctx.onInvalidated(() => controller.abort());
  const options: AddEventListenerOptions = { capture: true, signal: controller.signal };

  /** Keeps a page event from the page; returns its element, or null when it is ours. */
  const swallow = (event: Event): Element | null => {
    if (!isTrusted(event)) return null;
    const element = pageElementOf(event);
    if (!element) return null;
    event.preventDefault();
    event.stopImmediatePropagation();
    return element;
  };
  for (const type of SWALLOWED) win.addEventListener(type, swallow, options);
  win.addEventListener(
    'click',
    (event) => {
      const element = swallow(event);
      if (element) callbacks.onPick(element);
    },
    options,
  );
  win.addEventListener(
    'pointerover',
    (event) => {
      if (isTrusted(event)) callbacks.onHover(pageElementOf(event));
    },
    options,
  );
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !isTrusted(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      callbacks.onCancel();
    },
    options,
  );
  const passive = { ...options, passive: true };
  win.addEventListener('scroll', () => callbacks.onViewportChange(), passive);
  win.addEventListener('resize', () => callbacks.onViewportChange(), passive);

  return () => {
    controller.abort();
    removeInvalidated();
  };
}

/** The locale a picked date is read in: the page's language, else the marketplace's (as the reader). */
export function pickedLocale(doc: Document, host: string): string {
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim() ?? '';
  const marketplace = marketplaceFor(host, htmlLang || undefined);
  return dateLocaleFor(htmlLang, new Map(), marketplace?.locale ?? 'en-GB');
}

/** Today in the marketplace's zone: the year of a date shown without one is found from it. */
export function referenceDayFor(host: string, now: Date): string {
  return dayInZone(now, marketplaceFor(host)?.timeZone ?? 'UTC');
}

/**
 * The rule that lets the next page of this layout be read: the label nearest to the picked
 * element, or its path from an identified ancestor; given `readBack`, the nearest of them that
 * reads the picked value back on this page, at the picked element. Null when none does (the value
 * is then kept for this order only). Not checked against LearnedRuleSchema here: zod would add ~18 KB gzip to this
 * module, and the background checks every `learned.add` before storing it.
 */
export function learnedRuleFor(
  element: Element,
  taught: { field: TeachableField; override: boolean; host: string; createdAt: string; example: string },
  readBack?: Pick<ReadBack, 'url' | 'value' | 'nativeVisibility'>,
): LearnedRule | null {
  const check =
    readBack &&
    readsBackOn(element.ownerDocument, {
      ...readBack,
      now: taught.createdAt,
      field: taught.field,
      override: taught.override,
      picked: element,
    });
  const place = placeOf(element, check);
  if (!place) return null;
  return {
    host: taught.host,
    field: taught.field,
    ...place,
    override: taught.override,
    createdAt: taught.createdAt,
    example: taught.example.slice(0, MAX_EXAMPLE),
  };
}

/** What the overlay draws while the seller teaches, with the session's own buttons. */
export type TeachPanel = TeachView & { onConfirm: () => void; onCancel: () => void };

export interface TeachTarget {
  field: TeachableField;
  /** The field had been read: the seller says it was read wrongly (the rule wins over built-ins). */
  override: boolean;
}

export interface TeachDeps {
  /** The page's host name (`location.hostname`): the host of the rule. */
  host: string;
  now: () => Date;
  /** The layer to draw; null when the session is over. */
  onChange: (panel: TeachPanel | null) => void;
  /** Stores the value as the seller's and the rule when there is one; rejects to let them retry. */
  save: (value: string, rule: LearnedRule | null) => Promise<void>;
  doc?: Document;
  win?: Window;
  /** Whether an event is the seller's own (default: `event.isTrusted`). */
  isTrusted?: (event: Event) => boolean;
}

export interface TeachSession {
  confirm: () => Promise<void>;
  cancel: () => void;
}

function boxOf(element: Element): Box {
  const rect = element.getBoundingClientRect();
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}

/** The rule a confirmed pick teaches, if one reads this very page back to the picked value. */
function ruleOfPick(
  element: Element,
  value: Extract<PickedValue, { ok: true }>,
  target: TeachTarget,
  deps: TeachDeps,
  doc: Document,
): LearnedRule | null {
  return learnedRuleFor(
    element,
    {
      field: target.field,
      override: target.override,
      host: deps.host,
      createdAt: deps.now().toISOString(),
      example: value.shown,
    },
    // As the page is read (page-outcome.ts): a rule must read this very page right.
    { url: doc.location.href, value: value.value, nativeVisibility: true },
  );
}

/**
 * One teaching of one field: the picker runs until the seller confirms a value that has its
 * field's shape, or cancels. A pick that fails the shape check is shown with its reason and the
 * seller may pick again.
 */
export function startTeach(ctx: InvalidationContext, target: TeachTarget, deps: TeachDeps): TeachSession {
  const doc = deps.doc ?? document;
  const win = deps.win ?? window;
  const locale = pickedLocale(doc, deps.host);
  const referenceDay = referenceDayFor(deps.host, deps.now());
  const timeZone = marketplaceFor(deps.host)?.timeZone;
  let hovered: Element | null = null;
  let picked: { element: Element; value: PickedValue } | null = null;
  let saving = false;
  let error: string | undefined;
  let done = false;
  let frame = 0;

  const render = () => {
    if (done) return;
    deps.onChange({
      field: target.field,
      hovered: hovered ? boxOf(hovered) : null,
      picked: picked ? { box: boxOf(picked.element), value: picked.value } : null,
      saving,
      error,
      onConfirm: () => void confirm(),
      onCancel: cancel,
    });
  };
  // The pointer crosses many elements a second: draw at most once a frame.
  const schedule = () => {
    if (frame === 0)
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        render();
      });
  };
  const stopPicker = startPicker(
    ctx,
    {
      onHover: (element) => {
        if (element === hovered) return;
        hovered = element;
        schedule();
      },
      onPick: (element) => {
        if (saving) return;
        picked = { element, value: readPickedValue(element, target.field, locale, referenceDay, timeZone) };
        error = undefined;
        render();
      },
      onCancel: () => cancel(),
      onViewportChange: schedule,
    },
    win,
    deps.isTrusted,
  );
  // The context going away ends the session too (its listeners are already gone).
  const removeInvalidated = ctx.onInvalidated(() => finish());

  function finish() {
    if (done) return;
    done = true;
    stopPicker();
    removeInvalidated();
    if (frame !== 0) win.cancelAnimationFrame(frame);
    deps.onChange(null);
  }

  function cancel() {
    if (!saving) finish();
  }

  async function confirm() {
    if (done || saving || !picked?.value.ok) return;
    const { element, value } = picked;
    saving = true;
    error = undefined;
    render();
    const rule = ruleOfPick(element, value, target, deps, doc);
    try {
      await deps.save(value.value, rule);
      saving = false;
      finish();
    } catch (e) {
      saving = false;
      error = e instanceof Error ? e.message : String(e);
      render();
    }
  }

  render();
  return { confirm, cancel };
}
