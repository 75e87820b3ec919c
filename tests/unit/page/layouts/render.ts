import fc from 'fast-check';
import {
  addDays,
  anyTrackingArb,
  type Language,
  orderArb,
  TODAY,
  type TruthItem,
  type TruthOrder,
} from './order-model';
import {
  CHROME,
  DATE_STYLES,
  type DateStyle,
  FIELDS,
  type Field,
  formatDate,
  formatWindow,
  LABELS,
  NOISE,
  STATUS_WORDS,
  withColon,
} from './wordings';

// Renders one TruthOrder as a whole Seller Central order-detail page, in one of several layouts
// and variants. Everything the page shows is drawn from the truth and the variant only, so a page
// is reproducible from (language, layout, seed).

export const LAYOUTS = ['classic', 'dl', 'table', 'grid', 'inline', 'legacy', 'katal', 'aria'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const ITEM_STYLES = ['header-table', 'product-cell', 'block', 'item-dl'] as const;
export type ItemStyle = (typeof ITEM_STYLES)[number];

export const DECOYS = ['none', 'display-none', 'aria-hidden', 'hidden-attr', 'visibility-hidden'] as const;
export type Decoy = (typeof DECOYS)[number];

export interface PageVariant {
  layout: Layout;
  itemStyle: ItemStyle;
  /** Index into each field's wordings (modulo their count). */
  wording: Record<Field, number>;
  /** Labels end with a colon ("Transporteur :"); inline and legacy layouts always have one. */
  colon: boolean;
  dateStyle: DateStyle;
  /** The EDD printed as a window whose last day is the EDD; days from its first day. */
  eddWindow: number | null;
  /** Where the EDD stands when there is a shipment block. */
  eddPlace: 'summary' | 'shipment';
  /** A status row with its label, or a bare badge next to the title. */
  statusStyle: 'labelled' | 'badge';
  statusWord: number;
  trackingLink: boolean;
  decoy: Decoy;
  decoyTracking: string;
  /** Days after the EDD (or today) of the decoy's EDD. */
  decoyEddOffset: number;
  katalMode: 'shadow-label' | 'slotted-label';
  htmlLang: 'short' | 'region';
  noise: { address: boolean; breadcrumb: boolean; comments: boolean };
}

export interface Page {
  order: TruthOrder;
  variant: PageVariant;
  html: string;
  url: string;
  /** What only the hidden decoy shows; none of it may be read. */
  decoy?: { edd: string; tracking: string };
}

export function variantArb(layout: Layout, language: Language, index: number): fc.Arbitrary<PageVariant> {
  const wording = fc.record(
    Object.fromEntries(FIELDS.map((f) => [f, fc.nat({ max: 2 })])) as Record<Field, fc.Arbitrary<number>>,
  );
  return fc.record({
    layout: fc.constant(layout),
    // Item styles and decoys cycle with the page index so every combination is covered.
    itemStyle: fc.constant(ITEM_STYLES[index % ITEM_STYLES.length]!),
    wording,
    colon: fc.boolean(),
    dateStyle: fc.constantFrom(...DATE_STYLES),
    eddWindow: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 2 }),
    eddPlace: fc.constantFrom('summary' as const, 'shipment' as const),
    statusStyle: fc.constantFrom('labelled' as const, 'labelled' as const, 'badge' as const),
    statusWord: fc.nat({ max: 1 }),
    trackingLink: fc.boolean(),
    decoy: fc.constant(DECOYS[Math.floor(index / ITEM_STYLES.length) % DECOYS.length]!),
    decoyTracking: anyTrackingArb(language),
    decoyEddOffset: fc.integer({ min: 5, max: 12 }),
    katalMode: fc.constantFrom('shadow-label' as const, 'slotted-label' as const),
    htmlLang: fc.constantFrom('short' as const, 'region' as const),
    noise: fc.record({ address: fc.boolean(), breadcrumb: fc.boolean(), comments: fc.boolean() }),
  });
}

export function pageArb(layout: Layout, language: Language, index: number): fc.Arbitrary<Page> {
  return fc
    .tuple(orderArb(language), variantArb(layout, language, index))
    .map(([order, variant]) => renderPage(order, variant));
}

/** The one page of (layout, language, index, seed): what a failure message lets you rebuild. */
export function pageFor(layout: Layout, language: Language, index: number, seed: number): Page {
  return fc.sample(pageArb(layout, language, index), { seed, numRuns: 1 })[0]!;
}

