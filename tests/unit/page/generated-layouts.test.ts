import { writeFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import type { OrderPageReading } from '../../../core/page/read-order-page';
import { readOrderPage } from '../../../core/page/read-order-page';
import { LANGUAGES, type Language, READ_AT, type TruthOrder } from './layouts/order-model';
import { LAYOUTS, type Layout, type Page, pageFor } from './layouts/render';
import { type Field, LABELS } from './layouts/wordings';
import { attachDeclarativeShadowRoots } from './load-fixture';

// Property test over generated order pages (issue 11 item 7): every layout × language, with
// drawn orders and variants (item tables, wordings, date styles, hidden decoys, noise), read by
// readOrderPage and compared with the order the page was rendered from. Deterministic: page i of
// (language, layout) is drawn from a fixed seed, printed on failure.
//
// Reproduce one page (prints its HTML and reading):
//   LAYOUT_PAGE=fr:dl:17:20263571 npx vitest run tests/unit/page/generated-layouts.test.ts
// Print a summary of failures by layout/variant/field: LAYOUT_REPORT=1.

const PAGES_PER_COMBINATION = 55; // 5 languages × 8 layouts × 55 = 2,200 pages
const BASE_SEED = Number(process.env.LAYOUT_SEED ?? 20261120);

function seedOf(language: Language, layout: Layout, index: number): number {
  return BASE_SEED + LANGUAGES.indexOf(language) * 100_003 + LAYOUTS.indexOf(layout) * 10_007 + index;
}

// One window; each page replaces the document's content.
const window = new Window({
  url: 'https://sellercentral.amazon.fr/',
  settings: {
    enableJavaScriptEvaluation: false,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
  },
});
const document = window.document as unknown as Document;

function load(page: Page): Document {
  const match = /<html([^>]*)>([\s\S]*)<\/html>/.exec(page.html)!;
  const root = document.documentElement;
  for (const attribute of Array.from(root.attributes)) root.removeAttribute(attribute.name);
  const lang = /lang="([^"]*)"/.exec(match[1]!)?.[1];
  if (lang) root.setAttribute('lang', lang);
  root.innerHTML = match[2]!;
  attachDeclarativeShadowRoots(document);
  return document;
}

// ---------------------------------------------------------------------------------------------
// Comparing a reading with the truth

interface Difference {
  field: string;
  expected: unknown;
  actual: unknown;
}

const STATUS_EXPECTED: Record<TruthOrder['status'], string> = {
  shipped: 'Complete',
  delivered: 'Complete',
  pending: 'Planning',
  cancelled: 'Cancelled',
};

const uniq = <T>(values: (T | undefined)[]): T[] =>
  [...new Set(values.filter((v): v is T => v !== undefined))].sort();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const same = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);

function compare(page: Page, reading: OrderPageReading | null): Difference[] {
  const truth = page.order;
  if (!reading) return [{ field: 'reading', expected: 'an order', actual: null }];
  const o = reading.order;
  const shipments = o.shipments ?? [];
  const packages = shipments.flatMap((s) => s.packages ?? []);
  const diffs: Difference[] = [];
  const check = (field: string, expected: unknown, actual: unknown, ok: boolean) => {
    if (!ok) diffs.push({ field, expected, actual });
  };

  check(
    'sellerFulfillmentOrderId',
    truth.amazonId,
    o.sellerFulfillmentOrderId,
    o.sellerFulfillmentOrderId === truth.amazonId,
  );
  if (truth.sellerOrderId)
    check(
      'displayableOrderId',
      truth.sellerOrderId,
      o.displayableOrderId,
      o.displayableOrderId === truth.sellerOrderId,
    );

  const status = STATUS_EXPECTED[truth.status];
  check('fulfillmentOrderStatus', status, o.fulfillmentOrderStatus, o.fulfillmentOrderStatus === status);
  if (truth.status === 'delivered') {
    const statuses = packages.map((p) => p.currentStatus);
    check('packages.currentStatus', 'DELIVERED', statuses, statuses.includes('DELIVERED'));
  }

  // The EDD may stand on the order or on its shipment; every one read must be the truth's.
  const edds = uniq([o.estimatedArrivalDate, ...shipments.map((s) => s.estimatedArrivalDate)]);
  const expectedEdds = truth.edd ? [truth.edd] : [];
  check('estimatedArrivalDate', expectedEdds, edds, same(edds, expectedEdds));

  const shipDates = uniq(shipments.map((s) => s.shippingDate));
  const expectedShipDates = truth.shipDate ? [truth.shipDate] : [];
  check('shippingDate', expectedShipDates, shipDates, same(shipDates, expectedShipDates));

  const carriers = uniq(packages.map((p) => p.carrierCode).map((c) => (c ? norm(c) : undefined)));
  const expectedCarriers = truth.carrier ? [norm(truth.carrier)] : [];
  check('carrierCode', expectedCarriers, carriers, same(carriers, expectedCarriers));

  const trackings = uniq(packages.map((p) => p.trackingNumber?.replace(/\s+/g, '')));
  const expectedTrackings = truth.tracking ? [truth.tracking] : [];
  check('trackingNumber', expectedTrackings, trackings, same(trackings, expectedTrackings));

  const items = (o.items ?? []).map((i) => `${i.sellerSku}×${i.quantity}`).sort();
  const expectedItems = truth.items.map((i) => `${i.sku}×${i.qty}`).sort();
  check('items', expectedItems, items, same(items, expectedItems));

  if (page.decoy) {
    const { provenance: _p, ...values } = o;
    const json = JSON.stringify(values);
    if (json.includes(page.decoy.tracking) || json.includes(page.decoy.edd))
      diffs.push({ field: 'decoy', expected: 'nothing of the hidden block', actual: page.decoy });
  }
  return diffs;
}

