import { notifyChange } from './set-value';

// A rich-text box (`contenteditable`) as a text box: its text as the seller reads it (a line
// break for a <br> or between blocks), and setting it as typing would. Used by the main-world
// filler of the support case form. Pure DOM: the element brings its own document.

const BLOCKS = new Set(['div', 'p', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4']);

/** A rich-text box ("contenteditable") the seller types in, standing for a textarea. */
export function isTextEditor(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  if (editable === null || editable.toLowerCase() === 'false') return false;
  // Out of the keyboard's reach: an editor's own scratch box (Quill's clipboard), not the seller's.
  if (el.getAttribute('tabindex') === '-1') return false;
  // The editor's root, not a paragraph inside it.
  const parent = el.parentElement?.closest('[contenteditable]');
  return !parent || parent.getAttribute('contenteditable')?.toLowerCase() === 'false';
}

/** The box's text: text nodes as they are, a line break for each <br> and between blocks. */
export function editorText(el: Element): string {
  let out = '';
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    // An editor's own decorations: a placeholder ("Describe your issue…"), a widget not typed in.
    if (
      node !== el &&
      (element.getAttribute('contenteditable')?.toLowerCase() === 'false' ||
        element.getAttribute('aria-hidden') === 'true' ||
        element.hasAttribute('data-slate-placeholder'))
    )
      return;
    const name = element.localName;
    if (name === 'br') {
      out += '\n';
      return;
    }
    const block = BLOCKS.has(name) && node !== el;
    if (block && out !== '' && !out.endsWith('\n')) out += '\n';
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block && !out.endsWith('\n')) out += '\n';
  };
  visit(el);
  return out.replace(/\n$/, '');
}

/**
 * Puts `value` in the box. First as typed text (`insertText` over the selected contents), which an
 * editor framework keeping its own model hears; where that does nothing, as text nodes and line
 * breaks (never as HTML: the text is the seller's, shown as text), then `input` and `change`.
 */
export function setEditorText(el: HTMLElement, value: string): void {
  const doc = el.ownerDocument;
  // The seller may be typing elsewhere meanwhile (the form can be filled minutes after it shows):
  // their focus goes back where it was.
  const previous = doc.activeElement as HTMLElement | null;
  try {
    typeInto(el, value);
  } finally {
    if (previous && previous !== el && previous !== doc.body && typeof previous.focus === 'function')
      previous.focus();
    else el.blur();
  }
}

function typeInto(el: HTMLElement, value: string): void {
  const doc = el.ownerDocument;
  el.focus();
  const selection = doc.getSelection?.();
  if (selection && typeof doc.createRange === 'function') {
    const range = doc.createRange();
    range.selectNodeContents(el);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  let typed = false;
  try {
    typed = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, value);
  } catch {
    typed = false;
  }
  if (typed && sameText(editorText(el), value)) return;
  const nodes: Node[] = [];
  value.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push(doc.createElement('br'));
    nodes.push(doc.createTextNode(line));
  });
  el.replaceChildren(...nodes);
  notifyChange(el);
}

/** The same text, whatever line breaks or spacing the editor chose to keep it in. */
export function sameText(a: string, b: string): boolean {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  return flat(a) === flat(b);
}