// ---------------------------------------------------------------------------------------------

const REGION: Record<Language, string> = { fr: 'fr-FR', en: 'en-US', de: 'de-DE', es: 'es-ES', it: 'it-IT' };

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Row {
  field: Field;
  label: string;
  /** Plain text value. */
  text: string;
  /** Markup of the value when it is more than text (a tracking link). */
  html?: string;
}

interface Ctx {
  order: TruthOrder;
  variant: PageVariant;
  language: Language;
}

function label(ctx: Ctx, field: Field): string {
  const options = LABELS[ctx.language][field];
  return options[ctx.variant.wording[field] % options.length]!;
}

/** Label as shown in a label element (with or without colon, by variant). */
function shownLabel(ctx: Ctx, row: Row): string {
  return ctx.variant.colon ? withColon(row.label, ctx.language) : row.label;
}

const valueHtml = (row: Row) => row.html ?? esc(row.text);

type SectionKind = 'summary' | 'shipment';

/** One block of label/value facts in the layout of the page. */
function renderSection(ctx: Ctx, kind: SectionKind, title: string, rows: Row[]): string {
  const L = (r: Row) => esc(shownLabel(ctx, r));
  const V = valueHtml;
  const h = `<h3 class="section-title">${esc(title)}</h3>`;
  switch (ctx.variant.layout) {
    case 'classic':
      return `<div class="a-box"><div class="a-box-inner">${h}${rows
        .map(
          (r) =>
            `<div class="a-row a-spacing-mini"><span class="a-text-bold">${L(r)}</span> <span class="a-color-base">${V(r)}</span></div>`,
        )
        .join('')}</div></div>`;
    case 'dl':
      return `<section class="order-section">${h}<dl class="order-facts">${rows
        .map((r) => `<dt>${L(r)}</dt><dd>${V(r)}</dd>`)
        .join('')}</dl></section>`;
    case 'table':
      return `<table class="a-keyvalue"><caption>${esc(title)}</caption><tbody>${rows
        .map((r) => `<tr><th scope="row">${L(r)}</th><td>${V(r)}</td></tr>`)
        .join('')}</tbody></table>`;
    case 'grid':
      return `<div class="card">${h}<div class="facts-grid" style="display: grid; grid-template-columns: 14rem 1fr; gap: 4px 16px;">${rows
        .map((r) => `<div class="fact-label">${L(r)}</div><div class="fact-value">${V(r)}</div>`)
        .join('')}</div></div>`;
    case 'inline':
      // One text node per fact: "Transporteur : Colissimo".
      return `<div class="order-block">${h}${rows
        .map((r) => `<div class="line">${esc(`${withColon(r.label, ctx.language, false)} ${r.text}`)}</div>`)
        .join('')}</div>`;
    case 'legacy':
      if (kind === 'summary') {
        return `<table class="data-display" width="100%" cellpadding="4"><tr><td class="data-display-field" valign="top">${rows
          .map((r) => `<b>${esc(withColon(r.label, ctx.language))}</b> ${V(r)}`)
          .join('<br>')}</td></tr></table>`;
      }
      return `<table class="shipment-table" border="1" cellspacing="0"><tr><th align="left">${esc(title)}</th></tr><tr><td>${rows
        .map((r) => esc(`${withColon(r.label, ctx.language)} ${r.text}`))
        .join('<br>\n')}</td></tr></table>`;
    case 'katal':
      return `<kat-box variant="white-box"><template shadowrootmode="open"><div class="kat-box"><div class="header"><slot name="header"></slot></div><div class="body"><slot></slot></div></div></template><h3 slot="header">${esc(title)}</h3>${rows
        .map((r) => katalRow(ctx, r))
        .join('')}</kat-box>`;
    case 'aria':
      if (kind === 'summary') {
        return `<div class="summary" role="table" aria-label="${esc(title)}">${h}${rows
          .map(
            (r) =>
              `<div role="row"><span role="rowheader">${L(r)}</span> <span role="cell">${V(r)}</span></div>`,
          )
          .join('')}</div>`;
      }
      return `<div class="shipment" role="group" aria-label="${esc(title)}">${h}<div role="list">${rows
        .map(
          (r) =>
            `<div role="listitem"><span role="term">${L(r)}</span> <span role="definition">${V(r)}</span></div>`,
        )
        .join('')}</div></div>`;
  }
}

