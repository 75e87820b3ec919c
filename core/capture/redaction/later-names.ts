import { collapse } from '../../page/text';
import { textNodesIn } from '../walk';
import { isOrganisation } from './common-words';
import type { LabeledPass } from './labeled-pass';
import { noteSender, replaceUnclaimed } from './labeled-pass';
import { authorOfBlock, looksLikeName, messageAfterAuthor } from './message-blocks';

// What can only be decided once the whole page is read, because the name that decides it shows
// further down. A thread names its buyer only in a forwarded e-mail's "De :" line at the bottom:
// the messages above, opened by "<that name> · <time>", are then the customer's too. And a list
// whose items open with a person ("Conversations": the open thread's buyer, then other buyers)
// names a person in every item once one of them is a removed name. A thread whose messages open
// with "Vous · …" beside "<name> · …" names its customer by that name.

/** Blocks opened by "<someone> · <time>" whose author was not known when they were visited. */
export function deferMessage(
  pass: LabeledPass,
  element: Element,
  opened: ReturnType<typeof authorOfBlock>,
): void {
  if (opened && opened.author.length <= 60 && !/\d/.test(opened.author)) pass.deferred.push(element);
}

const CONTROLS = 'form,button,input,select,textarea,kat-button,kat-input,kat-textarea';
const ITEM = /^(?:li)$/;
const ITEM_ROLE = /^(?:listitem|option)$/;
/** Whether `element` is an item of a list, whose first line may name a person. */
export const isListItem = (element: Element): boolean =>
  ITEM.test(element.localName) || ITEM_ROLE.test(element.getAttribute('role') ?? '');

function firstLineOf(item: Element): string {
  const first = textNodesIn(item).find((text) => text.data.trim() !== '');
  return first ? collapse(first.data) : '';
}

/** How a thread names the seller's own messages: "Vous · 26 nov.", "Sie · Gestern". */
const SELLER_SIDE = new Set([
  'vous',
  'moi',
  'you',
  'me',
  'sie',
  'ich',
  'du',
  'tu',
  'tú',
  'usted',
  'yo',
  'lei',
  'io',
  'voi',
]);

/**
 * A thread whose messages open with "Vous · …" and "<name> · …": the other side of the seller,
 * named in no label, is the customer.
 */
function correspondentsBesideSeller(pass: LabeledPass): void {
  const authors = new Map<Node, string[]>();
  for (const element of pass.deferred) {
    const parent = element.parentNode;
    const author = authorOfBlock(element)?.author;
    if (!parent || !author) continue;
    authors.set(parent, [...(authors.get(parent) ?? []), author]);
  }
  for (const names of authors.values()) {
    if (!names.some((name) => SELLER_SIDE.has(name.toLowerCase()))) continue;
    for (const name of names)
      if (looksLikeName(name) && !isOrganisation(name) && !pass.ledger.isRemovedName(name))
        noteSender(pass, name);
  }
}

/** Names beside a removed name in a list, then messages whose author is now known. */
export function planLaterNames(pass: LabeledPass): void {
  const lists = new Map<Node, string[]>();
  for (const item of pass.listItems) {
    const parent = item.parentNode;
    if (!parent) continue;
    const lines = lists.get(parent) ?? [];
    lines.push(firstLineOf(item));
    lists.set(parent, lines);
  }
  for (const lines of lists.values()) {
    if (lines.length < 2 || !lines.some((line) => pass.ledger.isRemovedName(line))) continue;
    for (const line of lines)
      if (looksLikeName(line) && !isOrganisation(line) && !pass.ledger.isRemovedName(line))
        noteSender(pass, line);
  }
  correspondentsBesideSeller(pass);
  // A thread's pane opened by the buyer's name over its messages holds them, it is none of them.
  const holders = new Set<Node>();
  for (const element of pass.deferred)
    for (let up = element.parentNode; up && !holders.has(up); up = up.parentNode) holders.add(up);
  for (const element of pass.deferred) {
    if (holders.has(element) || element.querySelector(CONTROLS) !== null) continue;
    const message = messageAfterAuthor(element, pass.ledger);
    if (message.length > 0) replaceUnclaimed(pass, 'message', message);
  }
}
