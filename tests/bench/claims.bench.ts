import { bench, describe } from 'vitest';
import { type Claim, ClaimSchema } from '../../core/claims/claim';
import { matchReimbursements } from '../../core/claims/match-reimbursements';
import { type ClaimableOrder, prepareCases } from '../../core/claims/prepare-cases';
import { parseReimbursementsReport, REIMBURSEMENT_COLUMNS } from '../../core/claims/reimbursements-report';
import { parseReportText } from '../../core/import/parse-report';
import { OrderSchema } from '../../core/model/order';

// The claims work of issue 15 on a large seller's data: reading a 50,000-row Reimbursements
// report (tab-separated as Seller Central writes it, and the same rows as a French Excel CSV),
// matching it to 5,000 stored claims, and preparing cases from 5,000 claimable orders.
// Run: npx vitest bench --run tests/bench/claims.bench.ts

const ROWS = 50_000;
const CLAIMS = 5_000;
const orderId = (n: number) => `402-${String(1_000_000 + n).slice(0, 7)}-${String(n).padStart(7, '0')}`;

function reportText(excel: boolean): string {
  const sep = excel ? ';' : '\t';
  const lines = [REIMBURSEMENT_COLUMNS.join(sep)];
  for (let n = 0; n < ROWS; n++) {
    // Every 10th row pays a claim by case id, every 10th + 1 by order id; the rest are FBA rows.
    const claim = n % 10 === 0 ? n / 10 : n % 10 === 1 ? (n - 1) / 10 : -1;
    const day = 1 + (n % 28);
    const amount = ((n % 97) + 0.5).toFixed(2);
    lines.push(
      [
        excel
          ? `${String(day).padStart(2, '0')}/05/2024`
          : `2024-05-${String(day).padStart(2, '0')}T10:00:00+00:00`,
        String(2_000_000_000 + n),
        n % 10 === 0 && claim < CLAIMS ? `15${String(claim).padStart(9, '0')}` : '',
        claim >= 0 && claim < CLAIMS ? orderId(claim) : orderId(100_000 + n),
        'Lost_Warehouse',
        `SKU-${n % 500}`,
        `X00${n % 1000}`,
        `B0${n % 1000}`,
        `Product ${n % 500}, blue`,
        'New',
        'EUR',
        excel ? amount.replace('.', ',') : amount,
        excel ? amount.replace('.', ',') : amount,
        '1',
        '0',
        '1',
        '',
        '',
      ].join(sep),
    );
  }
  return lines.join(excel ? '\r\n' : '\n');
}

const tsv = reportText(false);
const csv = `\uFEFF${reportText(true)}`;
const parsed = parseReimbursementsReport(tsv);
if (!parsed.ok) throw new Error(parsed.reason);
const rows = parsed.rows;

const claims: Claim[] = Array.from({ length: CLAIMS }, (_, n) =>
  ClaimSchema.parse({
    id: `c${n}`,
    caseId: `15${String(n).padStart(9, '0')}`,
    reason: 'lost',
    countryCode: 'FR',
    filedOn: '2024-04-20',
    lines: [
      {
        orderKey: `-/FR/${orderId(n)}`,
        amazonOrderId: orderId(n),
        sellerFulfillmentOrderId: `MCF-${n}`,
        items: [{ sellerSku: 'SKU', quantity: 2 }],
      },
    ],
    status: 'filed',
    payments: [],
    updatedAt: '2024-04-20T10:00:00.000Z',
  }),
);

const marketplace = {
  host: 'sellercentral.amazon.fr',
  countryCode: 'FR',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
};
const claimable: ClaimableOrder[] = Array.from({ length: CLAIMS }, (_, n) => ({
  key: `-/FR/MCF-${n}`,
  order: OrderSchema.parse({
    sellerFulfillmentOrderId: `MCF-${n}`,
    marketplace,
    items: [{ sellerSku: 'SKU', quantity: 1 + (n % 3) }],
  }),
  findings: [
    {
      kind: 'lost-claimable',
      severity: 'action',
      startedOn: '2024-04-11',
      deadline: `2024-07-${String(1 + (n % 28)).padStart(2, '0')}`,
      facts: {},
      messageKey: 'lost-claimable',
    },
  ],
}));

let _sink = 0;
describe(`${ROWS.toLocaleString('en')}-row Reimbursements report, ${CLAIMS.toLocaleString('en')} claims`, () => {
  bench(
    'baseline: parseReportText (papaparse) of the tab-separated report',
    () => {
      _sink += parseReportText(tsv).rows.length;
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'parseReimbursementsReport, tab-separated (Seller Central)',
    () => {
      const r = parseReimbursementsReport(tsv);
      _sink += r.ok ? r.rows.length : 0;
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'parseReimbursementsReport, French Excel CSV (BOM, CRLF, decimal commas, day-first dates)',
    () => {
      const r = parseReimbursementsReport(csv);
      _sink += r.ok ? r.rows.length : 0;
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'matchReimbursements',
    () => {
      _sink += matchReimbursements(claims, rows, new Date('2024-06-01T00:00:00Z')).updated.length;
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'prepareCases (5 items a case)',
    () => {
      _sink += prepareCases(claimable, [], 5).length;
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
