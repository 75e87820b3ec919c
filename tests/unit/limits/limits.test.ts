import { describe, expect, it } from 'vitest';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { parseReportText } from '../../../core/import/parse-report';
import { chunksBySize, IMPORT_CHUNK_CHARS, jsonChars, runImport } from '../../../core/import/run-import';
import { PageReadingSchema } from '../../../core/messages/background';
import { MessageError } from '../../../core/messages/protocol';
import { clampOrderInput, clampPageReading, LIMITS } from '../../../core/model/limits';
import { type Order, OrderSchema } from '../../../core/model/order';
import { makeReport, REPORT_HEADER } from '../../fixtures/reports/make-report';
import { DASHBOARD, FR, harness } from '../dashboard/harness';

// Issue 17, part 2 and 3: hard limits of an order, and true messages after an interrupted import.

const observedAt = new Date('2024-12-20T10:00:00Z');
const MB = 'x'.repeat(1024 * 1024);

function reportRow(n: number, fields: Partial<Record<string, string>> = {}): string {
  const row: Record<string, string> = {
    'amazon-order-id': `402-0000000-${String(n).padStart(7, '0')}`,
    'merchant-order-id': `SHOP-${n}`,
    'shipment-id': `SHIP-${n}`,
    'shipment-item-id': `SI-${n}`,
    'shipment-date': '2024-12-01T10:00:00+00:00',
    sku: 'MUG-RED',
    'product-name': 'Red mug',
    'quantity-shipped': '1',
    'item-price': '10.00',
    carrier: 'COLISSIMO',
    'tracking-number': `6A${String(n).padStart(11, '0')}`,
    'estimated-arrival-date': '2024-12-05T18:00:00+00:00',
    'fulfillment-center-id': 'ORY1',
    'sales-channel': 'Non-Amazon',
    ...fields,
  };
  return REPORT_HEADER.map((column) => row[column] ?? '').join('\t');
}

