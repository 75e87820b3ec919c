import { parseMarketplaceDate } from '../../../dates/parse-date';
import { saysDelivered } from '../../delivered-sentence';
import { normalizeLabel } from '../../text';
import { matchStatus, matchWholeStatus } from '../../vocabulary';
import { isCell, isCurrentStep, isList, isRow, isTable, ownDescendants } from '../structure';
import { ELEMENT, type VNode } from '../visible-tree';
import type { FactContext } from './context';

// A parcel's tracking history: a list whose items each say what happened (a status word or an
// event title opening with one, first or after the event's time) and when. A "Delivered" event says the parcel is delivered, on that day; the "Shipped" event's
// day is the ship date, weaker than a labelled one. The other events (in transit, out for
// delivery, a failed attempt) say nothing final: which of them is the latest would need their
// times, which this reader does not compare, so they are left to the page's labelled status.

const MAX_PART = 120;
/** An event's whole item: its date, title, details and place. */
const MAX_ITEM = 400;

interface TrackingEvent {
  status: string;
  statusNode: VNode;
  when: VNode;
  /** The date as printed when `when` holds more ("Fr., 06.12.2024 · Berlin"). */
  date?: string;
}

const isItem = (n: VNode) => n.kind === ELEMENT && (n.name === 'li' || n.role === 'listitem');

export function readTrackingEvents(ctx: FactContext): void {
  // One pass over the page: histories are lists, or tables no column of which the reader knows.
  for (const node of ctx.tree.nodes) {
    if (isList(node)) readEventList(ctx, node);
    else if (isTable(node)) readEventTable(ctx, node);
  }
}

function readEventList(ctx: FactContext, list: VNode): void {
  const events = datedEvents(ctx, list);
  // A history dates each event: a list of status words without dates is a progress stepper or
  // a legend, which says nothing of where the parcel is. One event alone is a history only when
  // its date or time is one ("14:32 — Zugestellt" under its day: carriers that send only the
  // final event).
  if (events.length === 0 || (events.length === 1 && !loneEvent(ctx, list, events[0] as DatedEvent))) return;
  // Every dated item counts for which end is newest, whether or not its words are known.
  const eventIn = (item: VNode) => events.find((e) => item.contains(e.statusNode));
  const dated = list.children.filter((child) => {
    if (!isItem(child)) return false;
    if (eventIn(child)) return true;
    const text = ctx.text.of(child, MAX_ITEM);
    return text !== null && /\d/.test(text) && !isDayHeading(text);
  });
  const whens = dated.map((item) => eventIn(item)?.day ?? ctx.text.of(item, MAX_ITEM) ?? '');
  const placeOf = (node: VNode) => dated.findIndex((item) => item.contains(node));
  // A stepper marks where the parcel is (`aria-current`): the steps after it have not happened.
  const currentItem = list.children.find(isCurrentStep);
  for (const { status, statusNode, when, day } of events) {
    if (currentItem && statusNode.pos > currentItem.end) continue;
    // The marked step is where the parcel is now ("In consegna"), as a labelled status would say.
    if (currentItem?.contains(statusNode) && statusOfPart(status) !== 'delivered')
      ctx.add('deliveryStatus', status, 1, statusNode.pos, statusNode, null);
    // "Consegnato · previsto 6 dic": a step's promised day is no event.
    if (PROMISED.test(normalizeLabel(day))) continue;
    const kind = statusOfPart(status);
    // Weaker than a labelled status or date: the page's own "Delivery status" wins.
    if (kind === 'delivered') {
      if (isNewestEnd(whens, placeOf(statusNode))) addDelivered(ctx, { status, statusNode, when }, day);
    } else if (kind === 'shipped') ctx.add('shippingDate', day, 1, when.pos, when, null);
  }
}

/** A day that is promised, not past: "expected Dec 6", "prévue le 6 déc.", "previsto 6 dic". */
const PROMISED =
  /\b(?:expected|estimated|scheduled|planned|by|prevue?|estimee?|voraussichtlich|geplant|erwartet|previst[oa]|estimad[oa]|programad[oa]|stimat[oa])\b/;

