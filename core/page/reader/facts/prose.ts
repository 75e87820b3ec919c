import { carrierNamedIn, isCarrierName } from '../../carrier-names';
import { hasShape } from '../../shapes';
import {
  introducesOrderId,
  matchNormalizedHeading,
  matchStatus,
  matchUnfulfillableReason,
  matchWholeStatus,
} from '../../vocabulary';
import type { Heading, PageFacts } from '../facts';
import {
  ancestor,
  isCell,
  isHeaderCell,
  isHeading,
  isRow,
  isTable,
  itemRowOf,
  ownDescendants,
} from '../structure';
import { ELEMENT, type VNode } from '../visible-tree';
import type { FactContext } from './context';
import { colonOf, MAX_STATUS_LABEL, statusDateKey } from './labels';
import { shippedSentence } from './shipped-sentence';
import { addCounted, countedList } from './values';

/**
 * What separates "Label : value" pairs printed on one line. An em dash between spaces does too
 * ("SKU : A-1 — Quantité : 3"); an en dash does not: it joins the two days of a range ("3 – 5 déc.").
 */
const SEGMENT = / · | \| | • |; | — /;
const AMAZON_ID = /[A-Z0-9]{3}-\d{7}-\d{7}/g;
/**
 * A count with a unit word and no label ("2 pz.", "× 3", "4 Stück"), which follows an item's SKU
 * on its line: "SKU : PUZZLE-1000 · 2 pz.". Only unit words for pieces: "2 colis" is not a count.
 */
const BARE_COUNT =
  /^(?:[x×]\s?(\d{1,4})|(\d{1,4})\s?(?:[x×]|pz\.?|pezz[io]|pcs?\.?|pi[eè]ces?|st(?:ü|ue)ck|stk\.?|units?|unit[eé]s?|unidad(?:es)?|uds?\.?|unit[àa]))$/iu;
const BRACKETED_PAIR = /\(([^():：]{1,50})[:：]([^()]{1,80})\)/g;

/**
 * Prose: "Label : value" at the start of a line or of a segment, order ids after an order word,
 * section headings, and notices saying why an order cannot ship. Private lines are skipped.
 */
