import { ELEMENT_NODE, TEXT_NODE } from '../walk';
import type { LabeledPass } from './labeled-pass';
import { EMAIL } from './patterns';
import { PLACEHOLDERS } from './placeholders';
import { isInline } from './value-regions';

// An e-mail address written over several inline elements ("<span>lchevalier54</span><span>@</span>
// <span>laposte.net</span>"), as a page does to style it or to keep it from harvesters: each text
// alone has no e-mail's shape, the line they make has. So a line's texts are read together (a
// <br> between them ends the line) and an address found across them is replaced, its first part
// by the placeholder, the others emptied.

const MOST = 600;

/** The texts of a short line in order, `null` for a <br>; none when it holds a block. */
function partsOfLine(element: Element): (Text | null)[] | undefined {
  const parts: (Text | null)[] = [];
  const stack: Node[] = [element];
  let length = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      parts.push(node as Text);
      length += (node as Text).data.length;
      if (length > MOST) return undefined;
    } else if (node.nodeType === ELEMENT_NODE) {
      const current = node as Element;
      if (current.localName === 'br') parts.push(null);
      else if (current !== element && (!isInline(current) || current.shadowRoot)) return undefined;
      for (let child = current.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return parts;
}

/** Replaces the e-mails split over the inline elements of `element`, a block's line. */
export function planSplitEmails(pass: LabeledPass, element: Element): void {
  if (isInline(element) || element.shadowRoot) return;
  // Cheap first look: a line split over elements has an inline element among its children.
  let split = false;
  for (let child = element.firstChild; child && !split; child = child.nextSibling)
    split = child.nodeType === ELEMENT_NODE && isInline(child) && (child as Element).localName !== 'br';
  if (!split) return;
  const parts = partsOfLine(element);
  if (!parts || parts.length < 2) return;
  const joined = parts.map((part) => (part ? part.data : '\n')).join('');
  if (!joined.includes('@')) return;
  const placed: { text: Text; start: number; end: number }[] = [];
  let at = 0;
  for (const part of parts) {
    const length = part ? part.data.length : 1;
    if (part) placed.push({ text: part, start: at, end: at + length });
    at += length;
  }
  for (const found of joined.matchAll(EMAIL)) {
    const from = found.index;
    const to = from + found[0].length;
    const spanned = placed.filter((part) => part.end > from && part.start < to);
    // Within one text the shapes find it; a text a region took is that region's.
    if (spanned.length < 2 || spanned.some(({ text }) => pass.writes.texts.has(text))) continue;
    pass.ledger.note('emails', found[0].toLowerCase());
    pass.ledger.noteString(found[0], PLACEHOLDERS.email);
    spanned.forEach(({ text, start }, i) => {
      const before = i === 0 ? text.data.slice(0, from - start) : '';
      const after = i === spanned.length - 1 ? text.data.slice(to - start) : '';
      pass.writes.texts.set(text, `${before}${i === 0 ? PLACEHOLDERS.email : ''}${after}`);
    });
  }
}