// ---------------------------------------------------------------------------------------------

interface Failure {
  language: Language;
  layout: Layout;
  index: number;
  seed: number;
  page: Page;
  diffs: Difference[];
}

function variantSummary(page: Page): string {
  const v = page.variant;
  return [
    `items=${v.itemStyle}`,
    `decoy=${v.decoy}`,
    `date=${v.dateStyle}${v.eddWindow ? `+window` : ''}`,
    `edd@${v.eddPlace}`,
    `status=${page.order.status}/${v.statusStyle}`,
    `colon=${v.colon}`,
    ...(v.layout === 'katal' ? [`katal=${v.katalMode}`] : []),
  ].join(' ');
}

function describeFailure(f: Failure): string {
  const diffs = f.diffs
    .map((d) => `    ${d.field}: expected ${JSON.stringify(d.expected)}, read ${JSON.stringify(d.actual)}`)
    .join('\n');
  return `  [${f.language} × ${f.layout}] page ${f.index} (${variantSummary(f.page)})\n${diffs}\n    reproduce: LAYOUT_PAGE=${f.language}:${f.layout}:${f.index}:${f.seed}`;
}

const allFailures: Failure[] = [];
const allPages: { page: Page; diffs: Difference[]; key: string }[] = [];
const CHECKED_FIELDS = [
  'reading',
  'sellerFulfillmentOrderId',
  'displayableOrderId',
  'fulfillmentOrderStatus',
  'packages.currentStatus',
  'estimatedArrivalDate',
  'shippingDate',
  'carrierCode',
  'trackingNumber',
  'items',
  'decoy',
];
const LABEL_OF: Record<string, Field | undefined> = {
  sellerFulfillmentOrderId: 'orderId',
  displayableOrderId: 'sellerOrderId',
  fulfillmentOrderStatus: 'status',
  estimatedArrivalDate: 'edd',
  shippingDate: 'shipDate',
  carrierCode: 'carrier',
  trackingNumber: 'tracking',
  items: 'sku',
};
function labelOf(page: Page, field: Field): string {
  const options = LABELS[page.order.language][field];
  return options[page.variant.wording[field] % options.length]!;
}
let pagesRead = 0;
const startedAt = performance.now();

function readAndCompare(language: Language, layout: Layout, index: number, seed: number) {
  const page = pageFor(layout, language, index, seed);
  const reading = readOrderPage(load(page), page.url, { now: READ_AT });
  pagesRead++;
  const diffs = compare(page, reading);
  if (process.env.LAYOUT_REPORT || process.env.LAYOUT_DUMP)
    allPages.push({ page, diffs, key: `${language}:${layout}:${index}:${seed}` });
  return { page, reading, diffs };
}

const only = process.env.LAYOUT_PAGE;

