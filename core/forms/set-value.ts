// Setting a form control's value the way the page's framework notices, shared by the fillers that
// run in the page's main world (return form, support case form). The prototype's setter, not the
// instance's: frameworks (React) shadow `value` on instances; then `input` and `change` that bubble
// and cross shadow roots (Katal listens on its host element). Pure DOM: the element brings its
// own window, nothing global is read.

export type NativeControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface PageWindow {
  HTMLInputElement: typeof HTMLInputElement;
  HTMLTextAreaElement: typeof HTMLTextAreaElement;
  HTMLSelectElement: typeof HTMLSelectElement;
  Event: typeof Event;
}

function pageWindow(el: Element): PageWindow {
  const view = el.ownerDocument.defaultView as unknown as PageWindow | null;
  if (!view) throw new Error('element is not in a window');
  return view;
}

export function setNativeValue(el: NativeControl, value: string): void {
  const view = pageWindow(el);
  const proto =
    el.localName === 'select'
      ? view.HTMLSelectElement.prototype
      : el.localName === 'textarea'
        ? view.HTMLTextAreaElement.prototype
        : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

export function notifyChange(el: Element): void {
  const view = pageWindow(el);
  el.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new view.Event('change', { bubbles: true, composed: true }));
}

/**
 * Fills a Katal text control (`kat-input`, `kat-textarea`): through its inner native control when
 * its shadow root is open, else through the component's own `value` property (main world only).
 */
export function setKatalTextValue(
  el: Element,
  inner: HTMLInputElement | HTMLTextAreaElement | null,
  value: string,
): void {
  if (inner) {
    setNativeValue(inner, value);
    notifyChange(inner);
  } else {
    (el as unknown as { value: string }).value = value;
    notifyChange(el);
  }
}