export function readProse(
  ctx: FactContext,
  isPrivate: (node: VNode) => boolean,
  headings: Heading[],
): PageFacts['notices'] {
  const { labelOf, normalized } = ctx.labels;
  const { add, vote } = ctx;
  const notices: PageFacts['notices'] = [];
  for (const line of ctx.text.lines()) {
    if (isPrivate(line.first)) continue;
    const reason = matchUnfulfillableReason(line.text);
    if (reason) notices.push({ reason, node: line.first });
    const form = line.text.length <= 60 ? normalized(line.text) : '';
    const heading = form ? matchNormalizedHeading(form, isHeading(line.owner)) : undefined;
    if (heading) {
      headings.push({ kind: heading, pos: line.first.pos, text: line.text });
      continue;
    }
    // A header with parts ("Envío 1 · Entregado"): its heading and status, then its pairs as any line's.
    // Never inside a table's data cell beside others: "Sendung 1 – an Nachbarn übergeben" in a
    // history's details column tells an event of that parcel, it opens no section.
    if (form && !inDataCell(ctx.tree.nodes, line.owner)) readHeadingWithStatus(ctx, line.owner, headings);
    const group = itemRowOf(line.first) ?? line.owner;
    const shipped = shippedSentence(line.text);
    if (shipped) {
      add('shippingDate', shipped.date, 1, line.first.pos, line.first, group);
      add('carrier', shipped.carrier, 1, line.first.pos, line.first, group);
    }
    // "06/12/2024 — Date de livraison estimée": a line of a value, then its label.
    const parts = line.text.split(SEGMENT);
    if (parts.length === 2 && colonOf(line.text) < 0) {
      const [value, label] = parts.map((p) => p.trim()) as [string, string];
      const match = labelOf(label);
      if (match && match.key !== 'comments' && value !== '' && !labelOf(value)) {
        vote(match);
        add(match.key, value, match.strength ?? 1, line.first.pos, line.first, group);
        continue;
      }
    }
    let afterSku = false;
    for (const segment of line.text.split(SEGMENT).flatMap((s) => splitAtNextLabel(s, labelOf))) {
      const skuBefore = afterSku;
      afterSku = false;
      const colon = colonOf(segment);
      if (colon < 0 && skuBefore) {
        const count = BARE_COUNT.exec(segment.trim());
        if (count) add('quantity', (count[1] ?? count[2]) as string, 1, line.first.pos, line.first, group);
      }
      const sku = colon < 0 && parts.length > 1 ? skuWithoutColon(segment, labelOf) : null;
      if (sku) {
        add('sku', sku, 1, line.first.pos, line.first, group);
        afterSku = true;
        continue;
      }
      if (colon <= 0 || colon > 50) continue;
      const label = segment.slice(0, colon).trim();
      const value = segment.slice(colon + 1).trim();
      // "Shipped: 3 Dec 2024": a status word labels its date (kept by candidates only if one).
      const dated = label.length <= MAX_STATUS_LABEL ? statusDateKey(label) : undefined;
      const match = labelOf(label) ?? (dated ? { key: dated, languages: [] } : undefined);
      if (!match) {
        readCarrierSentence(label, value, (key, v) => add(key, v, 1, line.first.pos, line.first, group));
        continue;
      }
      if (value.length === 0 || match.key === 'comments') continue;
      vote(match);
      const counted = match.key === 'productName' ? countedList(value) : null;
      if (counted) addCounted(add, counted, match.strength ?? 1, line.first.pos, line.first);
      else add(match.key, value, match.strength ?? 1, line.first.pos, line.first, group);
      afterSku = match.key === 'sku';
    }
    // "Vaso blu (SKU: VASO-BLU-30)": a pair in brackets after a title.
    if (line.text.includes('(')) {
      for (const found of line.text.matchAll(BRACKETED_PAIR)) {
        const match = labelOf((found[1] as string).trim());
        const value = (found[2] as string).trim();
        if (!match || value.length === 0 || match.key === 'comments') continue;
        vote(match);
        add(match.key, value, match.strength ?? 1, line.first.pos, line.first, group);
      }
    }
    for (const found of line.text.matchAll(AMAZON_ID)) {
      if (introducesOrderId(line.text.slice(0, found.index)))
        add('orderId', found[0], 1, line.first.pos, line.first, null);
    }
  }
  return notices;
}

/**
 * "SKU BW-MUG-350-GRN" as one part of an item's line ("Mug · SKU BW-MUG-350-GRN · Quantità: 3"):
 * the SKU's label and one token shaped like a SKU, with no colon between.
 */
function skuWithoutColon(segment: string, labelOf: FactContext['labels']['labelOf']): string | null {
  const found = /^(\S+(?:\s\S+)?)\s+(\S+)$/u.exec(segment.trim());
  if (!found || labelOf(found[1] as string)?.key !== 'sku') return null;
  const value = found[2] as string;
  return hasShape('sku', value) && !labelOf(value) ? value : null;
}

/**
 * A section header that also says where the shipment is, in parts of its own: an accordion's
 * "Envío 1 · Entregado · Mostrar detalles". The first part opens the shipment; a part that is a
 * status word is that shipment's (the header shows it even when the body is folded away).
 */
