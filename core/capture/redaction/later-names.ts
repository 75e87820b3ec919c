import { collapse } from '../../page/text';
import { textNodesIn } from '../walk';
import { isPageThing, isSellerCentralVoice } from './common-words';
import type { LabeledPass } from './labeled-pass';
import { noteSender, replaceUnclaimed } from './labeled-pass';
import { replaceSnippets } from './list-snippets';
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

/** The value of `key` in `map`, made and stored the first time. */
function entryOf<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const CONTROLS = 'form,button,input,select,textarea,kat-button,kat-input,kat-textarea';
const ITEM = /^(?:li)$/;
const ITEM_ROLE = /^(?:listitem|option)$/;
const isMarkedItem = (element: Element): boolean =>
  ITEM.test(element.localName) || ITEM_ROLE.test(element.getAttribute('role') ?? '');

const classesOf = (element: Element): string[] =>
  (element.getAttribute('class') ?? '').split(/\s+/).filter((name) => name !== '');

/**
 * Siblings alike: the same element with the same classes, one of them perhaps with a state of its
 * own added (the open thread's `<div class="t aktiv">` above `<div class="t">`).
 */
function areAlike(before: Element, element: Element): boolean {
  if (before.localName !== element.localName) return false;
  const [fewer, more] = [classesOf(before), classesOf(element)].sort((a, b) => a.length - b.length);
  return fewer!.length > 0 && fewer!.every((name) => more!.includes(name));
}

/**
 * Whether `element` is an item of a list, whose first line may name a person: a list's item, or
 * the second of siblings alike (same element, same classes: `<a class="thread">…</a><a class="thread">`).
 */
export function isListItem(element: Element): boolean {
  if (isMarkedItem(element)) return true;
  const before = element.previousElementSibling;
  return !!before && areAlike(before, element);
}

/**
 * "paul durand", "MARC-ANTOINE GIRARD": a name however it is cased; in lower case two or three
 * words only ("merci pour votre aide" is a preview, not a person), all of them lower case.
 */
const looksLikeNameAnyCase = (line: string): boolean =>
  looksLikeName(line) ||
  // "Heavy but good": a review's title in sentence case, where a name would capitalize each word.
  (line.split(' ').length <= 3 &&
    line === line.toLowerCase() &&
    looksLikeName(
      line.replace(
        /(^|[\s-])(\p{Ll})/gu,
        (_, before: string, letter: string) => before + letter.toUpperCase(),
      ),
    ));

/** An item's first line naming someone, past a badge or a status ("Lu", "Nouveau"); or its first line. */
function firstLineOf(item: Element): string {
  const lines = textNodesIn(item)
    .map((text) => collapse(text.data))
    .filter((line) => line !== '')
    .slice(0, 3);
  return lines.find((line) => looksLikeNameAnyCase(line) && !isPageThing(line)) ?? lines[0] ?? '';
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
    entryOf(authors, parent, () => []).push(author);
  }
  for (const names of authors.values()) {
    // "Tú (Cerámicas del Turia) · 4 dic": the seller's side may add the shop's name in brackets.
    if (!names.some((name) => SELLER_SIDE.has(name.replace(/\s*\(.*\)\s*$/, '').toLowerCase()))) continue;
    for (const name of names)
      if (looksLikeName(name) && !isSellerCentralVoice(name) && !pass.ledger.isRemovedName(name))
        noteSender(pass, name);
  }
}

/** The people of a list whose items open with names, once one of them is a removed name. */
function namesBesideRemoved(pass: LabeledPass): void {
  // The first of siblings alike is known an item only once its second is visited.
  const items = new Set<Element>();
  for (const item of pass.listItems) {
    const before = item.previousElementSibling;
    if (before && !isListItem(before)) items.add(before);
    items.add(item);
  }
  // Siblings alike are one list by their class; a list's items (`<li>`) whatever their class.
  const lists = new Map<Node, Map<string, { item: Element; line: string }[]>>();
  const keys = new Map<Element, string>();
  for (const item of items) {
    const parent = item.parentNode;
    if (!parent) continue;
    const before = item.previousElementSibling;
    const key = isMarkedItem(item)
      ? ''
      : before && keys.has(before) && areAlike(before, item)
        ? keys.get(before)!
        : (item.getAttribute('class') ?? '');
    keys.set(item, key);
    entryOf(
      entryOf(lists, parent, () => new Map<string, { item: Element; line: string }[]>()),
      key,
      () => [],
    ).push({ item, line: firstLineOf(item) });
  }
  for (const byClass of lists.values())
    for (const entries of byClass.values()) {
      const lines = entries.map((entry) => entry.line);
      if (lines.length < 2 || !lines.some((line) => pass.ledger.namesRemovedPerson(line))) continue;
      // A list of people, not an order's card listing its buyer, its shipping and its product
      // ("Livraison Standard", "Stainless Steel Travel Mug", "MUG-AM-1") or a list of warehouses:
      // every item is someone, Seller Central's own voices ("Notification Système") aside.
      const others = lines.filter((line) => !isSellerCentralVoice(line) && !pass.ledger.isRemovedName(line));
      if (!others.every((line) => looksLikeNameAnyCase(line) && !isPageThing(line))) continue;
      for (const line of others) noteSender(pass, line);
      for (const { item, line } of entries)
        if (!isSellerCentralVoice(line)) replaceSnippets(pass, item, line);
    }
}

/** The messages of blocks whose author is now known a removed name. */
function messagesOfKnownAuthors(pass: LabeledPass): void {
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

/** Names beside removed names or beside the seller's own messages, then their messages. */
export function planLaterNames(pass: LabeledPass): void {
  // The seller's correspondent first: a thread's buyer is often the one removed name that makes
  // the inbox's list beside it a list of people.
  correspondentsBesideSeller(pass);
  namesBesideRemoved(pass);
  messagesOfKnownAuthors(pass);
}