interface DatedEvent extends TrackingEvent {
  /** The event's date as printed, its day heading's when it prints only a time. */
  day: string;
}

/** A time alone ("14:32", "2:05 PM", "14.32 Uhr"): its day is printed above it. */
const CLOCK_ONLY = /^(?:\d{1,2}[:h]\d{2}(?:\s*(?:[ap]\.?\s?m\.?|uhr|h))?|\d{1,2}\.\d{2}\s*uhr)$/i;
/**
 * A text that names a day in some language, as printed in any of the marketplaces' forms (the
 * page's own language is not known yet at this stage: the candidates parse it in it).
 */
export function namesADay(text: string): boolean {
  const day = dayPart(text);
  // Without the weekday: a day without its year is checked against no particular year.
  const bare = day.replace(/^\p{L}+\.?,?\s+/u, '');
  return [day, bare].some((t) => parseMarketplaceDate(t, 'en-GB', '2000-01-01') !== null);
}

/**
 * The list's events with their dates. Histories grouped by day print the day once (a heading
 * before the list, an item of its own, or the day's first event) and only times below it: a
 * time alone takes the last day printed before it, and is dropped when there is none.
 */
function datedEvents(ctx: FactContext, list: VNode): DatedEvent[] {
  let day = dayBefore(ctx, list);
  const events: DatedEvent[] = [];
  for (const child of list.children) {
    const event = isItem(child) ? eventOf(ctx, child) : null;
    const text = event?.date ?? ctx.text.of(event?.when ?? child, MAX_PART) ?? '';
    if (!event) {
      // An item or a heading that is only a day: the day of the times after it.
      if (isDayHeading(text)) day = text;
      continue;
    }
    if (!CLOCK_ONLY.test(text)) {
      day = dayPart(text);
      events.push({ ...event, day: text });
    } else if (day !== null) events.push({ ...event, day: `${day} ${text}` });
  }
  return events;
}

/** A short text naming a day and no time ("Mittwoch, 04.12.2024", "Tue, Dec 3"). */
const isDayHeading = (text: string) => text.length <= 40 && !CLOCK.test(text) && namesADay(text);
export const CLOCK = /\d{1,2}[:h]\d{2}/;
/** An event's date without its time ("Dec 6, 2024, 3:47 PM" → "Dec 6, 2024"): the later times' day. */
export const dayPart = (text: string) =>
  text.replace(/[,\s]*(?:um\s|à\s|at\s|alle\s|a las\s)?\d{1,2}[:h]\d{2}\b.*$/i, '');

/**
 * One dated event alone is a history when it is stamped like a carrier's event (a time, on a day)
 * and the list holds nothing else but day headings: a stepper shows its other steps undated
 * ("Commandé · Expédié · Livraison prévue ven. 6 déc."), and its one dated step is a promise.
 */
function loneEvent(ctx: FactContext, list: VNode, event: DatedEvent): boolean {
  if (!namesADay(event.day) || !CLOCK.test(event.day)) return false;
  return list.children.every((child) => {
    const text = ctx.text.of(child, MAX_PART);
    return !text || child === event.statusNode || child.contains(event.statusNode) || isDayHeading(text);
  });
}

/** The day among a part's segments ("Fr., 06.12.2024 · Berlin" → "Fr., 06.12.2024"). */
function dayIn(text: string): string | null {
  return text.split(/\s+[·•|–—]\s+/).find((segment) => isDayHeading(segment.trim())) ?? null;
}

/** The day heading printed just before a list (its previous sibling, when that is a day). */
function dayBefore(ctx: FactContext, list: VNode): string | null {
  const siblings = list.parent?.children ?? [];
  for (let i = list.index - 1; i >= 0 && i >= list.index - 2; i--) {
    const text = ctx.text.of(siblings[i] as VNode, MAX_PART);
    if (!text) continue;
    return isDayHeading(text) ? text : null;
  }
  return null;
}

