import { CHECKLISTS, type ChecklistId, stepKey } from '../checklists/checklists';
import { CLAIM_TEXTS, claimText } from '../claims/claim-text';
import { formatCalendarDate } from '../dates/calendar-day';
import { LANG_LOCALE, type Lang } from '../i18n/lang';
import type { Finding } from '../model/finding';
import { type Order, primaryOrderId } from '../model/order';
import { swishipUrl } from '../model/order-key';
import {
  EVIDENCE_TEXTS,
  type EvidenceTexts,
  evidenceSaveBy,
  evidenceShipDate,
  isEvidenceFinding,
} from './evidence-texts';

// The evidence pack of one claim (issue 15 item 8): one self-contained HTML file the seller keeps,
// and prints to PDF from the browser, before the carrier's tracking is gone (about 90 days after
// shipping). It holds the order's facts, its tracking and Swiship link, what MCF Desk saw and when
// (history rows and the provenance of each field), the claim checklist with its ticked steps and
// case id, the case text (in the case-text language), and for damage the photo checklist.
// No script, no style sheet or image from elsewhere: every value is escaped, links are plain
// `<a href>` to https pages. Pure: "now" is a parameter.

/** One history row, as `entrypoints/background/db.ts` stores it (`HistoryRow`). */
export interface EvidenceHistoryRow {
  at: string;
  source: string;
  created?: boolean;
  fields?: number;
  changes: readonly { path: string; from?: unknown; to: unknown; source?: string; seenAt?: string }[];
  conflicts?: readonly { path: string; kept?: unknown; observed?: unknown }[];
}

export interface EvidenceInput {
  key: string;
  order: Order;
  findings: readonly Finding[];
  checklist: { steps: Readonly<Record<string, { done: boolean; at: string; note?: string }>> };
  history: readonly EvidenceHistoryRow[];
  /** When and from what the order was first seen (its row's `firstSeenAt`, `created`). */
  firstSeen?: { at: string; source?: string; fields?: number };
  /** Language of the pack's own words. */
  lang: Lang;
  /** Language of the case text (the `caseTextLanguage` setting resolved for the order). */
  caseLang: Lang;
  now: Date;
}

