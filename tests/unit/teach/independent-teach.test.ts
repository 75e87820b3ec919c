import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { marketplaceFor } from '../../../core/marketplaces';
import type { OrderInput } from '../../../core/model/order';
import { readOrderPage } from '../../../core/page/read-order-page';
import type { LearnedRule, TeachableField } from '../../../core/teach/learned-rule';
import { readPickedValue } from '../../../core/teach/picked-value';
import { learnedRuleFor, pickedLocale, referenceDayFor } from '../../../entrypoints/order-page/teach';
import { FIXTURE_READ_AT } from '../../fixtures/pages';
import { loadPage } from '../page/load-fixture';

// Teach mode on page pairs written blind (tests/fixtures/teach/independent/, see its README): on
// page a the seller points at a value, the value is read with its field's check and a rule is
// built exactly as the overlay builds it (`learnedRuleFor`: placeOf, then the rule); page b, the
// next order of the same layout, is then read with the rules. Each mismatch names the case, the
// field, what was expected and what was read. What page b gives without rules is printed too,
// for information: TEACH_REPORT=1 npx vitest run tests/unit/teach/independent-teach.test.ts

const DIR = join(__dirname, '../../fixtures/teach/independent');

type Expected = string | boolean;
interface TeachCase {
  host: string;
  urlA: string;
  urlB: string;
  teach: { field: TeachableField; selectorA: string; valueA: Expected }[];
  /** null: page b must give nothing for the field (the rule must not apply there). */
  expectB: Partial<Record<TeachableField, Expected | null>>;
  /** Page b parcel by parcel, when it has several: each one's own value of the fields. */
  expectBShipments?: Partial<Record<TeachableField, Expected>>[];
}

