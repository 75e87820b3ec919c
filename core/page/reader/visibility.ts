import { INLINE_ELEMENTS as INLINE } from '../text';

// Whether an element is shown to the seller. Only what the seller sees counts: a hidden block
// earlier in the page (a decoy EDD, a stale tracking number) must never win over the visible one.
//
// In a browser the caller asks for `checkVisibility()` (layout-aware: stylesheets, inherited
// display). Without layout (happy-dom in the unit tests) hiddenness is derived from attributes,
// inline styles and the page's own stylesheet rules that hide, so the same cases stay covered.

export interface VisibilityJudge {
  isHidden(element: Element): boolean;
  /** Struck through: shown as no longer true (see `STRUCK`). */
  isStruck(element: Element): boolean;
}

/** Elements whose content is never shown, whatever their style. */
const NEVER_SHOWN: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'option',
  'datalist',
]);

const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
/**
 * Fully transparent text is not seen (`checkVisibility({ opacityProperty })` says so in a
 * browser). Kept apart from `styleHides`: a form's control drawn transparent over its own
 * picture (a custom radio button) is still the one the seller clicks.
 */
const TRANSPARENT_STYLE = /(?:^|;)\s*opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)%?\s*(?:!important\s*)?(?:;|$)/i;
/** Whether an inline `style` attribute hides its element (display, visibility, content-visibility). */
export const styleHides = (style: string): boolean => HIDING_STYLE.test(style);
const ZERO_WIDTH = /(?:^|;)\s*(?:max-)?width\s*:\s*0(?:px|em|rem|%)?\s*(?:!important\s*)?(?:;|$)/i;
const ZERO_HEIGHT = /(?:^|;)\s*(?:max-)?height\s*:\s*0(?:px|em|rem|%)?\s*(?:!important\s*)?(?:;|$)/i;
const CLIPPED = /overflow\s*:\s*hidden/i;

export const isNeverShown = (name: string): boolean => NEVER_SHOWN.has(name);

/**
 * Struck-through text: shown, but as no longer true (a cancelled shipment's planned dates, a
 * replaced tracking number, a date before a change). The reader takes none of it: by markup, or
 * by a `line-through` style (inline, or a rule of the page's: Seller Central's components strike
 * a replaced value with a class).
 */
const STRUCK: ReadonlySet<string> = new Set(['s', 'strike', 'del']);
const STRUCK_STYLE = /(?:^|;)\s*text-decoration(?:-line)?\s*:[^;]*line-through/i;
const struckByMarkup = (element: Element): boolean =>
  STRUCK.has(element.localName) || STRUCK_STYLE.test(element.getAttribute('style') ?? '');

const isTransparent = (opacity: string | undefined): boolean =>
  opacity !== undefined && opacity !== '' && Number.parseFloat(opacity) === 0;

/**
 * A region being replaced (`aria-busy`): what it still shows is what it held before (the
 * previously viewed order's values, greyed under a spinner), not yet this page's. Not the page
 * itself (its main content, or a region holding its title) marked busy while some part of it
 * loads, nor a region holding busy parts of its own: those say what is loading. The order page
 * is read again when `aria-busy` changes.
 */
const isStale = (element: Element): boolean =>
  element.getAttribute('aria-busy') === 'true' &&
  element.localName !== 'main' &&
  element.localName !== 'body' &&
  element.getAttribute('role') !== 'main' &&
  element.querySelector('h1, [aria-busy="true"]') === null;

/**
 * Hidden by its own markup: the `hidden` attribute, `aria-hidden`, a busy region's stale content,
 * an inline style, or being inside a closed <details> (only its <summary> shows).
 */
function hiddenByMarkup(element: Element, native: boolean): boolean {
  const parent = element.parentElement;
  if (parent?.localName === 'details' && !parent.hasAttribute('open') && element.localName !== 'summary')
    return true;
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  if (isStale(element)) return true;
  const style = element.getAttribute('style');
  if (style) {
    if (HIDING_STYLE.test(style)) return true;
    // In a browser, `checkVisibility()` reads the opacity shown now (an animation may fade the
    // element in over its inline `opacity: 0`); without layout, the inline style is all there is.
    if (!native && TRANSPARENT_STYLE.test(style)) return true;
    // A box of zero size that clips its content shows nothing.
    if ((ZERO_WIDTH.test(style) || ZERO_HEIGHT.test(style)) && CLIPPED.test(style)) return true;
  }
  return false;
}

