import { collapse, composedText } from '../../page/text';
import { ELEMENT_NODE, TEXT_NODE } from '../walk';
import { isOrganisation } from './common-words';
import type { RemovedLedger } from './ledger';
import { AMAZON_ORDER_ID } from './patterns';
import { FIELD_SEPARATOR } from './value-regions';

// Customer messages no label announces: the buyer's side of a Buyer-Seller Messaging thread or
// the comment of a return request. Such a page says whose the message is instead: a heading
// "Message de Jeanne Dupont" / "Nachricht von …" / "Messaggio di …" above it, and in a thread
// each message opens with its author's name and time ("Maximilian van der Heijden · Gestern,
// 08:15"). A message opened by a name removed from the page is the customer's; the seller's own
// replies ("Sie · Di., 26. Nov.") are not, and keep what is not personal in them.

const FROM_HEADING =
  /^(?:message de|message from|messages? with|conversation avec|conversation with|nachricht von|nachrichten mit|konversation mit|unterhaltung mit|mensaje de|mensajes con|conversación con|messaggio di|messaggi con|conversazione con)\s+(.+)$/iu;
const PARTICLE = /^(?:van|von|de|der|den|la|le|las|los|des|du|del|della|di|da|lo|dos|y|i|e|ap|ní|nic)$/;
/** Two to six words, each capitalized (or a particle), no digit: a person, not "de regalo". */
export const looksLikeName = (text: string): boolean => {
  const words = text.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    !/amazon|seller|support|\d/i.test(text) &&
    words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || PARTICLE.test(word))
  );
};

/**
 * The name a "Message de <name>" heading gives, if it is one; the heading may go on with the
 * time after a separator ("Mensaje de María … · Ayer, 18:22"). A carrier or Amazon is no person.
 */
export function senderOfHeading(text: string): string | undefined {
  const name = FROM_HEADING.exec(collapse(text).split(FIELD_SEPARATOR)[0] ?? '')?.[1];
  return name && looksLikeName(name) && !isOrganisation(name) ? name : undefined;
}

/**
 * A one-line field beside a message rather than the message: "Commande 402-…", "SKU
 * TSHIRT-M-BLEU", "Motif du retour : Trop petit".
 */
function isFieldLine(node: Node): boolean {
  const shown = composedText(node, 80);
  if (!shown) return false;
  // "Hier die Mail:<blockquote>…": a text quoting an e-mail, not one field.
  if (node.nodeType === ELEMENT_NODE && (node as Element).querySelector('blockquote') !== null) return false;
  return (
    /^[^:：]{1,30}[:：]\s*\S/.test(shown) ||
    new RegExp(AMAZON_ORDER_ID.source).test(shown) ||
    /^(?:SKU|ASIN|FNSKU|MSKU|N°|No\.?|Nr\.?)\b/i.test(shown)
  );
}

/** An order's summary over a thread: short fields, one of them an order id or a SKU. */
function isSummaryBlock(block: Element): boolean {
  const parts = Array.from(block.childNodes).filter((child) => composedText(child, 0) !== '');
  const shown = composedText(block, 300) ?? '';
  return (
    parts.length >= 2 &&
    /(?:\d{3}-\d{7}-\d{7}|\bSKU\b|\bASIN\b)/.test(shown) &&
    parts.every((part) => composedText(part, 80) !== null)
  );
}

/** The block under a "Message de <name>" heading, when it is a text and not another field. */
export function messageUnderHeading(anchor: Node): Element | undefined {
  let next = anchor.nextSibling;
  const skipBlanks = () => {
    while (next && next.nodeType === TEXT_NODE && (next as Text).data.trim() === '') next = next.nextSibling;
  };
  skipBlanks();
  // "Messages with <buyer>" over the order's summary, then the thread: the summary stays.
  for (let summaries = 0; summaries < 2 && next?.nodeType === ELEMENT_NODE; summaries++) {
    if (!isSummaryBlock(next as Element)) break;
    next = next.nextSibling;
    skipBlanks();
  }
  if (!next || next.nodeType !== ELEMENT_NODE) return undefined;
  const block = next as Element;
  if (/^h[1-6]$|^dt$|^th$|^hr$/.test(block.localName) || block.querySelector('h1,h2,h3,h4,h5,h6'))
    return undefined;
  const shown = collapse((block.textContent ?? '').slice(0, 400));
  // "Oggetto: Reso o rimborso – Ordine …" is the thread's subject line, not the message; a
  // greeting alone on its line ("Hola:", "Bonjour :") opens a message.
  if (
    !shown ||
    (/^[^:：\d]{1,30}[:：]/.test(shown) &&
      !/^[^:：\d]{1,30}[:：]\s*$/m.test(block.firstElementChild?.textContent ?? ''))
  )
    return undefined;
  return block;
}

/** The author of a block opened by "<author> · <time>", whoever the author is. */
export function authorOfBlock(element: Element): { first: Node; author: string } | undefined {
  let first = element.firstChild;
  while (first && first.nodeType === TEXT_NODE && (first as Text).data.trim() === '')
    first = first.nextSibling;
  if (!first || first.nodeType !== ELEMENT_NODE) return undefined;
  const header = composedText(first, 120);
  const author = header?.split(FIELD_SEPARATOR)[0];
  return author && author !== header ? { first, author } : undefined;
}

/** What follows the first child of `element` when that child names a removed person. */
export function messageAfterAuthor(
  element: Element,
  ledger: RemovedLedger,
  opened = authorOfBlock(element),
): Node[] {
  if (!opened || !ledger.isRemovedName(opened.author)) return [];
  const { first } = opened;
  // A return card opened by the buyer's name holds fields ("Commande …", "SKU …"): they stay.
  const rest: Node[] = [];
  for (let s = first.nextSibling; s; s = s.nextSibling) if (!isFieldLine(s)) rest.push(s);
  return rest.some((node) => composedText(node, 0) !== '') ? rest : [];
}

const FORWARDED =
  /^-*\s*(?:forwarded message|original message|message transféré|message d'origine|messaggio inoltrato|messaggio originale|weitergeleitete nachricht|ursprüngliche nachricht|mensaje reenviado|mensaje original)/i;
const SENDER_LINE = /^(?:de|from|von|da|expéditeur|absender|remitente|mittente)\s*[:：]\s*(.+)$/iu;
/** What follows the sender on a header written as one block: "Envoyé : lundi …". */
const AFTER_SENDER =
  /\s(?:envoyé|sent|gesendet|enviado|inviato|data|date|datum|fecha|à|to|an|a|para)\s*[:：].*$/iu;

/**
 * An e-mail a seller quotes or forwards (a <blockquote>, an expander): a block whose first lines
 * are "---- Forwarded message ----" and "De : <name> <address>". All of it is the customer's
 * text; the sender's name, without the address, is returned to be chased elsewhere.
 */
export function quotedEmail(element: Element): { sender: string } | undefined {
  const lines: string[] = [];
  for (let child = element.firstChild; child && lines.length < 2; child = child.nextSibling) {
    const shown = composedText(child, 300);
    if (shown) lines.push(shown);
  }
  const fromLine = FORWARDED.test(lines[0] ?? '') ? lines[1] : lines[0];
  const sender = SENDER_LINE.exec(fromLine ?? '')?.[1]?.replace(AFTER_SENDER, '');
  if (!sender) return undefined;
  const name = collapse(sender.replace(/<[^>]*>?|\S+@\S+/g, ' '));
  if (!sender.includes('@') && !looksLikeName(name)) return undefined;
  if (composedText(element, 6000) === null) return undefined;
  return { sender: name };
}