interface Mismatch {
  case: string;
  field: string;
  expected: unknown;
  /** What was read, then (as text) with the rules the case learned. */
  got: unknown;
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort();

const read = (name: string, file: string) => readFileSync(join(DIR, `${name}${file}`), 'utf8');
const norm = (text: string | undefined) => text?.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

const DATE_FIELDS = new Set<TeachableField>(['estimatedArrivalDate', 'shippingDate']);

/** What a reading gives for a taught field, in the expected file's terms. */
function readingOf(order: OrderInput | undefined, field: TeachableField, parcel?: number): unknown {
  if (!order) return 'no order read';
  // Parcel by parcel: a date is its shipment's, a number, a carrier or a status its package's
  // (a page may show two parcels as two shipments or as one shipment's two packages).
  const all = order.shipments ?? [];
  const shipments = parcel === undefined ? all : all.slice(parcel, parcel + 1);
  const allPackages = all.flatMap((s) => s.packages ?? []);
  const packages = parcel === undefined ? allPackages : allPackages.slice(parcel, parcel + 1);
  if (parcel !== undefined && (DATE_FIELDS.has(field) ? shipments : packages).length === 0)
    return `no parcel ${parcel + 1}`;
  switch (field) {
    // Policy D: a shipment's own EDD, else the order's.
    case 'estimatedArrivalDate':
      return (
        shipments.find((s) => s.estimatedArrivalDate)?.estimatedArrivalDate ?? order.estimatedArrivalDate
      );
    case 'shippingDate':
      return shipments.find((s) => s.shippingDate)?.shippingDate;
    case 'trackingNumber':
      return [...new Set(packages.map((p) => p.trackingNumber).filter(Boolean))];
    case 'carrierCode':
      return [...new Set(packages.map((p) => p.carrierCode).filter(Boolean))];
    // Delivered: a package is. Not delivered: a package has a status, none delivered (a field
    // taught and then read nowhere is not "not delivered").
    case 'deliveryStatus':
      return packages.some((p) => p.currentStatus === 'DELIVERED')
        ? true
        : packages.some((p) => p.currentStatus)
          ? false
          : `no status (${JSON.stringify(packages.map((p) => p.currentStatus))})`;
  }
}

function matches(field: TeachableField, want: Expected | null, got: unknown): boolean {
  if (want === null)
    return Array.isArray(got) ? got.length === 0 : got === undefined || String(got).startsWith('no ');
  if (field === 'trackingNumber') return JSON.stringify(got) === JSON.stringify([want]);
  if (field === 'carrierCode')
    return Array.isArray(got) && got.length === 1 && norm(got[0] as string) === norm(want as string);
  return got === want;
}

/** A picked value in the expected file's terms: a status as delivered or not. */
const pickedAs = (field: TeachableField, value: string): Expected =>
  field === 'deliveryStatus' ? value === 'DELIVERED' : value;

/**
 * Misses not fixed, each with why: the test fails when one of them is read right (take it out).
 */
const KNOWN_MISSES: Readonly<Record<string, readonly string[]>> = {
  // The taught label is found on page b, but its value is "Yesterday, 15:08": the reader does not
  // know the day the page was drawn (a tab may stay open overnight), so a relative day needs its
  // date beside it, as on the order pages (independent-pages.test.ts, b17 and b22).
  't2-en-gb-collected-timeline': ['shippingDate'],
  // "Vom Empfänger aus der Packstation … entnommen" is no status the vocabulary knows (teach mode
  // learns where a status is, not what new words mean), and page b holds its values in a CLOSED
  // <details>: the reader reads what is shown (closed details hold stale attempts, b4, b17, b31).
  't4-de-details-packstation': ['deliveryStatus (pick on a)', 'deliveryStatus', 'trackingNumber'],
  // "Promised to shopper" shortened to one word in another form ("Promise"): a shortened label keeps
  // two words and half of them; one word is too little to be sure of (a heading, another field).
  't4-en-gb-split-date-promise': ['estimatedArrivalDate'],
  // "Entrega fallida · destinatario ausente" is no status the vocabulary knows (see above).
  't4-es-caracteres-invisibles': ['deliveryStatus'],
  // The interface switched to English: every taught word changed, and the rows are list items,
  // which give no path (a list's rows vary from order to order). Labels are not translated.
  't4-es-interfaz-cambiada-ingles': ['carrierCode', 'estimatedArrivalDate'],
  // "Hoy, 8:12" under the taught label: a relative day with no date beside it (see t2 above).
  't5-es-hoy-recogido': ['shippingDate'],
  // No rule learned: the state is which step is current, which no label or path names (a path to
  // the last step would say delivered on page b). The reader reads the marked step without one.
  't5-it-tappe-consegnato': ['deliveryStatus (rule on a)'],
};

const mismatches: Mismatch[] = [];
/** What page b gives without rules, and the rules each case learned (information only). */
const withoutRules: string[] = [];

describe('teach mode on blind page pairs: taught on page a, read on page b', () => {
  it.each(cases)('%s', async (name) => {
    const spec = JSON.parse(read(name, '.expected.json')) as TeachCase;
    const found: Mismatch[] = [];
    const miss = (field: string, expected: unknown, got: unknown) =>
      found.push({ case: name, field, expected, got });

    const { document: a } = await loadPage(read(name, '-a.html'), spec.urlA);
    const host = new URL(spec.urlA).host;
    expect(host, `${name}: the expected file's host`).toBe(spec.host);
    const locale = pickedLocale(a, host);
    const referenceDay = referenceDayFor(host, new Date(FIXTURE_READ_AT));
    const timeZone = marketplaceFor(host)?.timeZone;
    const beforeA = readOrderPage(a, spec.urlA, { now: FIXTURE_READ_AT })?.order;

    const rules: LearnedRule[] = [];
    for (const step of spec.teach) {
      const element = a.querySelector(step.selectorA);
      if (!element) {
        miss(`${step.field} (pick on a)`, step.selectorA, 'no element at the selector');
        continue;
      }
      const picked = readPickedValue(element, step.field, locale, referenceDay, timeZone);
      const value = picked.ok ? pickedAs(step.field, picked.value) : `refused: ${picked.reason}`;
      if (value !== step.valueA)
        miss(`${step.field} (pick on a)`, step.valueA, `${value} from "${picked.shown}"`);
      if (!picked.ok) continue;
      // As the overlay: a field read from the page is taught as read wrongly (the rule wins over
      // built-in labels); a missing one as a new label. A field read right is not taught there,
      // so it is taught as a new one here.
      const readOnA = readingOf(beforeA, step.field);
      const readSomething = Array.isArray(readOnA)
        ? readOnA.length > 0
        : readOnA !== undefined && !String(readOnA).startsWith('no ');
      const override = readSomething && !matches(step.field, step.valueA, readOnA);
      const rule = learnedRuleFor(
        element,
        { field: step.field, override, host, createdAt: FIXTURE_READ_AT, example: picked.shown },
        { url: spec.urlA, value: picked.value },
      );
      if (rule) rules.push(rule);
      else miss(`${step.field} (rule on a)`, 'a label or a path', 'none');
    }

    const { document: b } = await loadPage(read(name, '-b.html'), spec.urlB);
    const taught = readOrderPage(b, spec.urlB, { now: FIXTURE_READ_AT, learned: rules })?.order;
    const untaught = readOrderPage(b, spec.urlB, { now: FIXTURE_READ_AT })?.order;
    for (const [i, expected] of (spec.expectBShipments ?? []).entries())
      for (const [field, want] of Object.entries(expected) as [TeachableField, Expected][]) {
        const got = readingOf(taught, field, i);
        if (!matches(field, want, got)) miss(`parcel ${i + 1} ${field}`, want, got);
      }
    const shownByShipment = new Set((spec.expectBShipments ?? []).flatMap((e) => Object.keys(e)));
    for (const [field, want] of Object.entries(spec.expectB) as [TeachableField, Expected | null][]) {
      // Fields compared parcel by parcel above: here only what page b gives without rules.
      const got = readingOf(taught, field);
      if (!shownByShipment.has(field) && !matches(field, want, got)) miss(field, want, got);
      const plain = readingOf(untaught, field);
      withoutRules.push(
        `${name} ${field}: ${matches(field, want, plain) ? 'right' : 'WRONG'} without rules (${JSON.stringify(plain)})`,
      );
    }
    // The rules learned, in every mismatch's message and in the report: "!" marks an override.
    const ruleText = rules.map((r) => `${r.field}${r.override ? '!' : ''} ${r.label ?? r.path}`).join('; ');
    withoutRules.push(`${name} rules learned: ${ruleText}`);
    for (const m of found) m.got = `${JSON.stringify(m.got)} [rules: ${ruleText}]`;
    mismatches.push(...found);
    const known = KNOWN_MISSES[name] ?? [];
    expect(
      known.filter((field) => !found.some((m) => m.field === field)),
      `${name}: known misses now read right, take them out of KNOWN_MISSES`,
    ).toEqual([]);
    const unknown = found.filter((m) => !known.includes(m.field));
    expect(
      unknown,
      unknown
        .map((m) => `${m.case} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${m.got}`)
        .join('\n'),
    ).toEqual([]);
  });

  afterAll(() => {
    if (!process.env.TEACH_REPORT) return;
    console.log(
      [
        `${mismatches.length} mismatches in ${new Set(mismatches.map((m) => m.case)).size} of ${cases.length} cases`,
        ...mismatches.map(
          (m) => `  ${m.case} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${m.got}`,
        ),
        'Page b without rules, and the rules learned on page a:',
        ...withoutRules.map((line) => `  ${line}`),
      ].join('\n'),
    );
  });
});
