// In-page helpers, as one script: each call defines them and runs one, so they work in any tab,
// after any navigation, in both browsers. Queries go through open shadow roots (the overlay's,
// Katal components'). Plain JavaScript: it is sent to the browser as text.

const HELPERS = `
const roots = (root) => {
  const all = [root];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) all.push(...roots(el.shadowRoot));
  return all;
};
// "host >>> inner": inner inside host's shadow root (a CSS selector cannot cross a shadow boundary).
const qaIn = (scope, sel) => {
  const [first, ...rest] = sel.split('>>>').map((part) => part.trim());
  const found = roots(scope).flatMap((root) => [...root.querySelectorAll(first)]);
  if (rest.length === 0) return found;
  return found.flatMap((host) => (host.shadowRoot ? qaIn(host.shadowRoot, rest.join(' >>> ')) : []));
};
const qa = (sel) => qaIn(document, sel);
const q = (sel) => qa(sel)[0] ?? null;
const need = (sel) => {
  const el = q(sel);
  if (!el) throw new Error('no element ' + sel);
  return el;
};
const controlByLabel = (scopeSel, labelText) => {
  const scope = need(scopeSel);
  const label = [...scope.querySelectorAll('label')].find((l) => l.textContent.includes(labelText));
  if (!label) throw new Error('no label "' + labelText + '" in ' + scopeSel);
  const control = label.control ?? scope.querySelector('#' + CSS.escape(label.htmlFor));
  if (!control) throw new Error('no control for label "' + labelText + '"');
  return control;
};
const setValue = (el, value) => {
  const proto = Object.getPrototypeOf(el);
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
};
const helpers = {
  exists: (sel) => q(sel) !== null,
  count: (sel) => qa(sel).length,
  text: (sel) => q(sel)?.textContent ?? null,
  value: (sel) => q(sel)?.value ?? null,
  href: () => location.href,
  click: (sel) => void need(sel).click(),
  setValue: (sel, value) => setValue(need(sel), value),
  setByLabel: (scopeSel, labelText, value) => setValue(controlByLabel(scopeSel, labelText), value),
  checkedByLabel: (scopeSel, labelText) => controlByLabel(scopeSel, labelText).checked,
  checkByLabel: (scopeSel, labelText) => {
    const box = controlByLabel(scopeSel, labelText);
    if (!box.checked) box.click();
  },
  upload: (sel, name, content) => {
    const input = need(sel);
    const files = new DataTransfer();
    files.items.add(new File([content], name, { type: 'text/plain' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  },
  // The app saves files through a link to a blob: keep what it saves instead of downloading it.
  captureDownloads: () => {
    window.__mcfDownloads = [];
    HTMLAnchorElement.prototype.click = function () {
      const name = this.download;
      window.__mcfDownloads.push(
        fetch(this.href)
          .then((r) => r.arrayBuffer())
          .then((buffer) => {
            const bytes = new Uint8Array(buffer);
            return { name, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, text: new TextDecoder().decode(bytes) };
          }),
      );
    };
  },
  downloads: () => Promise.all(window.__mcfDownloads ?? []),
  /** Can this page load a file of the extension? 'loaded' or 'refused'. */
  probeScript: (url) =>
    new Promise((done) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = () => done('loaded');
      script.onerror = () => done('refused');
      document.head.append(script);
      setTimeout(() => done('refused (timeout)'), 5000);
    }),
  /** Sends one of our messages to the background (from an extension page); resolves to the reply. */
  ask: (type, payload) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ tag: 'mcf-desk/1', type, payload }),
  tabs: () => (globalThis.browser ?? globalThis.chrome).tabs.query({}),
  badge: () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (api.action ?? api.browserAction).getBadgeText({});
  },
};
`;

/** The expression that runs helper `name` with `args` in a tab. */
export function call(name: string, ...args: unknown[]): string {
  return `(async () => { ${HELPERS}; return helpers[${JSON.stringify(name)}](...${JSON.stringify(args)}); })()`;
}
