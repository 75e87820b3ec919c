import { splitTime } from '../../../dates/date-time';
import type { Line } from '../tree-text';
import type { VNode } from '../visible-tree';
import type { FactContext } from './context';
import { addDelivered, CLOCK, eventKind, isNewestEnd, namesADay } from './events';

// A carrier's history printed as lines of text, where neither a list's items nor a table's cells
// part an event's date from what happened: a cell's lines broken by <br> or by blocks
// ("04.12.2024 12:31 CONSEGNATA"), a list item holding both in one text ("03/12/2024 12:48 —
// Entregado."), the date after the event and its place ("Delivered, In/At Mailbox — AUSTIN, TX
// — December 5, 2024, 2:14 pm"), or several events on one line ("02/12/2024 13:05 Entregado ·
// 02/12/2024 08:30 En reparto"). Each line names a day and an event; two or more side by side are
// a history, and one alone only when stamped with a time (carriers that send only the final
// event). Delivered and shipped events are read as a list's are; the others say nothing final.

interface EventLine {
  /** The event's date as printed, its time included. */
  when: string;
  /** What happened ("Entregado", "Die Sendung wurde zugestellt."). */
  what: string;
  node: VNode;
}

/** Between an event's parts: a dash, a bar. */
const PART_BREAK = /\s+[—–|]\s+|\s+-\s+/u;
/** Between events printed on one line. */
const EVENT_BREAK = /\s+[·•]\s+|\s*;\s+/u;
const LEADING_BREAK = /^[\s\-–—·•|:,]+/u;
const MAX_DATE_WORDS = 7;

export function readEventLines(ctx: FactContext): void {
  let run: EventLine[] = [];
  let last: Line | null = null;
  const flush = () => {
    readHistory(ctx, run);
    run = [];
  };
  for (const line of ctx.text.lines()) {
    if (alreadyRead(ctx, line)) {
      flush();
      continue;
    }
    const parts = line.text.split(EVENT_BREAK);
    if (parts.length > 1) {
      // Several events on one line: a history of its own when each part is one (the first may
      // follow its label: "Eventi del corriere 02/12/2024 13:05 Entregado").
      const events = parts.map((part, i) => eventLine(part, line.first, i === 0));
      if (events.every((e) => e !== null)) {
        flush();
        readHistory(ctx, events);
        last = null;
        continue;
      }
    }
    const event = eventLine(line.text, line.first, false);
    if (!event) {
      flush();
      last = null;
      continue;
    }
    if (last && !sideBySide(last, line)) flush();
    run.push(event);
    last = line;
  }
  flush();
}

/** Lines of one history: the same block broken by <br>, or sibling blocks (a list's, a grid's rows). */
const sideBySide = (a: Line, b: Line) => a.owner === b.owner || a.owner.parent === b.owner.parent;

/** A line an earlier reader of events (a list, a table) already read. */
function alreadyRead(ctx: FactContext, line: Line): boolean {
  return ctx.facts.some(
    (f) => (f.key === 'deliveryStatus' || f.key === 'deliveredDate') && line.owner.contains(f.node),
  );
}

function readHistory(ctx: FactContext, events: readonly EventLine[]): void {
  const lone = events.length === 1 && events[0];
  if (lone && !CLOCK.test(lone.when)) return;
  const whens = events.map((e) => e.when);
  for (const [i, event] of events.entries()) {
    const kind = eventKind(event.what);
    // Weaker than a labelled status or date, as a list's events are.
    if (kind === 'delivered' && isNewestEnd(whens, i))
      addDelivered(ctx, { status: event.what, statusNode: event.node, when: event.node }, event.when);
    else if (kind === 'shipped' && !lone)
      ctx.add('shippingDate', event.when, 1, event.node.pos, event.node, null);
  }
}

/**
 * A text that is one event: its date first, then what happened ("04.12.2024 12:31 CONSEGNATA"),
 * or what happened first and its date in a later part ("Delivered — AUSTIN, TX — Dec 5, 2024").
 * `afterLabel`: the date may come after a few words of a label.
 */
function eventLine(text: string, node: VNode, afterLabel: boolean): EventLine | null {
  const dated = dateFirst(text) ?? (afterLabel ? dateAfterLabel(text) : null);
  if (dated) return { ...dated, node };
  const parts = text.split(PART_BREAK);
  if (parts.length < 2 || !/^\p{L}/u.test(parts[0] as string)) return null;
  const when = parts.slice(1).find((part) => isDate(part));
  return when ? { when, what: (parts[0] as string).trim(), node } : null;
}

/** A date (and time) then words: the longest run of first words that is a date. */
function dateFirst(text: string): { when: string; what: string } | null {
  if (!/^\p{N}|^\p{L}{2,4}\.?,?\s+\p{N}/u.test(text)) return null;
  const words = text.split(/\s+/);
  for (let k = Math.min(MAX_DATE_WORDS, words.length - 1); k >= 1; k--) {
    const when = words
      .slice(0, k)
      .join(' ')
      .replace(/[\s\-–—·•|:,]+$/u, '');
    const what = words.slice(k).join(' ').replace(LEADING_BREAK, '');
    if (/^\p{L}/u.test(what) && isDate(when)) return { when, what };
  }
  return null;
}

/** "Eventi del corriere 02/12/2024 13:05 Entregado": a label of a few words, then an event. */
function dateAfterLabel(text: string): { when: string; what: string } | null {
  const digit = text.search(/\p{N}/u);
  if (digit <= 0) return null;
  const label = text.slice(0, digit).trim();
  if (label.split(/\s+/).length > 4 || !/^\p{L}[\p{L}\s'’.]*:?$/u.test(label)) return null;
  return dateFirst(text.slice(digit));
}

/** A day as printed, with or without its time and zone (read as the candidates read it). */
function isDate(text: string): boolean {
  const timed = splitTime(text.trim());
  return timed ? namesADay(timed.date) : !CLOCK.test(text) && namesADay(text.trim());
}
