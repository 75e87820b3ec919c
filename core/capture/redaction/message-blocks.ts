import { collapse, composedText } from '../../page/text';
import { ELEMENT_NODE, TEXT_NODE } from '../walk';
import type { RemovedLedger } from './ledger';
import { FIELD_SEPARATOR } from './value-regions';

// Customer messages no label announces: the buyer's side of a Buyer-Seller Messaging thread or
// the comment of a return request. Such a page says whose the message is instead: a heading
// "Message de Jeanne Dupont" / "Nachricht von …" / "Messaggio di …" above it, and in a thread
// each message opens with its author's name and time ("Maximilian van der Heijden · Gestern,
// 08:15"). A message opened by a name removed from the page is the customer's; the seller's own
// replies ("Sie · Di., 26. Nov.") are not, and keep what is not personal in them.

const FROM_HEADING =
  /^(?:message de|message from|messages? with|conversation avec|conversation with|nachricht von|mensaje de|messaggio di)\s+(.+)$/iu;
const PARTICLE = /^(?:van|von|de|der|den|la|le|du|del|della|di|da|lo|dos|y|i)$/;
/** Two to six words, each capitalized (or a particle), no digit: a person, not "de regalo". */
const looksLikeName = (text: string): boolean => {
  const words = text.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    !/amazon|seller|support|\d/i.test(text) &&
    words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || PARTICLE.test(word))
  );
};

/** The name a "Message de <name>" heading gives, if it is one. */
export function senderOfHeading(text: string): string | undefined {
  const name = FROM_HEADING.exec(collapse(text))?.[1];
  return name && looksLikeName(name) ? name : undefined;
}

/** The block under a "Message de <name>" heading, when it is a text and not another field. */
export function messageUnderHeading(anchor: Node): Element | undefined {
  let next = anchor.nextSibling;
  while (next && next.nodeType === TEXT_NODE && (next as Text).data.trim() === '') next = next.nextSibling;
  if (!next || next.nodeType !== ELEMENT_NODE) return undefined;
  const block = next as Element;
  if (/^h[1-6]$|^dt$|^th$|^hr$/.test(block.localName) || block.querySelector('h1,h2,h3,h4,h5,h6'))
    return undefined;
  const shown = collapse((block.textContent ?? '').slice(0, 400));
  // "Oggetto: Reso o rimborso – Ordine …" is the thread's subject line, not the message.
  if (!shown || /^[^:：\d]{1,30}[:：]/.test(shown)) return undefined;
  return block;
}

/** What follows the first child of `element` when that child names a removed person. */
export function messageAfterAuthor(element: Element, ledger: RemovedLedger): Node[] {
  let first = element.firstChild;
  while (first && first.nodeType === TEXT_NODE && (first as Text).data.trim() === '')
    first = first.nextSibling;
  if (!first || first.nodeType !== ELEMENT_NODE) return [];
  const header = composedText(first, 120);
  const author = header?.split(FIELD_SEPARATOR)[0];
  if (!author || author === header || !ledger.isRemovedName(author)) return [];
  const rest: Node[] = [];
  for (let s = first.nextSibling; s; s = s.nextSibling) rest.push(s);
  return rest;
}