function readHeadingWithStatus(ctx: FactContext, owner: VNode, headings: Heading[]): boolean {
  let holder = owner;
  // Down through wrappers: a heading around a button around the parts.
  for (let depth = 0; depth < 3; depth++) {
    const shown = holder.children.filter((c) => c.kind === ELEMENT || ctx.text.of(c, 80));
    if (shown.length !== 1 || (shown[0] as VNode).kind !== ELEMENT) break;
    holder = shown[0] as VNode;
  }
  const parts = holder.children.filter((c) => ctx.text.of(c, 80));
  // "Paquete 1 de 3 · SEUR · ", then the status: the first part may hold several of its own
  // ("Envoi 1 sur 2 — Livré" in one text).
  const [first = '', ...inFirst] = (ctx.text.of(parts[0] as VNode, 80) ?? '')
    .split(HEADER_SEPARATOR)
    .filter((segment) => segment.trim() !== '');
  if (parts.length + inFirst.length < 2) return false;
  const kind = matchNormalizedHeading(ctx.labels.normalized(first.trim()));
  if (kind !== 'shipment' && kind !== 'package') return false;
  // Its own words: the holder's text, or only the parts' when the holder also holds the section
  // (an accordion item whose label is the header: "Paket 3 · DHL JJD0003… · neueste zuerst").
  const own = ctx.text.of(holder, 160) ?? parts.map((p) => ctx.text.of(p, 80)).join(' ');
  const heading: Heading = { kind, pos: (parts[0] as VNode).pos, text: own || first };
  headings.push(heading);
  // A segment of one text says a status only whole ("Livré", not "Livré avec housse", a title).
  const rest = [
    ...inFirst.map((text) => ({ text: text.trim(), node: parts[0] as VNode, whole: true })),
    ...parts.slice(1).map((node) => ({ text: ctx.text.of(node, 40) ?? '', node, whole: false })),
  ];
  // A carrier named alone between the separators is the parcel's, shown even when folded.
  const carrier = rest.find(({ text }) => isCarrierName(text));
  if (carrier) ctx.add('carrier', carrier.text, 2, carrier.node.pos + 1, carrier.node, null);
  for (const { text, node, whole } of rest) {
    const status = !text ? undefined : whole ? matchWholeStatus(text) : matchStatus(text);
    if (!text || !status) continue;
    // A cancelled shipment's planned dates are not the order's: the section is left out whole.
    if (status === 'cancelled' && kind === 'shipment') heading.cancelled = true;
    // A segment of the header's own text: placed just after the header it opens.
    else ctx.add('deliveryStatus', text, 2, whole ? node.pos + 1 : node.pos, node, null);
    break;
  }
  return true;
}

/** What separates the parts of a header written in one text ("Paquete 1 de 3 · SEUR · Entregado"). */
const HEADER_SEPARATOR = /\s+[·•|–—]\s+|\s*[·•|]\s*/u;

const REFERENCE = /\b(?:r[ée]f|r[ée]f[ée]rence|reference|referenz|referencia|riferimento|rif)\b/iu;

/**
 * "Track with UPS: 1Z8V49W20312345670", "Colissimo n° 6A…": no label, but a carrier named before
 * a tracking number. Only a short text naming one known carrier, and a value shaped as a number.
 */
function readCarrierSentence(
  label: string,
  value: string,
  add: (key: 'carrier' | 'trackingNumber', value: string) => void,
) {
  // "Réf. d'expédition Amazon : D7kQm2XvN" names Amazon's reference for the shipment, no carrier.
  if (label.length > 40 || REFERENCE.test(label)) return;
  const carrier = carrierNamedIn(label);
  const number = value.replace(/\s+/g, '');
  if (!carrier || !hasShape('trackingNumber', number)) return;
  add('carrier', carrier);
  add('trackingNumber', value);
}

/**
 * "SKU venditore: BICCHIERI-6 Quantità: 2": two pairs run together (inline elements side by side,
 * no separator). The segment is cut before a later "<label>:" whose words (one to four, just
 * before its colon) are a known label; the first pair keeps only its own value.
 */
function splitAtNextLabel(segment: string, labelOf: (text: string | null) => unknown): string[] {
  const first = colonOf(segment);
  if (first <= 0) return [segment];
  for (let colon = segment.indexOf(':', first + 1); colon > 0; colon = segment.indexOf(':', colon + 1)) {
    const words = segment
      .slice(first + 1, colon)
      .trim()
      .split(' ');
    for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
      const label = words.slice(words.length - n).join(' ');
      if (!labelOf(label)) continue;
      const cut = segment.lastIndexOf(label, colon);
      return [segment.slice(0, cut).trim(), ...splitAtNextLabel(segment.slice(cut), labelOf)];
    }
  }
  return [segment];
}

/**
 * Whether `node` is inside a data cell, beside other cells, of a table of several rows (a one-row
 * table is a layout: a shipment's header bar drawn as "Sendung 1 – Zugestellt | Verfolgen").
 */
function inDataCell(nodes: readonly VNode[], node: VNode): boolean {
  const cell = isCell(node) ? node : ancestor(node, isCell, 6);
  if (!cell || isHeaderCell(cell)) return false;
  const row = ancestor(cell, isRow, 3);
  if (row === null || row.children.filter(isCell).length < 2) return false;
  const table = ancestor(row, isTable, 4);
  return table !== null && ownDescendants(nodes, table, isRow, isTable).length >= 2;
}
