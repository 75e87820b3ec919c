import { bench, describe } from 'vitest';
import { mapFulfilledShipments } from '../../core/import/fulfilled-shipments';
import { parseReportText } from '../../core/import/parse-report';
import { marketplaceFor } from '../../core/marketplaces';
import { makeReport } from '../fixtures/reports/make-report';

// The "Amazon Fulfilled Shipments" import before anything is sent to the background: papaparse
// reading the 50,000-row report of the Chromium benchmark (the least an import must do with the
// file), beside mapping its rows to orders, on generated dates (a few distinct texts) and on the
// same report with a distinct time on every row. Target: mapping 50,000 rows < 0.3 s in Node.
// Run: npx vitest bench --run tests/bench/map-report.bench.ts

const ROWS = 50_000;
const NOW = Date.parse('2024-12-20T10:00:00Z');
const options = { marketplace: marketplaceFor('sellercentral.amazon.fr')!, observedAt: new Date(NOW) };
const { text } = makeReport(ROWS, NOW);
const parsed = parseReportText(text);

// A real report's instants are mostly distinct (they carry the second of shipping).
let second = 0;
const distinctTimes = parseReportText(
  text.replace(/T\d{2}:\d{2}:\d{2}/g, () => {
    second = (second + 7919) % 86_400;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `T${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}`;
  }),
);

// Results feed a module-level _sink so that no measured call can be optimized away.
let _sink = 0;
describe(`${ROWS.toLocaleString('en')} report rows`, () => {
  bench(
    'baseline: parseReportText (papaparse)',
    () => {
      _sink += parseReportText(text).rows.length;
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    'mapFulfilledShipments',
    () => {
      _sink += mapFulfilledShipments(parsed, options).orders.length;
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    'mapFulfilledShipments, a distinct time on every row',
    () => {
      _sink += mapFulfilledShipments(distinctTimes, options).orders.length;
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
