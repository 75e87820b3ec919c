import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BackupError, parseBackup } from '../../../core/export/backup';
import { claimBundle } from '../../../core/export/claim-bundle';
import * as orderSummary from '../../../core/export/order-summary';
import { summarizeOrder } from '../../../core/export/order-summary';
import { csvDelimiterFor, tableCsv } from '../../../core/export/table-csv';
import { DEFAULT_APP_SETTINGS } from '../../../core/model/app-settings';
import type { Finding } from '../../../core/model/finding';
import { OrderSchema } from '../../../core/model/order';
import { swishipUrl } from '../../../core/model/order-key';
import { assessOrder } from '../../../core/policy/assess';

const FR = { host: 'sellercentral.amazon.fr', countryCode: 'FR', locale: 'fr-FR', timeZone: 'Europe/Paris' };
const order = OrderSchema.parse({
  sellerFulfillmentOrderId: '402-1111111-1000001',
  displayableOrderId: 'Commande-élégante',
  marketplace: FR,
  items: [{ sellerSku: 'MUG-RED', quantity: 2 }],
  shipments: [
    {
      amazonShipmentId: 'Dk1',
      fulfillmentShipmentStatus: 'SHIPPED',
      shippingDate: '2024-11-29',
      estimatedArrivalDate: '2024-12-03',
      packages: [
        { carrierCode: '=HYPERLINK("x")', trackingNumber: '6A 123/45', currentStatus: 'IN_TRANSIT' },
      ],
    },
  ],
});
const assessment = assessOrder(order, new Date('2024-12-20T10:00:00Z'));