if (only) {
  describe('one generated page', () => {
    it(only, () => {
      const [language, layout, index, seed] = only.split(':') as [Language, Layout, string, string];
      const { page, reading, diffs } = readAndCompare(language, layout, Number(index), Number(seed));
      console.log(`${page.url}\n${variantSummary(page)}\n\n${page.html}\n`);
      console.log('truth', JSON.stringify(page.order, null, 1));
      console.log('reading', JSON.stringify(reading, null, 1));
      expect(diffs).toEqual([]);
    });
  });
} else {
  describe('readOrderPage on generated layouts', () => {
    it('reading a page in the shared window equals reading it freshly parsed', () => {
      for (const language of LANGUAGES) {
        for (const layout of LAYOUTS) {
          const page = pageFor(layout, language, 1, seedOf(language, layout, 1));
          const shared = readOrderPage(load(page), page.url, { now: READ_AT });
          const fresh = new window.DOMParser().parseFromString(page.html, 'text/html') as unknown as Document;
          attachDeclarativeShadowRoots(fresh);
          expect(shared, `${language} × ${layout}`).toEqual(readOrderPage(fresh, page.url, { now: READ_AT }));
        }
      }
    });

    for (const language of LANGUAGES) {
      for (const layout of LAYOUTS) {
        it(`${language} × ${layout} (${PAGES_PER_COMBINATION} pages)`, () => {
          const failures: Failure[] = [];
          for (let index = 0; index < PAGES_PER_COMBINATION; index++) {
            const seed = seedOf(language, layout, index);
            const { page, diffs } = readAndCompare(language, layout, index, seed);
            if (diffs.length > 0) failures.push({ language, layout, index, seed, page, diffs });
          }
          allFailures.push(...failures);
          if (failures.length > 0) {
            const shown = failures.slice(0, 5).map(describeFailure).join('\n');
            expect.fail(
              `${failures.length}/${PAGES_PER_COMBINATION} pages of ${language} × ${layout} misread:\n${shown}${
                failures.length > 5 ? `\n  … and ${failures.length - 5} more` : ''
              }`,
            );
          }
        });
      }
    }

    afterAll(() => {
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
      console.log(`${pagesRead} generated pages read in ${seconds}s; ${allFailures.length} misread`);
      if (process.env.LAYOUT_DUMP) {
        // Every page with its differences (none when read right), as JSON lines, to dig into causes.
        const lines = allPages.map(({ page, diffs, key }) =>
          JSON.stringify({ key, ...page, html: undefined, diffs }),
        );
        writeFileSync(process.env.LAYOUT_DUMP, `${lines.join('\n')}\n`);
      }
      if (!process.env.LAYOUT_REPORT) return;
      // For each field: misread pages / pages where the field is checked, by each page dimension.
      const counts = new Map<string, [number, number]>();
      for (const { page, diffs } of allPages) {
        const v = page.variant;
        const o = page.order;
        const dims: Record<string, string> = {
          layout: v.layout,
          lang: o.language,
          items: v.itemStyle,
          date: `${v.dateStyle}${v.eddWindow ? '+window' : ''}`,
          decoy: v.decoy,
          status: `${o.status}/${v.statusStyle}`,
          eddPlace: o.shipDate ? v.eddPlace : 'summary(no shipment)',
          colon: String(v.colon),
          ...(v.layout === 'katal' ? { katal: v.katalMode } : {}),
        };
        const fields = new Set(diffs.map((d) => d.field));
        for (const field of CHECKED_FIELDS) {
          if (field === 'displayableOrderId' && !o.sellerOrderId) continue;
          if (field === 'decoy' && v.decoy === 'none') continue;
          if (field === 'packages.currentStatus' && o.status !== 'delivered') continue;
          const labelField = LABEL_OF[field];
          const all = { ...dims, ...(labelField ? { label: labelOf(page, labelField) } : {}) };
          for (const [dim, value] of Object.entries(all)) {
            const key = `${field} | ${dim}=${value}`;
            const c = counts.get(key) ?? [0, 0];
            c[1]++;
            if (fields.has(field)) c[0]++;
            counts.set(key, c);
          }
        }
      }
      const lines = [...counts.entries()]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([k, [bad, total]]) => `${k}: ${bad}/${total}`);
      console.log(lines.join('\n'));
    });
  });
}