function katalRow(ctx: Ctx, r: Row): string {
  const shown = esc(shownLabel(ctx, r));
  if (ctx.variant.katalMode === 'shadow-label') {
    return `<kat-label-value label="${esc(r.label)}"><template shadowrootmode="open"><div class="row" part="row"><span class="label" part="label">${shown}</span><span class="value" part="value"><slot></slot></span></div></template>${valueHtml(r)}</kat-label-value>`;
  }
  return `<kat-label-value label="${esc(r.label)}"><template shadowrootmode="open"><div class="row" part="row"><span class="label"><slot name="label"></slot></span><span class="value"><slot></slot></span></div></template><span slot="label">${shown}</span><span>${valueHtml(r)}</span></kat-label-value>`;
}

// ---------------------------------------------------------------------------------------------
// Items

function renderItems(ctx: Ctx, items: TruthItem[]): string {
  const { language } = ctx;
  const product = label(ctx, 'product');
  const sku = label(ctx, 'sku');
  const qty = label(ctx, 'qty');
  const asin = label(ctx, 'asin');
  const link = (item: TruthItem) => `<a href="/dp/${item.asin}" class="product-link">${esc(item.title)}</a>`;
  const title = `<h3 class="section-title">${esc(CHROME[language].items)}</h3>`;
  switch (ctx.variant.itemStyle) {
    case 'header-table':
      return `<div class="items">${title}<table class="items-table"><thead><tr><th>${esc(product)}</th><th>${esc(sku)}</th><th>${esc(asin)}</th><th>${esc(qty)}</th></tr></thead><tbody>${items
        .map(
          (i) => `<tr><td>${link(i)}</td><td>${esc(i.sku)}</td><td>${esc(i.asin)}</td><td>${i.qty}</td></tr>`,
        )
        .join('')}</tbody></table></div>`;
    case 'product-cell':
      return `<div class="items">${title}<table class="items-table"><thead><tr><th>${esc(product)}</th><th>${esc(qty)}</th></tr></thead><tbody>${items
        .map(
          (i) =>
            `<tr><td>${link(i)}<br>${esc(withColon(asin, language, false))} ${esc(i.asin)}<br>${esc(withColon(sku, language, false))} ${esc(i.sku)}</td><td>${i.qty}</td></tr>`,
        )
        .join('')}</tbody></table></div>`;
    case 'block':
      return `<div class="items">${title}${items
        .map(
          (i) =>
            `<div class="item-block"><div class="item-title">${esc(i.title)}</div><div class="item-meta">${esc(
              [
                `${withColon(sku, language, false)} ${i.sku}`,
                `${withColon(asin, language, false)} ${i.asin}`,
                `${withColon(qty, language, false)} ${i.qty}`,
              ].join(' · '),
            )}</div></div>`,
        )
        .join('')}</div>`;
    case 'item-dl':
      return `<div class="items">${title}${items
        .map(
          (i) =>
            `<div class="item-card"><h4>${link(i)}</h4><dl><dt>${esc(sku)}</dt><dd>${esc(i.sku)}</dd><dt>${esc(asin)}</dt><dd>${esc(i.asin)}</dd><dt>${esc(qty)}</dt><dd>${i.qty}</dd></dl></div>`,
        )
        .join('')}</div>`;
  }
}

// ---------------------------------------------------------------------------------------------
// The page

function dateText(ctx: Ctx, iso: string): string {
  return formatDate(iso, ctx.language, ctx.variant.dateStyle);
}

function eddText(ctx: Ctx, edd: string): string {
  const w = ctx.variant.eddWindow;
  if (w === null) return dateText(ctx, edd);
  return formatWindow(addDays(edd, -w), edd, ctx.language, ctx.variant.dateStyle);
}

function trackingUrl(carrier: string, tracking: string): string {
  return `https://track.example.com/${encodeURIComponent(carrier)}/${encodeURIComponent(tracking)}`;
}

const HIDERS: Record<Exclude<Decoy, 'none'>, string> = {
  'display-none': 'style="display:none"',
  'aria-hidden': 'aria-hidden="true"',
  'hidden-attr': 'hidden',
  'visibility-hidden': 'style="visibility: hidden"',
};