export function addDelivered(
  ctx: FactContext,
  { status, statusNode, when }: TrackingEvent,
  day: string,
): void {
  // A carrier's sentence ("Die Sendung wurde erfolgreich zugestellt") stands as the word it means.
  ctx.add(
    'deliveryStatus',
    matchStatus(status) === 'delivered' ? status : 'delivered',
    1,
    statusNode.pos,
    statusNode,
    null,
  );
  ctx.add('deliveredDate', day, 1, when.pos, when, null);
}

/**
 * Where a parcel "delivered to …" ended on the recipient's side (a neighbour, the door, the
 * mailbox, a safe place, reception, a locker, the recipient in person), normalized; "Delivered to
 * USPS", "Zugestellt an Paketzentrum" are hand-overs between carriers.
 */
const RECIPIENT_SIDE =
  /\b(?:neighbou?r|voisine?|nachbarn?|vecin[oa]|vicin[oa]|door|porte|haust[uü]r|t[uü]r|puerta|porta|mail ?box|letter ?box|boite aux lettres|briefkasten|buzon|cassetta|safe place|lieu (?:sur|securise)|ablageort|lugar seguro|luogo sicuro|recipient|destinataire|empfanger|destinatari[oa]|reception|accueil|rezeption|recepcion|portineria|conserje|concierge|gardien|garage|porch|locker|consigne|packstation|paketbox|taquilla|main propre|personlich|en mano|a mano|in person|household|family|famille|familie|familia|famiglia)\b/;

/** Words saying a delivery did not happen after all, normalized. */
const DELIVERY_FAILED =
  /\b(?:not|no|non|nicht|kein\w*|failed|fail|impossible|refuse[ds]?|refused|abgelehnt|verweigert|fehlgeschlagen|rechazad[oa]|fallid[oa]|rifiutat[oa]|fallit[oa]|echec|echoue)\b/;

/**
 * A short part that says what happened: a status on its own, or a carrier's event title opening
 * with one ("Delivered to neighbour", "Zugestellt beim Nachbarn"), never a question or a promise.
 */
function statusOfPart(text: string): ReturnType<typeof matchStatus> {
  const whole = matchWholeStatus(text);
  if (whole) return whole;
  if (text.split(/\s+/).length > 5 || text.includes('?')) return undefined;
  const kind = matchStatus(text);
  if (kind !== 'delivered') return kind;
  // Delivered only where the title names the recipient's side, not a depot or another carrier,
  // and says no more than that ("Delivered to neighbour not possible", "Livré au voisin : refusé").
  const normalized = normalizeLabel(text);
  return RECIPIENT_SIDE.test(normalized) && !DELIVERY_FAILED.test(normalized) ? kind : undefined;
}

/**
 * What an event's text says happened: its status word or event title (`statusOfPart`), that of
 * its first sentence ("Entregado. Su envío ha sido entregado."), or a carrier's sentence saying
 * the parcel was delivered ("Die Sendung wurde erfolgreich zugestellt.").
 */
export function eventKind(text: string): ReturnType<typeof matchStatus> {
  const kind = statusOfPart(text);
  if (kind) return kind;
  const first = text.split(/[.!;]\s+|\s+[–—-]\s+/)[0]?.trim() ?? '';
  const firstKind = first !== '' && first !== text ? statusOfPart(first) : undefined;
  if (firstKind) return firstKind;
  return saysDelivered(text) ? 'delivered' : undefined;
}

/** The dash or dot between an event's time and its title ("14:32 — Zugestellt"). */
const LEADING_SEPARATOR = /^[\s\-–—·•|:]+/;

/**
 * An item that says what happened in one of its first two parts (a status, or an event title
 * opening with one) and when in another part holding a digit (before it or after); else none.
 */