describe('order summary', () => {
  it('flattens an order for the table', () => {
    const summary = summarizeOrder('-/FR/402-1111111-1000001', order, assessment, {
      steps: { 'lost.open-case': { done: true }, 'lost.case-id': { done: true, note: 'CASE-1' } },
    });
    expect(summary).toMatchObject({
      orderId: '402-1111111-1000001',
      displayableOrderId: 'Commande-élégante',
      countryCode: 'FR',
      status: 'IN_TRANSIT',
      shipDate: '2024-11-29',
      edd: '2024-12-03',
      tracking: '6A 123/45',
      kinds: ['lost-claimable'],
      severity: 2,
      claimDeadline: '2025-03-03',
      claimFiled: true,
      caseId: 'CASE-1',
    });
    expect(summary.haystack).toContain('mug-red');
    expect(swishipUrl('6A 123/45', 'fr-FR')).toBe('https://www.swiship.com/track?id=6A%20123%2F45&loc=fr-FR');
  });

  it('builds the Swiship link in one place, beside the order page link, without zod', () => {
    // One builder (core/model/order-key.ts), used by the table (through its formatting helpers),
    // the CSV and the page overlay.
    expect('swishipUrl' in orderSummary).toBe(false);
    const source = readFileSync(join(process.cwd(), 'core/model/order-key.ts'), 'utf8');
    expect(source).not.toMatch(/from ['"]zod/);
    for (const file of [
      'components/overlay/OrderFacts.tsx',
      'core/export/table-csv.ts',
      'components/dashboard/format.ts',
    ]) {
      const text = readFileSync(join(process.cwd(), file), 'utf8');
      expect(text, file).not.toContain('swiship.com');
      expect(text, file).toMatch(/swishipUrl\(/);
    }
    const table = readFileSync(join(process.cwd(), 'components/dashboard/row-cells.ts'), 'utf8');
    expect(table).not.toContain('swiship.com');
  });
});

describe('table CSV', () => {
  const rows = [summarizeOrder('-/FR/402-1111111-1000001', order, assessment)];

  it('picks ; where decimals take a comma, , elsewhere', () => {
    expect(csvDelimiterFor('fr-FR')).toBe(';');
    expect(csvDelimiterFor('de')).toBe(';');
    expect(csvDelimiterFor('en-US')).toBe(',');
    expect(csvDelimiterFor('en-GB')).toBe(',');
  });

  it('writes UTF-8 with a BOM and CRLF, reads back to the same cells, and escapes formulas', () => {
    const csv = tableCsv(rows, { locale: 'fr-FR', lang: 'fr' });
    expect(csv.startsWith('\uFEFFCommande;')).toBe(true);
    expect(csv).toContain('\r\n');
    const back = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(back).toHaveLength(2);
    const [header, row] = back as [string[], string[]];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Commande')).toBe('402-1111111-1000001');
    expect(cell('Commande boutique')).toBe('Commande-élégante');
    expect(cell('Livraison estimée')).toBe('2024-12-03');
    expect(cell('Lien de suivi')).toBe('https://www.swiship.com/track?id=6A%20123%2F45&loc=fr-FR');
    expect(cell('Constats')).toBe('lost-claimable');
    // Page text that a spreadsheet would run as a formula is neutralised.
    expect(cell('Transporteur')).toBe(`'=HYPERLINK("x")`);
  });

  it('writes English headers with commas for an English locale', () => {
    const csv = tableCsv(rows, { locale: 'en-US', lang: 'en' });
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFOrder id,Shop order id,Marketplace,Status,Ship date,Estimated delivery,Carrier,Tracking,Tracking link,Findings,Claim deadline,Claim filed,Case id',
    );
  });
});

describe('claim texts bundle', () => {
  it('writes one claim text per claimable finding and names the orders left out', () => {
    const other = OrderSchema.parse({ sellerFulfillmentOrderId: '402-9', marketplace: FR });
    const bundle = claimBundle(
      [
        { order, findings: assessment.findings },
        { order: other, findings: [] as Finding[] },
      ],
      'fr',
    );
    expect(bundle.claims).toBe(1);
    expect(bundle.skipped).toEqual(['402-9']);
    expect(bundle.text.startsWith('\uFEFF')).toBe(true);
    expect(bundle.text).toContain('402-1111111-1000001');
    expect(claimBundle([{ order: other, findings: [] }], 'en')).toEqual({
      text: '',
      claims: 0,
      skipped: ['402-9'],
    });
  });
});

describe('backup file', () => {
  const valid = {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2024-12-20T10:00:00.000Z',
    settings: DEFAULT_APP_SETTINGS,
    orders: [
      {
        key: '-/FR/402-1111111-1000001',
        order,
        conflicts: [],
        firstSeenAt: '2024-12-20T10:00:00.000Z',
        updatedAt: '2024-12-20T10:00:00.000Z',
      },
    ],
    history: [],
    checklists: [],
    mutes: [],
    notified: [],
  };

  it('restores an older backup whose claim window is under 8 days: clamped, other settings kept', () => {
    const settings = {
      claimWindowDays: 3,
      returnReminderDays: 30,
      notifications: 'off',
      uiLanguage: 'fr',
      caseTextLanguage: 'marketplace',
      returnCommentTemplate: 'Retour {orderId}',
    };
    // Settings added after this backup was written take their defaults.
    const added = { unpaidClaimDays: 30, maxItemsPerCase: 5 };
    expect(parseBackup(JSON.stringify({ ...valid, settings })).settings).toEqual({
      ...settings,
      ...added,
      claimWindowDays: 8,
    });
    // An invalid field takes its default; the valid ones stay.
    expect(
      parseBackup(JSON.stringify({ ...valid, settings: { ...settings, uiLanguage: 'nl' } })).settings,
    ).toEqual({ ...settings, ...added, claimWindowDays: 8, uiLanguage: 'auto' });
    // The interface language of a backup written before it was renamed `uiLanguage`.
    const { uiLanguage: _, caseTextLanguage: __, ...older } = settings;
    expect(
      parseBackup(JSON.stringify({ ...valid, settings: { ...older, language: 'it' } })).settings,
    ).toEqual({ ...settings, ...added, claimWindowDays: 8, uiLanguage: 'it' });
  });

  it('reads a valid v1 backup', () => {
    expect(parseBackup(JSON.stringify(valid)).orders[0]!.order).toEqual(order);
  });

  it('reads the learned rules of a backup; one written before them has none', () => {
    // `valid` is a file as versions before teach mode wrote it: no `learnedRules`.
    expect(parseBackup(JSON.stringify(valid)).learnedRules).toEqual([]);
    const rule = {
      host: 'sellercentral.amazon.fr',
      field: 'estimatedArrivalDate',
      path: '#promise>1>0',
      override: true,
      createdAt: '2024-12-20T10:00:00.000Z',
      example: '24 déc. 2024',
    };
    expect(parseBackup(JSON.stringify({ ...valid, learnedRules: [rule] })).learnedRules).toEqual([rule]);
    // A malformed rule refuses the whole file, with the reason.
    const refuse = (learnedRules: unknown) => () => parseBackup(JSON.stringify({ ...valid, learnedRules }));
    expect(refuse([{ ...rule, label: 'date' }])).toThrow(
      /^Corrupt backup file, nothing restored: learnedRules\.0: a rule has a label or a path\.$/,
    );
    expect(refuse([{ ...rule, field: 'buyerName' }])).toThrow(/learnedRules\.0\.field/);
    expect(refuse({})).toThrow(/learnedRules/);
  });

  it('reads history rows of both kinds: compact creation rows and rows of changes', () => {
    const at = '2024-12-20T10:00:00.000Z';
    const key = valid.orders[0]!.key;
    const history = [
      { id: 1, key, at, source: 'report', created: true, fields: 12, changes: [], conflicts: [] },
      // A creation as written before compact rows (one change per field), and an update.
      {
        id: 2,
        key,
        at,
        source: 'page',
        changes: [{ path: 'estimatedArrivalDate', to: '2024-12-24', source: 'page', seenAt: at }],
      },
      {
        id: 3,
        key,
        at,
        source: 'page',
        changes: [
          { path: 'estimatedArrivalDate', from: '2024-12-24', to: '2024-12-26', source: 'page', seenAt: at },
        ],
        conflicts: [],
      },
    ];
    expect(parseBackup(JSON.stringify({ ...valid, history })).history).toEqual([
      history[0],
      { ...history[1], conflicts: [] },
      history[2],
    ]);
    const bad = { ...history[0], fields: -1 };
    expect(() => parseBackup(JSON.stringify({ ...valid, history: [bad] }))).toThrow(/history\.0\.fields/);
  });

  it('refuses a newer format, another file, broken JSON and corrupt rows with a clear message', () => {
    const refuse = (text: string) => () => parseBackup(text);
    expect(refuse(JSON.stringify({ ...valid, version: 2 }))).toThrow(/newer MCF Desk \(format version 2\)/);
    expect(refuse(JSON.stringify({ hello: 1 }))).toThrow(/Not an MCF Desk backup file/);
    expect(refuse(JSON.stringify(valid).slice(0, 200))).toThrow(/not valid JSON/);
    const corrupt = structuredClone(valid) as unknown as { orders: { order: { marketplace: unknown } }[] };
    corrupt.orders[0]!.order.marketplace = { host: 'x' };
    expect(refuse(JSON.stringify(corrupt))).toThrow(
      /Corrupt backup file, nothing restored: orders\.0\.order\.marketplace/,
    );
    expect(
      refuse(JSON.stringify({ ...valid, orders: [{ ...valid.orders[0], key: '-/DE/402-1111111-1000001' }] })),
    ).toThrow(/orders\.0\.key does not match/);
    expect(refuse(JSON.stringify({ ...valid, orders: [valid.orders[0], valid.orders[0]] }))).toThrow(
      /appears twice/,
    );
    expect(refuse(JSON.stringify(valid))).not.toThrow(BackupError);
  });
});
