import type { OrderPageReading, PageOutcome } from '../page/read-order-page';
import type { RemovedCounts } from './redact';

// The comment at the top of a capture: where and when the page was, which MCF Desk read it, and
// what it read (fields found, missing, conflicting, and what the seller typed), so that a
// maintainer sees what went wrong and a test can read the page again at its URL
// (tests/fixtures/captures/README.md). Every page-derived value goes through `redact` first.

export interface TypedField {
  /** Dotted path in the order, as the overlay saves it (`shipments.0.estimatedArrivalDate`). */
  path: string;
  value: string | number | null;
}

export interface CaptureHeaderInput {
  url: string;
  /** Instant of the capture, ISO 8601. */
  now: string;
  /** MCF Desk's version (the manifest's). */
  version: string;
  /** The browser's UI language (`i18n.getUILanguage()`). */
  uiLanguage: string;
  /** What the reader made of the page; null when it was not asked. */
  reading: PageOutcome | null;
  /** Values the seller typed for this order. */
  typed?: readonly TypedField[];
  /** What the capture removed; read once the page is written. */
  removed?: () => RemovedCounts;
  /** Applied to every page-derived text written here. */
  redact?: (text: string) => string;
}

export const HEADER_TITLE = 'MCF Desk page capture';
/** How a "-" followed by another "-" is written in the header: a comment cannot end early. */
export const DASH_BREAK = '\u200b';
const MAX_VALUE = 200;

/** Text safe inside an HTML comment: no "--" (so no "-->", "--!>"), no line breaks. */
export function commentSafe(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/-(?=-)/g, `-${DASH_BREAK}`);
}

/** The URL without its fragment (a fragment is the page's state, and may hold anything). */
export function urlWithoutFragment(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url.split('#')[0] ?? '';
  }
}

/** Every primitive value of an order reading by dotted path, provenance left out. */
export function fieldsOf(order: OrderPageReading['order']): [string, string][] {
  const fields: [string, string][] = [];
  const stack: [string, unknown][] = [['', order]];
  while (stack.length > 0) {
    const [path, value] = stack.pop()!;
    if (value === undefined) continue;
    if (value === null || typeof value !== 'object') {
      fields.push([path, String(value)]);
      continue;
    }
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value as Record<string, unknown>).filter(
          ([key]) => path !== '' || key !== 'provenance',
        );
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      stack.push([path === '' ? key : `${path}.${key}`, child]);
    }
  }
  return fields;
}

/** The values the seller typed in an order: the fields whose provenance is the seller's. */
export function typedFieldsOf(order: { provenance?: Record<string, { source: string }> }): TypedField[] {
  const typed: TypedField[] = [];
  for (const [path, stamp] of Object.entries(order.provenance ?? {})) {
    if (stamp.source !== 'user') continue;
    let value: unknown = order;
    for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
    typed.push({
      path,
      value:
        typeof value === 'string' || typeof value === 'number' ? value : value == null ? null : String(value),
    });
  }
  return typed;
}

const clip = (text: string) => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text);

/** The header comment, ending with a line break. */
export function captureHeader(input: CaptureHeaderInput): string {
  const redact = input.redact ?? ((text: string) => text);
  const value = (text: string) => commentSafe(clip(redact(text)));
  const lines: string[] = [
    `${HEADER_TITLE} (in this comment, "-${DASH_BREAK}-" stands for two dashes)`,
    `url: ${value(urlWithoutFragment(input.url))}`,
    `captured-at: ${commentSafe(input.now)}`,
    `extension-version: ${commentSafe(input.version)}`,
    `ui-language: ${commentSafe(input.uiLanguage)}`,
  ];
  const outcome = input.reading;
  if (!outcome) lines.push('reading: not asked');
  else if (outcome.kind === 'none') lines.push('reading: none (not read as an order page)');
  else if (outcome.kind === 'refused')
    lines.push(
      `reading: refused, ${commentSafe(outcome.reason)} (${outcome.orderIds.map(value).join(', ')})`,
    );
  else {
    const { order, missing, conflicts } = outcome.reading;
    lines.push('reading: order');
    lines.push('found:');
    for (const [path, text] of fieldsOf(order)) lines.push(`  ${commentSafe(path)} = ${value(text)}`);
    lines.push(`missing: ${missing.map(commentSafe).join(', ') || '(none)'}`);
    lines.push(`conflicting: ${conflicts.map(commentSafe).join(', ') || '(none)'}`);
  }
  const typed = input.typed ?? [];
  lines.push(typed.length === 0 ? 'typed-by-seller: (none)' : 'typed-by-seller:');
  for (const field of typed)
    lines.push(
      `  ${commentSafe(field.path)} = ${field.value === null ? '(cleared)' : value(String(field.value))}`,
    );
  if (input.removed) {
    const removed = input.removed();
    lines.push(
      `removed: ${Object.entries(removed)
        .map(([kind, count]) => `${kind} ${count}`)
        .join(', ')}`,
    );
  }
  return `<!--\n${lines.map((line) => `  ${line}`).join('\n')}\n-->\n`;
}

export interface ParsedCaptureHeader {
  url: string;
  capturedAt: string;
  version: string;
  uiLanguage: string;
}

/** The facts of a capture's header, or null when the file does not start with one. */
export function parseCaptureHeader(html: string): ParsedCaptureHeader | null {
  const start = html.indexOf('<!--');
  if (start < 0 || html.slice(0, start).trim() !== '') return null;
  const end = html.indexOf('-->', start + 4);
  if (end < 0) return null;
  const comment = html.slice(start + 4, end);
  if (!comment.includes(HEADER_TITLE)) return null;
  const field = (name: string) => {
    const line = comment.split('\n').find((l) => l.trim().startsWith(`${name}: `));
    return line
      ?.trim()
      .slice(name.length + 2)
      .replaceAll(DASH_BREAK, '');
  };
  const url = field('url');
  if (!url) return null;
  return {
    url,
    capturedAt: field('captured-at') ?? '',
    version: field('extension-version') ?? '',
    uiLanguage: field('ui-language') ?? '',
  };
}