function eventOf(ctx: FactContext, item: VNode): TrackingEvent | null {
  const parts = item.children.filter((c) => ctx.text.of(c, MAX_PART));
  const partText = (p: VNode) => (ctx.text.of(p, MAX_PART) ?? '').replace(LEADING_SEPARATOR, '');
  const at = parts.slice(0, 2).findIndex((p) => statusOfPart(partText(p)));
  const statusNode = parts[at];
  if (!statusNode) return null;
  const status = partText(statusNode);
  const dated = (p: VNode) => p !== statusNode && /\d/.test(ctx.text.of(p, MAX_PART) ?? '');
  // The date before the status ("28 Nov, 14:12 · Delivered"), else the first one after it; a
  // time alone before it gives way to a day printed after it ("14:05 · Zugestellt · Fr., 06.12.").
  const before = at === 1 && dated(parts[0] as VNode) ? parts[0] : undefined;
  const after = parts.slice(at + 1).filter(dated);
  const clockOnly = (p: VNode) => CLOCK_ONLY.test(ctx.text.of(p, MAX_PART) ?? '');
  if (before && clockOnly(before))
    for (const part of after) {
      const day = dayIn(ctx.text.of(part, MAX_PART) ?? '');
      if (day) return { status, statusNode, when: part, date: day };
    }
  const when = before ?? after[0];
  return when ? { status, statusNode, when } : null;
}

/**
 * A carrier's history drawn as a table ("Date / time | Location | Event", no column the reader
 * knows, so never read by column): rows each holding a date and what happened. A row saying
 * the parcel was delivered ("Die Sendung wurde vom Empfänger in der Filiale abgeholt.") says so,
 * on its day, as a list's would; the other rows say nothing final.
 */
function readEventTable(ctx: FactContext, table: VNode): void {
  const rows = ownDescendants(ctx.tree.nodes, table, isRow, isTable);
  if (rows.some((row) => ctx.judgedRows.get(row) === true)) return;
  const dated = rows.flatMap((row) => datedCells(ctx, row) ?? []);
  // A history: two dated rows or more (one dated row with a status is a shipment's row).
  if (dated.length < 2) return;
  const days = dated.map((cells) => ctx.text.of(cells[0] as VNode, MAX_PART) ?? '');
  for (const [i, cells] of dated.entries()) {
    const event = rowEvent(ctx, cells);
    const day = event && ctx.text.of(event.when, MAX_PART);
    if (event && day && rowKind(event.status) === 'delivered' && isNewestEnd(days, i))
      addDelivered(ctx, event, day);
  }
}

/**
 * Whether a history's event `i` may be its newest: one of its two ends (histories run newest
 * first or oldest first), and, when the ends' days tell, the later end. A "delivered" further in
 * was overtaken ("Korrektur: nicht zugestellt", a second attempt) and says nothing of now.
 */
export function isNewestEnd(whens: readonly string[], i: number): boolean {
  const last = whens.length - 1;
  if (i !== 0 && i !== last) return false;
  if (last <= 0) return true;
  const first = dayOfEvent(whens[0] as string);
  const end = dayOfEvent(whens[last] as string);
  if (!first || !end || first === end) return true;
  return i === 0 ? first > end : end > first;
}

/** An event's day, to order a history's ends (one language-free reading for every event). */
const dayOfEvent = (when: string) =>
  parseMarketplaceDate(dayPart(when).replace(/^\p{L}+\.?,?\s+(?=\d)/u, ''), 'en-GB', '2000-01-01');

/** What a history row's cell says: a status word starting it, or an event's sentence. */
const rowKind = (text: string) => matchStatus(text) ?? eventKind(text);

/** A row's cells, two data cells or more, the first holding a digit (its date or time). */
function datedCells(ctx: FactContext, row: VNode): VNode[][] | null {
  const cells = ownDescendants(ctx.tree.nodes, row, isCell, isRow);
  if (cells.length < 2 || cells.some((c) => c.name === 'th')) return null;
  return /\d/.test(ctx.text.of(cells[0] as VNode, MAX_PART) ?? '') ? [cells] : null;
}

/** A dated row with a cell after its date saying what happened, as a status word begins it. */
function rowEvent(ctx: FactContext, cells: readonly VNode[]): TrackingEvent | null {
  const when = cells[0] as VNode;
  const statusNode = cells.slice(1).find((c) => rowKind(ctx.text.of(c, MAX_PART) ?? ''));
  const status = statusNode ? ctx.text.of(statusNode, MAX_PART) : null;
  return statusNode && status ? { status, statusNode, when } : null;
}