describe('order limits in the schema', () => {
  const base = { sellerFulfillmentOrderId: 'S-1', marketplace: FR };
  it('refuses every over-long text and every over-long list', () => {
    const cases: [string, unknown][] = [
      ['sellerFulfillmentOrderId', { ...base, sellerFulfillmentOrderId: 'x'.repeat(LIMITS.orderId + 1) }],
      ['merchantId', { ...base, merchantId: 'x'.repeat(LIMITS.orderId + 1) }],
      ['items.0.sellerSku', { ...base, items: [{ sellerSku: 'x'.repeat(LIMITS.sku + 1), quantity: 1 }] }],
      ['items.0.title', { ...base, items: [{ sellerSku: 'A', quantity: 1, title: MB }] }],
      ['shipments.0.packages.0.carrierCode', { ...base, shipments: [{ packages: [{ carrierCode: MB }] }] }],
      [
        'shipments.0.packages.0.trackingNumber',
        { ...base, shipments: [{ packages: [{ trackingNumber: MB }] }] },
      ],
      [
        'items',
        {
          ...base,
          items: Array.from({ length: LIMITS.itemsPerOrder + 1 }, () => ({ sellerSku: 'A', quantity: 1 })),
        },
      ],
      ['shipments', { ...base, shipments: Array.from({ length: LIMITS.shipmentsPerOrder + 1 }, () => ({})) }],
      [
        'shipments (packages in all)',
        {
          ...base,
          shipments: Array.from({ length: 3 }, () => ({ packages: Array.from({ length: 70 }, () => ({})) })),
        },
      ],
      [
        'shipments (events in all)',
        {
          ...base,
          shipments: [
            {
              packages: Array.from({ length: 6 }, () => ({
                events: Array.from({ length: 200 }, () => ({ code: 'UNKNOWN' })),
              })),
            },
          ],
        },
      ],
      [
        'returns.0.reason',
        { ...base, returns: [{ rmaId: 'R', items: [], status: 'authorized', reason: MB }] },
      ],
    ];
    for (const [what, input] of cases) expect(OrderSchema.safeParse(input).success, what).toBe(false);
    // At the limits: accepted.
    expect(
      OrderSchema.safeParse({
        ...base,
        items: [{ sellerSku: 'x'.repeat(LIMITS.sku), quantity: 1, title: 'x'.repeat(LIMITS.title) }],
      }).success,
    ).toBe(true);
  });

  it('keeps the largest possible order far below the message cap', () => {
    const text = (n: number) => 'é'.repeat(n);
    const order = {
      sellerFulfillmentOrderId: 'x'.repeat(LIMITS.orderId),
      marketplace: FR,
      items: Array.from({ length: LIMITS.itemsPerOrder }, (_, i) => ({
        sellerSku: `${i}`.padEnd(LIMITS.sku, 'x'),
        quantity: 1,
        title: text(LIMITS.title),
      })),
      shipments: Array.from({ length: 2 }, () => ({
        packages: Array.from({ length: LIMITS.packagesPerOrder / 2 }, () => ({
          carrierCode: text(LIMITS.carrier),
          trackingNumber: text(LIMITS.id),
          events: Array.from({ length: 5 }, () => ({ code: 'UNKNOWN', description: text(LIMITS.text) })),
        })),
      })),
    };
    const parsed = OrderSchema.parse(order);
    const bytes = new TextEncoder().encode(JSON.stringify(parsed)).length;
    expect(bytes).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('a page reading over the limits is cut, and says so', () => {
  it('cuts a 1 MB title and a too-long list; the reading still validates', () => {
    const reading = {
      order: {
        sellerFulfillmentOrderId: '402-1234567-1234567',
        marketplace: FR,
        items: Array.from({ length: LIMITS.itemsPerOrder + 3 }, (_, i) => ({
          sellerSku: `SKU-${i}`,
          quantity: 1,
          ...(i === 0 ? { title: MB } : {}),
        })),
      },
      missing: [],
    };
    const parsed = PageReadingSchema.parse(reading);
    expect(parsed.order.items).toHaveLength(LIMITS.itemsPerOrder);
    expect(parsed.order.items[0]?.title).toHaveLength(LIMITS.title);
    expect(parsed.cut).toEqual(['items', 'items.0.title']);
    // The input is left as it was.
    expect(reading.order.items[0]?.title).toHaveLength(MB.length);
  });

  it('never cuts an order id (a cut id would name another order)', () => {
    const { order, cut } = clampOrderInput({ sellerFulfillmentOrderId: 'x'.repeat(100), marketplace: FR });
    expect(order.sellerFulfillmentOrderId).toHaveLength(100);
    expect(cut).toEqual([]);
  });

  it('is cut before it is sent: a page reading of 80 MB fits one message', () => {
    // The content script runs clampPageReading on what it read (entrypoints/order-page/attach.ts).
    const huge = 'y'.repeat(8 * 1024 * 1024);
    const reading = {
      order: {
        sellerFulfillmentOrderId: '402-1234567-1234567',
        marketplace: FR,
        items: Array.from({ length: 10 }, (_, i) => ({ sellerSku: `SKU-${i}`, quantity: 1, title: huge })),
      },
      missing: [],
      cut: ['items.9.sellerSku'],
    };
    const sent = clampPageReading(reading);
    expect(jsonChars(sent)).toBeLessThan(64 * 1024);
    expect(sent.cut).toEqual([
      'items.9.sellerSku',
      ...Array.from({ length: 10 }, (_, i) => `items.${i}.title`),
    ]);
    expect(PageReadingSchema.parse(sent).cut).toEqual(sent.cut);
    // Nothing else is touched.
    expect(
      clampPageReading({ order: { sellerFulfillmentOrderId: 'A-1', marketplace: FR } }),
    ).not.toHaveProperty('cut');
    expect(clampPageReading(null)).toBeNull();
  });

  it('a reading within the limits is unchanged and has no `cut`', () => {
    const reading = { order: { sellerFulfillmentOrderId: 'A-1', marketplace: FR }, missing: [] };
    expect(PageReadingSchema.parse(reading)).not.toHaveProperty('cut');
  });
});

describe('an import over the limits', () => {
  it('rejects a row with a 1 MB title by its line and reason, and imports the others', async () => {
    const text = [
      REPORT_HEADER.join('\t'),
      reportRow(1),
      reportRow(2, { 'product-name': MB }),
      reportRow(3),
    ].join('\n');
    const mapping = mapFulfilledShipments(parseReportText(text), { marketplace: FR, observedAt });
    expect(mapping.orders.map((o) => o.displayableOrderId)).toEqual(['SHOP-1', 'SHOP-3']);
    expect(mapping.lines).toEqual([2, 4]);
    expect(mapping.rejected).toEqual([
      { line: 3, reason: 'product-name is too long (1,048,576 characters, at most 1,000)' },
    ]);

    const h = harness();
    const summary = await runImport(text, {
      marketplace: FR,
      observedAt,
      chunkSize: 5000,
      send: (source, orders) => h.dashboard['import.chunk']({ source, orders }, DASHBOARD),
    });
    expect(summary).toMatchObject({ orders: 2, created: 2, rejected: [{ line: 3 }] });
    expect(summary.interrupted).toBeUndefined();
    expect(await h.db.orders.count()).toBe(2);
  });

  it('rejects every line of an order with too many items, naming the limit', () => {
    const rows = Array.from({ length: LIMITS.itemsPerOrder + 1 }, (_, i) =>
      reportRow(1, { sku: `SKU-${i}`, 'shipment-item-id': `SI-${i}` }),
    );
    const text = [REPORT_HEADER.join('\t'), ...rows, reportRow(2)].join('\n');
    const mapping = mapFulfilledShipments(parseReportText(text), { marketplace: FR, observedAt });
    expect(mapping.orders.map((o) => o.displayableOrderId)).toEqual(['SHOP-2']);
    expect(mapping.rejected).toHaveLength(LIMITS.itemsPerOrder + 1);
    expect(mapping.rejected[0]).toEqual({
      line: 2,
      reason: expect.stringMatching(/^order rejected: items: .*500/),
    });
  });

  it('100 orders with 1 MB names: every row rejected with its line, nothing sent, no failure', async () => {
    const text = [
      REPORT_HEADER.join('\t'),
      ...Array.from({ length: 100 }, (_, i) => reportRow(i + 1, { 'product-name': MB })),
    ].join('\n');
    let sent = 0;
    const summary = await runImport(text, {
      marketplace: FR,
      observedAt,
      chunkSize: 5000,
      send: async () => {
        sent++;
        return { created: 0, updated: 0, unchanged: 0 };
      },
    });
    expect(sent).toBe(0);
    expect(summary.rejected.map((r) => r.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
  });
});

describe('import chunks sized by bytes', () => {
  it('cuts chunks by characters of JSON as well as by count', () => {
    const order = (n: number, title: string) =>
      OrderSchema.parse({
        sellerFulfillmentOrderId: `A-${n}`,
        marketplace: FR,
        items: [{ sellerSku: 'S', quantity: 1, title }],
      });
    const big = Array.from({ length: 10 }, (_, i) => order(i, 'x'.repeat(LIMITS.title)));
    const size = jsonChars(big[0]) + 1;
    const chunks = chunksBySize(big, 5000, size * 3);
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 3, 1]);
    expect(chunksBySize(big, 4, IMPORT_CHUNK_CHARS).map((c) => c.length)).toEqual([4, 4, 2]);
    for (const chunk of chunksBySize(big, 5000, size * 3))
      expect(JSON.stringify(chunk).length).toBeLessThanOrEqual(size * 3 + 2);
    // 6 bytes at most per character (a JSON escape such as \u0001): still under 64 MiB.
    expect(IMPORT_CHUNK_CHARS * 6).toBeLessThan(64 * 1024 * 1024);
  });

  it('measures an order’s JSON without building it: never less, a few percent more', () => {
    const { text } = makeReport(500);
    const orders = mapFulfilledShipments(parseReportText(text), { marketplace: FR, observedAt }).orders;
    for (const order of orders) {
      const actual = JSON.stringify(order).length;
      expect(jsonChars(order)).toBeGreaterThanOrEqual(actual);
      expect(jsonChars(order)).toBeLessThan(actual * 1.2);
    }
  });
});

describe('an import stopped midway', () => {
  it('says how many orders were saved and where it stopped; the same file again finishes it, nothing doubled', async () => {
    const { text, mcfOrders } = makeReport(60, Date.parse('2024-12-20T10:00:00Z'));
    const h = harness();
    let chunk = 0;
    const options = (stopAt?: number) => ({
      marketplace: FR,
      observedAt,
      chunkSize: 10,
      send: async (source: 'report' | 'api', orders: Order[], last: boolean) => {
        // The worker stops while the third chunk is on its way: its transaction never commits.
        if (chunk++ === stopAt)
          throw new Error(
            'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
          );
        return h.dashboard['import.chunk']({ source, orders, batch: { id: 'b', last } }, DASHBOARD);
      },
    });
    const first = await runImport(text, options(2));
    expect(first.interrupted).toMatchObject({ saved: 20, total: mcfOrders, stoppedAt: 21, retry: true });
    expect(first.interrupted?.line).toBeGreaterThan(21);
    expect(first.interrupted?.orderId).toMatch(/^402-/);
    expect(first.created).toBe(20);
    expect(await h.db.orders.count()).toBe(20);

    chunk = 0;
    const again = await runImport(text, options());
    expect(again.interrupted).toBeUndefined();
    expect(again).toMatchObject({ created: mcfOrders - 20, unchanged: 20, updated: 0 });
    expect(await h.db.orders.count()).toBe(mcfOrders);
    // Nothing saved the first time was changed by the second.
    expect(await h.db.history.count()).toBe(0);
  });

  it('a chunk the background refuses: not offered as a retry', async () => {
    const { text } = makeReport(30);
    let chunk = 0;
    const summary = await runImport(text, {
      marketplace: FR,
      observedAt,
      chunkSize: 10,
      send: async () => {
        if (chunk++ === 1) throw new MessageError('bad-request', 'import.chunk: invalid payload');
        return { created: 10, updated: 0, unchanged: 0 };
      },
    });
    expect(summary.interrupted).toMatchObject({ saved: 10, stoppedAt: 11, retry: false });
  });
});

describe('a backup over the limits', () => {
  it('is refused with a sentence naming the value, before anything is sent', async () => {
    const { parseBackup, BACKUP_FORMAT, BACKUP_VERSION } = await import('../../../core/export/backup');
    const order = OrderSchema.parse({ sellerFulfillmentOrderId: 'A-1', marketplace: FR });
    const backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2026-03-01T09:00:00.000Z',
      settings: {},
      orders: [
        {
          key: '-/FR/A-1',
          order: { ...order, items: [{ sellerSku: 'S', quantity: 1, title: 'x'.repeat(10 * 1024 * 1024) }] },
          conflicts: [],
          firstSeenAt: '2026-03-01T09:00:00.000Z',
          updatedAt: '2026-03-01T09:00:00.000Z',
        },
      ],
      history: [],
      checklists: [],
    };
    expect(() => parseBackup(JSON.stringify(backup))).toThrow(
      /^This backup holds a value over MCF Desk's limits, nothing restored: orders\.0\.order\.items\.0\.title: .*1000/,
    );
  });
});

describe('a restore stopped midway', () => {
  it('before its last part: nothing changed; during the last: all or nothing; the sentence says which', async () => {
    const { sendRestoreParts } = await import('../../../core/export/run-restore');
    const { DASHBOARD_TEXTS } = await import('../../../components/dashboard/texts');
    const parts = ['a', 'b', 'c'];
    const progress: number[] = [];
    const stopAt = (n: number) => async (part: string) => {
      if (part === parts[n]) throw new Error('message channel closed');
    };
    await expect(
      sendRestoreParts(parts, stopAt(1), {
        onProgress: (done) => progress.push(done),
        sentence: DASHBOARD_TEXTS.en.faults.restoreStopped,
      }),
    ).rejects.toThrow(
      'The restore stopped after part 1 of 3 (message channel closed): nothing was changed, your data is as it was. Restore the same file again.',
    );
    expect(progress).toEqual([1]);
    await expect(
      sendRestoreParts(parts, stopAt(2), { sentence: DASHBOARD_TEXTS.fr.faults.restoreStopped }),
    ).rejects.toThrow(
      /dernière partie \(3 sur 3\).*soit toute la sauvegarde a été restaurée, soit rien n’a été modifié/,
    );
  });

  // 3,000 orders imported, backed up and restored twice in fake-indexeddb: seconds of work, not a
  // timing test, so it gets the time it needs on a loaded machine.
  it('a restore whose worker stopped before the last part leaves the data as it was, and the same file again restores it', async () => {
    const { restoreParts } = await import('../../../entrypoints/dashboard/restore-parts');
    const { readBackup, clearStagedRestore } = await import(
      '../../../entrypoints/background/dashboard-handlers'
    );
    const { sendRestoreParts } = await import('../../../core/export/run-restore');
    const { DASHBOARD_TEXTS } = await import('../../../components/dashboard/texts');
    const source = harness();
    const { text } = makeReport(3000, Date.parse('2024-12-20T10:00:00Z'));
    await runImport(text, {
      marketplace: FR,
      observedAt,
      chunkSize: 5000,
      send: (s, orders) => source.dashboard['import.chunk']({ source: s, orders }, DASHBOARD),
    });
    const backup = await readBackup(source.db, new Date('2024-12-20T11:00:00Z'));
    const parts = restoreParts(backup);
    expect(parts.length).toBeGreaterThan(1);

    const target = harness();
    await target.dashboard['import.chunk'](
      {
        source: 'report',
        orders: [OrderSchema.parse({ sellerFulfillmentOrderId: 'KEEP-1', marketplace: FR })],
      },
      DASHBOARD,
    );
    let sent = 0;
    await expect(
      sendRestoreParts(
        parts,
        async (part) => {
          if (sent++ === 1) {
            // The worker stops: its next start drops the staged parts.
            await clearStagedRestore(target.db);
            throw new Error('message channel closed');
          }
          return target.dashboard['backup.restore'](part, DASHBOARD);
        },
        { sentence: DASHBOARD_TEXTS.en.faults.restoreStopped },
      ),
    ).rejects.toThrow(/nothing was changed/);
    expect((await target.db.orders.toCollection().primaryKeys()).map(String)).toEqual(['-/FR/KEEP-1']);

    await sendRestoreParts(parts, (part) => target.dashboard['backup.restore'](part, DASHBOARD), {
      sentence: DASHBOARD_TEXTS.en.faults.restoreStopped,
    });
    expect(await target.db.orders.count()).toBe(backup.orders.length);
  }, 30_000);
});