/**
 * Selectors of the page's own stylesheet rules that hide what they match, and of those that
 * strike it through (same-origin sheets only).
 */
function styledSelectors(doc: Document): { hiding: string[]; striking: string[] } {
  const selectors: string[] = [];
  const striking: string[] = [];
  const found = { hiding: selectors, striking };
  let sheets: StyleSheetList | undefined;
  try {
    sheets = doc.styleSheets;
  } catch {
    return found;
  }
  if (!sheets) return found;
  for (let i = 0; i < sheets.length && selectors.length < 200; i++) {
    let rules: CSSRuleList | undefined;
    try {
      rules = (sheets[i] as CSSStyleSheet).cssRules;
    } catch {
      continue; // a cross-origin sheet
    }
    if (!rules) continue;
    for (let j = 0; j < rules.length; j++) {
      const rule = rules[j] as CSSStyleRule;
      const style = rule.style;
      if (!rule.selectorText || !style) continue;
      if (
        style.display === 'none' ||
        style.visibility === 'hidden' ||
        style.visibility === 'collapse' ||
        isTransparent(style.opacity)
      )
        selectors.push(rule.selectorText);
      if (STRUCK_STYLE.test(style.cssText ?? '')) striking.push(rule.selectorText);
    }
  }
  return found;
}

/** The selectors that parse here, as one list for `matches` ('' when none). */
function usable(doc: Document, selectors: readonly string[]): string {
  return selectors
    .filter((selector) => {
      try {
        doc.documentElement?.matches(selector);
        return true;
      } catch {
        return false;
      }
    })
    .join(',');
}

/**
 * The judge for one reading of `doc`. `native`: the page runs in a browser with layout, where
 * `checkVisibility()` is exact (stylesheets, inherited visibility).
 */
export function visibilityJudge(doc: Document, native: boolean): VisibilityJudge {
  if (native) {
    const view = doc.defaultView;
    const hiddenByLayout = (element: Element): boolean => {
      if (typeof element.checkVisibility !== 'function') return false;
      if (
        !element.checkVisibility({
          visibilityProperty: true,
          opacityProperty: true,
          contentVisibilityAuto: false,
        })
      )
        // An element without a box of its own (a <slot>, `display: contents`) shows its children.
        return view?.getComputedStyle(element).display !== 'contents';
      // A box of no size that clips what it holds shows nothing (checkVisibility() says visible).
      // Inline and custom elements have no size of their own to read: left to their content.
      const name = element.localName;
      if (element.firstChild === null || INLINE.has(name) || name.includes('-')) return false;
      if ((element as HTMLElement).clientWidth > 0 || (element as HTMLElement).clientHeight > 0) return false;
      const style = view?.getComputedStyle(element);
      return (
        style !== undefined &&
        style.display !== 'contents' &&
        style.display !== 'inline' &&
        (style.overflow === 'hidden' || style.overflow === 'clip')
      );
    };
    // Stylesheets hide through classes, ids and attributes: an element with none of them is
    // shown when its parent is (its markup said so above). Skipping the layout questions for
    // those halves the cost of a reading.
    return {
      isHidden: (element) =>
        hiddenByMarkup(element, true) ||
        ((element.hasAttributes() || element.localName.includes('-')) && hiddenByLayout(element)),
      // A class is how a stylesheet strikes, and a struck value is a phrase's element (a span, a
      // del, a link): block elements and those without a class are struck by markup only, so the
      // computed style is asked of few elements of a reading.
      isStruck: (element) =>
        struckByMarkup(element) ||
        (INLINE.has(element.localName) &&
          element.hasAttribute('class') &&
          (view?.getComputedStyle(element).textDecorationLine ?? '').includes('line-through')),
    };
  }
  const { hiding, striking } = styledSelectors(doc);
  const hidden = usable(doc, hiding);
  const struck = usable(doc, striking);
  return {
    isHidden: (element) => hiddenByMarkup(element, false) || (hidden !== '' && element.matches(hidden)),
    isStruck: (element) => struckByMarkup(element) || (struck !== '' && element.matches(struck)),
  };
}
