import fc from 'fast-check';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { OrderSchema } from '../../../core/model/order';
import { orderIdFromUrl } from '../../../core/page/page-kind';
import { readOrderPage } from '../../../core/page/read-order-page';
import { composedText } from '../../../core/page/text';
import { FIXTURE_READ_AT, PAGE_FIXTURES } from '../../fixtures/pages';
import { attachDeclarativeShadowRoots, loadPage, readFixture } from './load-fixture';

// 5,000 mutated fixtures: nodes removed, duplicated, moved, text replaced by garbage or by
// label-like bait, pages truncated. readOrderPage must never throw, never return a value that is
// not on the page, and never return a malformed order (dates included).

const RUNS = 5000;

const BAIT = [
  'Numéro de suivi',
  'Tracking ID:',
  'Carrier: ',
  'Transporteur : UPS',
  '3 déc. 2024',
  '31 févr. 2024',
  'Dec 3 – 5, 2024',
  '<img src=x onerror=alert(1)>',
  '402-9999999-9999999',
  'Envoi 2 sur 3',
  'Livré',
  'SKU',
  'Quantité',
  '',
  '\u00a0',
];

type Mutation =
  | { op: 'remove' | 'duplicate'; at: number }
  | { op: 'move'; at: number; to: number }
  | { op: 'text'; at: number; text: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('remove' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    op: fc.constant('text' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...BAIT),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    ),
  }),
);

const caseArb = fc.record({
  fixture: fc.nat({ max: PAGE_FIXTURES.length - 1 }),
  /** Keep this fraction of the HTML (1: whole page). */
  keep: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  mutations: fc.array(mutationArb, { maxLength: 6 }),
});

/** Every element and text node, shadow roots included. */
function allNodes(root: Node, out: Node[] = []): Node[] {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    out.push(child);
    const shadow = (child as Element).shadowRoot;
    if (shadow) allNodes(shadow, out);
    allNodes(child, out);
  }
  return out;
}

function mutate(doc: Document, mutation: Mutation): void {
  const nodes = allNodes(doc.documentElement).filter((n) => n.nodeType === 1 || n.nodeType === 3);
  if (nodes.length === 0) return;
  const node = nodes[mutation.at % nodes.length]!;
  const parent = node.parentNode;
  if (!parent) return;
  try {
    if (mutation.op === 'remove') parent.removeChild(node);
    else if (mutation.op === 'duplicate') parent.insertBefore(node.cloneNode(true), node.nextSibling);
    else if (mutation.op === 'move') {
      const target = nodes[mutation.to % nodes.length]!;
      if (!node.contains(target) && target.parentNode) target.parentNode.insertBefore(node, target);
    } else if (mutation.op === 'text') {
      if (node.nodeType === 3) (node as Text).data = mutation.text;
      else parent.insertBefore(doc.createTextNode(mutation.text), node);
    }
  } catch {
    // A move the DOM refuses is just no mutation.
  }
}

/**
 * What a value may be taken from, whitespace removed: the page's text in tree order, the same
 * text in rendering order (a shadow root's <slot> shows the host's children where it stands),
 * and every attribute value. Concatenation only: nothing here can make up characters.
 */
function haystackOf(doc: Document): string {
  const parts: string[] = [];
  for (const node of allNodes(doc)) {
    if (node.nodeType === 3) parts.push((node as Text).data);
    else if (node.nodeType === 1)
      for (const attribute of Array.from((node as Element).attributes)) parts.push(attribute.value);
  }
  parts.push('\u0000', composedText(doc.documentElement) ?? '');
  return parts.join('').replace(/\s+/g, '');
}

/** String values the reader took from the page (not the marketplace, enums or dates). */
function pageStrings(order: Record<string, unknown>): string[] {
  const strings: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (
        !/^(fulfillmentOrderStatus|fulfillmentShipmentStatus|currentStatus|status|unfulfillableReason|purpose)$/.test(
          key,
        )
      )
        strings.push(value);
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, key);
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  const { marketplace: _m, provenance: _p, ...rest } = order;
  visit(rest, '');
  return strings;
}

describe('readOrderPage under mutation', () => {
  const sources: string[] = [];
  const window = new Window({ url: 'https://sellercentral.amazon.fr/' });

  beforeAll(async () => {
    for (const fixture of PAGE_FIXTURES) {
      const html = readFixture(fixture.file);
      if (!fixture.lateRendered) {
        sources.push(html);
        continue;
      }
      // The late-rendered page is mutated in its final state, after its script ran.
      const { document } = await loadPage(html, fixture.url, { runScripts: true });
      sources.push(`<!DOCTYPE html>${document.documentElement.outerHTML}`);
    }
  });

  it(`never throws, invents a value or returns a malformed order (${RUNS} runs)`, () => {
    let readings = 0;
    fc.assert(
      fc.property(caseArb, ({ fixture, keep, mutations }) => {
        const { url } = PAGE_FIXTURES[fixture]!;
        const html = sources[fixture]!;
        const doc = new window.DOMParser().parseFromString(
          html.slice(0, Math.floor(html.length * keep)),
          'text/html',
        ) as unknown as Document;
        attachDeclarativeShadowRoots(doc);
        for (const mutation of mutations) mutate(doc, mutation);

        const reading = readOrderPage(doc, url, { now: FIXTURE_READ_AT });
        if (reading === null) return;
        readings++;
        const parsed = OrderSchema.safeParse(reading.order);
        if (!parsed.success) throw new Error(`malformed order: ${parsed.error.message}`);
        const haystack = haystackOf(doc);
        const urlId = orderIdFromUrl(url);
        for (const value of pageStrings(reading.order as Record<string, unknown>)) {
          const isDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
          if (isDate) {
            // A date comes from page text: its day of month is on the page.
            if (!haystack.includes(String(Number(value.slice(8)))))
              throw new Error(`date ${value} not on the page`);
          } else if (!haystack.includes(value.replace(/\s+/g, '')) && value !== urlId) {
            throw new Error(`value ${JSON.stringify(value)} is not on the page`);
          }
        }
        for (const item of reading.order.items ?? []) {
          if (!haystack.includes(String(item.quantity)))
            throw new Error(`quantity ${item.quantity} not on the page`);
        }
      }),
      { seed: 20241206, numRuns: RUNS },
    );
    // The mutations must leave many pages readable, or the invariants would be checked on nothing.
    expect(readings).toBeGreaterThan(RUNS / 4);
  }, 120_000);
});