export interface EvidencePack {
  fileName: string;
  html: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an HTML text node or a quoted attribute. */
export function escapeHtml(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
  return (text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The claim finding a pack is written for, the most useful first. */
export function evidenceFinding(findings: readonly Finding[]): Finding | undefined {
  return (
    findings.find((f) => f.kind === 'lost-claimable' || f.kind === 'damaged-claimable') ??
    findings.find(isEvidenceFinding)
  );
}

/** A file name made of safe characters only. */
function fileNameFor(order: Order, now: Date): string {
  const id = primaryOrderId(order)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 80);
  return `mcf-desk-evidence-${id}-${now.toISOString().slice(0, 10)}.html`;
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;color:#111;max-width:60em;margin:1.5em auto;padding:0 1em}
h1{font-size:1.5em;margin:0 0 .2em}h2{font-size:1.15em;margin:1.4em 0 .4em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.25em .45em;text-align:left;vertical-align:top}
th{background:#eee}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:600}dd{margin:0}
pre{white-space:pre-wrap;border:1px solid #bbb;padding:.6em;background:#f7f7f7;font:13px/1.4 ui-monospace,monospace}
.meta{color:#444}.reminder{font-weight:600}code{word-break:break-all}
@media print{.noprint{display:none}body{margin:0;max-width:none}a{color:#000}h2{break-after:avoid}tr{break-inside:avoid}}`;

/** The evidence pack of an order, or null when it has no lost or damaged claim finding. */
export function evidencePack(input: EvidenceInput): EvidencePack | null {
  const finding = evidenceFinding(input.findings);
  if (!finding) return null;
  const { order, lang } = input;
  const t = EVIDENCE_TEXTS[lang];
  const locale = LANG_LOCALE[lang];
  const zone = order.marketplace.timeZone;
  const day = (value: string | undefined): string =>
    value ? formatCalendarDate(value, locale, 'long') : t.unknown;
  const instant = (value: string | undefined): string => formatInstant(value, locale, zone, t.unknown);
  const source = (value: string | undefined): string =>
    value ? (t.sources[value as keyof EvidenceTexts['sources']] ?? value) : t.unknown;
  const id = primaryOrderId(order);
  const saveBy = evidenceSaveBy(order, input.findings);

  const sections = [
    factsSection(input, finding, t, day, saveBy),
    trackingSection(order, t, day),
    timelineSection(input, t, instant, source),
    provenanceSection(order, t, instant, source),
    checklistSection(input, finding, t, instant),
    caseTextSection(order, finding, input.caseLang, t),
    finding.kind === 'damaged-claimable' ? photosSection(input.caseLang, t) : '',
  ];

  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(`${t.title} – ${id}`)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(`${t.title} – ${id}`)}</h1>
<p class="meta">${escapeHtml(t.generated)} ${escapeHtml(instant(input.now.toISOString()))}</p>
${saveBy ? `<p class="reminder" data-section="reminder">${escapeHtml(t.saveBefore(day(saveBy)))}</p>` : ''}
<p class="meta noprint">${escapeHtml(t.printHint)}</p>
</header>
${sections.filter(Boolean).join('\n')}
</body>
</html>
`;
  return { fileName: fileNameFor(order, input.now), html };
}

function formatInstant(value: string | undefined, locale: string, zone: string, unknown: string): string {
  if (!value) return unknown;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(date)} (${zone})`;
  } catch {
    return value;
  }
}

const section = (id: string, title: string, body: string): string =>
  `<section data-section="${id}">\n<h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;

const row = (label: string, value: string | undefined): string =>
  value === undefined || value === '' ? '' : `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`;

const table = (headers: readonly string[], rows: readonly (readonly string[])[]): string =>
  `<table><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

function factsSection(
  input: EvidenceInput,
  finding: Finding,
  t: EvidenceTexts,
  day: (v: string | undefined) => string,
  saveBy: string | undefined,
): string {
  const { order } = input;
  const f = t.facts;
  const shipments = order.shipments;
  const edd = shipments[0]?.estimatedArrivalDate ?? order.estimatedArrivalDate;
  const kind = finding.kind as keyof EvidenceTexts['findingKinds'];
  const facts = [
    row(f.order, order.sellerFulfillmentOrderId),
    row(f.displayable, order.displayableOrderId),
    row(f.merchant, order.merchantId),
    row(f.marketplace, `${order.marketplace.host} (${order.marketplace.countryCode})`),
    row(f.status, order.fulfillmentOrderStatus),
    row(f.purpose, order.purpose),
    row(f.salesChannel, order.salesChannel),
    ...shipments.map((s, i) =>
      row(
        `${f.shipment}${shipments.length > 1 ? ` ${i + 1}` : ''}`,
        [s.amazonShipmentId, s.fulfillmentShipmentStatus].filter(Boolean).join(' · ') || t.unknown,
      ),
    ),
    row(f.shipped, day(evidenceShipDate(order, finding))),
    row(f.edd, day(edd)),
    row(f.finding, t.findingKinds[kind] ?? finding.kind),
    row(f.deadline, finding.deadline ? day(finding.deadline) : undefined),
    row(f.saveBefore, saveBy ? day(saveBy) : undefined),
    row(f.damage, order.damage ? `${day(order.damage.reportedDate)} (${order.damage.source})` : undefined),
    row(
      f.returns,
      order.returns
        .map((r) => `${r.rmaId} · ${r.status}${r.receivedCondition ? ` · ${r.receivedCondition}` : ''}`)
        .join('; '),
    ),
  ].join('');
  const items = table(
    [f.sku, f.itemTitle, 'ASIN', 'FNSKU', f.quantity],
    order.items.map((i) => [i.sellerSku, i.title ?? '', i.asin ?? '', i.fnsku ?? '', String(i.quantity)]),
  );
  return section('facts', t.sections.facts, `<dl>${facts}</dl>\n<h3>${escapeHtml(f.items)}</h3>\n${items}`);
}

function trackingSection(order: Order, t: EvidenceTexts, day: (v: string | undefined) => string): string {
  const r = t.tracking;
  const packages = order.shipments.flatMap((s) => s.packages);
  if (!packages.some((p) => p.trackingNumber || p.currentStatus || p.events.length > 0))
    return section('tracking', t.sections.tracking, `<p>${escapeHtml(r.none)}</p>`);
  const blocks = packages.map((p) => {
    const link = p.trackingNumber
      ? `<dt>${escapeHtml(r.link)}</dt><dd><a href="${escapeHtml(swishipUrl(p.trackingNumber, order.marketplace.locale))}" rel="noreferrer">${escapeHtml(swishipUrl(p.trackingNumber, order.marketplace.locale))}</a></dd>`
      : '';
    const facts = [
      row(r.carrier, p.carrierCode),
      row(r.number, p.trackingNumber),
      row(r.status, p.currentStatus),
      row(r.delivered, p.deliveredDate ? day(p.deliveredDate) : undefined),
      row(r.signedBy, p.signedForBy),
    ].join('');
    const events =
      p.events.length > 0
        ? `<h3>${escapeHtml(r.events)}</h3>${table(
            [t.timeline.when, 'Code', t.timeline.what],
            p.events.map((e) => [e.date ? day(e.date) : t.unknown, e.code, e.description ?? '']),
          )}`
        : '';
    return `<dl>${facts}${link}</dl>${events}`;
  });
  return section('tracking', t.sections.tracking, blocks.join('\n<hr>\n'));
}

const shown = (value: unknown): string =>
  value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

function timelineSection(
  input: EvidenceInput,
  t: EvidenceTexts,
  instant: (v: string | undefined) => string,
  source: (v: string | undefined) => string,
): string {
  const l = t.timeline;
  const rows: { at: string; cells: string[] }[] = [];
  if (input.firstSeen)
    rows.push({
      at: input.firstSeen.at,
      cells: [
        instant(input.firstSeen.at),
        source(input.firstSeen.source),
        input.firstSeen.fields !== undefined ? l.firstSeen(input.firstSeen.fields) : l.firstSeenUnknown,
      ],
    });
  for (const h of input.history) {
    const what = [
      ...(h.created ? [h.fields !== undefined ? l.firstSeen(h.fields) : l.firstSeenUnknown] : []),
      ...h.changes.map((c) => `${c.path}: ${shown(c.from)} → ${shown(c.to)}`),
      ...(h.conflicts ?? []).map((c) => `${c.path}: ${shown(c.observed)} (${l.conflict})`),
    ];
    rows.push({ at: h.at, cells: [instant(h.at), source(h.source), what.join('\n') || l.changed] });
  }
  rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const body =
    rows.length > 0
      ? table(
          [l.when, l.source, l.what],
          rows.map((r) => r.cells),
        ).replaceAll('\n', '<br>')
      : '';
  return section(
    'timeline',
    t.sections.timeline,
    `${body}${input.history.length === 0 ? `<p>${escapeHtml(l.none)}</p>` : ''}`,
  );
}

function provenanceSection(
  order: Order,
  t: EvidenceTexts,
  instant: (v: string | undefined) => string,
  source: (v: string | undefined) => string,
): string {
  const entries = Object.entries(order.provenance).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return section(
    'provenance',
    t.sections.provenance,
    table(
      [t.timeline.path, t.timeline.source, t.timeline.seenAt],
      entries.map(([path, p]) => [path, source(p.source), instant(p.seenAt)]),
    ),
  );
}

function checklistSection(
  input: EvidenceInput,
  finding: Finding,
  t: EvidenceTexts,
  instant: (v: string | undefined) => string,
): string {
  const id: ChecklistId = finding.kind === 'damaged-claimable' ? 'damaged' : 'lost';
  const checklist = CHECKLISTS[id];
  let caseId: string | undefined;
  const items = checklist.steps.map((step) => {
    const saved = input.checklist.steps[stepKey(id, step.id)];
    if (step.kind === 'case-id' && saved?.note) caseId = saved.note;
    const state = saved?.done ? `☑ ${t.checklist.done} ${instant(saved.at)}` : `☐ ${t.checklist.notDone}`;
    return `<li data-step="${escapeHtml(step.id)}"${saved?.done ? ' data-done="true"' : ''}>${escapeHtml(step.text[input.lang])} — ${escapeHtml(state)}</li>`;
  });
  const caseLine = caseId
    ? `<dl data-case-id>${row(t.checklist.caseId, caseId)}</dl>`
    : `<p>${escapeHtml(t.checklist.noCaseId)}</p>`;
  return section(
    'checklist',
    `${t.sections.checklist} – ${checklist.title[input.lang]}`,
    `${caseLine}\n<ol>${items.join('')}</ol>`,
  );
}

function caseTextSection(order: Order, finding: Finding, caseLang: Lang, t: EvidenceTexts): string {
  return section(
    'case-text',
    t.sections.caseText,
    `<pre lang="${escapeHtml(caseLang)}">${escapeHtml(claimText(order, finding, caseLang))}</pre>`,
  );
}

function photosSection(caseLang: Lang, t: EvidenceTexts): string {
  const photos = CLAIM_TEXTS[caseLang].photos;
  return section(
    'photos',
    t.sections.photos,
    `<ul lang="${escapeHtml(caseLang)}">${photos.map((p) => `<li>☐ ${escapeHtml(p)}</li>`).join('')}</ul>`,
  );
}