export function renderPage(order: TruthOrder, variant: PageVariant): Page {
  const language = order.language;
  const ctx: Ctx = { order, variant, language };
  const chrome = CHROME[language];
  const statusWords = STATUS_WORDS[language][order.status];
  const statusWord = statusWords[variant.statusWord % statusWords.length]!;
  const hasShipment = order.shipDate !== undefined;
  const eddInShipment = hasShipment && variant.eddPlace === 'shipment';

  const row = (field: Field, text: string, html?: string): Row => ({
    field,
    label: label(ctx, field),
    text,
    ...(html ? { html } : {}),
  });

  const summary: Row[] = [row('orderId', order.amazonId)];
  if (order.sellerOrderId) summary.push(row('sellerOrderId', order.sellerOrderId));
  if (variant.statusStyle === 'labelled') summary.push(row('status', statusWord));
  if (order.edd && !eddInShipment) summary.push(row('edd', eddText(ctx, order.edd)));

  const trackingRow = (carrier: string, tracking: string) =>
    row(
      'tracking',
      tracking,
      variant.trackingLink && variant.layout !== 'inline' && variant.layout !== 'legacy'
        ? `<a href="${esc(trackingUrl(carrier, tracking))}" target="_blank">${esc(tracking)}</a>`
        : undefined,
    );

  let shipment = '';
  if (hasShipment) {
    const rows: Row[] = [
      row('shipDate', dateText(ctx, order.shipDate!)),
      row('carrier', order.carrier!),
      trackingRow(order.carrier!, order.tracking!),
    ];
    if (eddInShipment && order.edd) rows.push(row('edd', eddText(ctx, order.edd)));
    shipment = renderSection(ctx, 'shipment', chrome.shipment, rows);
  }

  let decoyHtml = '';
  let decoy: Page['decoy'];
  if (variant.decoy !== 'none') {
    const edd = addDays(order.edd ?? TODAY, variant.decoyEddOffset);
    decoy = { edd, tracking: variant.decoyTracking };
    const carrier = order.carrier ?? 'UPS';
    const rows = [
      row('carrier', carrier),
      trackingRow(carrier, decoy.tracking),
      row('edd', dateText(ctx, edd)),
    ];
    decoyHtml = `<div class="previous-shipment" ${HIDERS[variant.decoy]}>${renderSection(
      ctx,
      'shipment',
      chrome.shipment,
      rows,
    )}</div>`;
  }

  const badge =
    variant.statusStyle === 'badge'
      ? ` <span class="a-badge status-badge"><span class="a-badge-text">${esc(statusWord)}</span></span>`
      : '';
  const nav = `<nav id="sc-navbar"><ul>${chrome.nav.map((n) => `<li><a href="#">${esc(n)}</a></li>`).join('')}</ul></nav>`;
  const breadcrumb = variant.noise.breadcrumb
    ? `<nav class="breadcrumb" aria-label="breadcrumb"><ol>${chrome.breadcrumb
        .map((b) => `<li><a href="#">${esc(b)}</a></li>`)
        .join('<li>›</li>')}</ol></nav>`
    : '';
  const noise = NOISE[language];
  const address = variant.noise.address
    ? `<div class="ship-to"><h3 class="section-title">${esc(chrome.shipTo)}</h3><address>${noise.address
        .map(esc)
        .join('<br>')}</address></div>`
    : '';
  const comments = variant.noise.comments
    ? `<div class="buyer-comments"><h3 class="section-title">${esc(chrome.comments)}</h3><p>${esc(noise.comment)}</p></div>`
    : '';

  const lang = variant.htmlLang === 'region' ? REGION[language] : language;
  const html = `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(chrome.title)} - Seller Central</title>
<style>.a-text-bold{font-weight:700}.facts-grid{display:grid}</style></head>
<body>
<header id="sc-masthead"><a href="/home" class="sc-logo">amazon seller central</a>${nav}<input type="search" placeholder="${esc(chrome.search)}"></header>
${breadcrumb}
<main id="order-details">
<h1>${esc(chrome.title)}${badge}</h1>
${decoyHtml}
${renderSection(ctx, 'summary', chrome.summary, summary)}
${address}
${shipment}
${renderItems(ctx, order.items)}
${comments}
</main>
<footer id="sc-footer"><p>${esc(chrome.footer)}</p></footer>
</body></html>`;

  return {
    order,
    variant,
    html,
    url: `https://${order.host}/orders-v3/order/${order.amazonId}`,
    ...(decoy ? { decoy } : {}),
  };
}
