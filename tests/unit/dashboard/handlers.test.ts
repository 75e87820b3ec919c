import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Backup, BackupSchema, parseBackup } from '../../../core/export/backup';
import { dashboardMessages, RESTORE_CHUNK_SIZE } from '../../../core/messages/dashboard';
import { createRouter, ENVELOPE_TAG } from '../../../core/messages/protocol';
import type { SenderInfo } from '../../../core/messages/sender';
import type { LearnedRule } from '../../../core/teach/learned-rule';
import {
  clearStagedRestore,
  createDashboardHandlers,
  readBackup,
} from '../../../entrypoints/background/dashboard-handlers';
import { createBackground } from '../../../entrypoints/background/service';
import { restoreParts } from '../../../entrypoints/dashboard/restore-parts';
import { clock, freshDb, recordingPlatform } from '../background/helpers';
import { CONTENT_SCRIPT, DASHBOARD, harness, reportOrders } from './harness';

const KEY = '-/FR/402-1111111-1000001';
const REPORT = 'fulfilled-shipments-amazon-order.txt';

/** A rule the seller taught on the French host (`overrides` change it). */
function learned(overrides: Partial<LearnedRule> = {}): LearnedRule {
  return {
    host: 'sellercentral.amazon.fr',
    field: 'estimatedArrivalDate',
    label: 'arrivee chez le client au plus tard',
    override: false,
    createdAt: '2024-12-19T10:00:00.000Z',
    example: '3 déc. 2024',
    ...overrides,
  };
}
const PATH_RULE = learned({
  host: 'sellercentral.amazon.de',
  field: 'trackingNumber',
  label: undefined,
  path: '#sendung>1>0',
  override: true,
  createdAt: '2024-12-18T10:00:00.000Z',
  example: '00340434161234567890',
});

async function findingKinds(h: ReturnType<typeof harness>, key: string) {
  return (await h.db.orders.get(key))?.assessment.findings.map((f) => f.kind);
}

describe('import.chunk', () => {
  it('creates orders, then changes nothing when the same file is imported again', async () => {
    const h = harness();
    const orders = reportOrders(REPORT);
    expect(await h.dashboard['import.chunk']({ source: 'report', orders }, DASHBOARD)).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    const before = await readBackup(h.db, new Date('2024-12-20T10:00:00Z'));
    h.setNow('2024-12-20T11:00:00Z');
    expect(
      await h.dashboard['import.chunk']({ source: 'report', orders: reportOrders(REPORT) }, DASHBOARD),
    ).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await readBackup(h.db, new Date('2024-12-20T10:00:00Z'))).toEqual(before);
    expect(h.background.afterWrite).toHaveBeenCalledTimes(2);
  });

  it('keeps an old report order at lost-check until the seller says what the carrier says', async () => {
    const h = harness();
    await h.dashboard['import.chunk']({ source: 'report', orders: reportOrders(REPORT) }, DASHBOARD);
    // EDD 3 Dec, claimable from 11 Dec: the report has no delivery status, so only "check".
    expect(await findingKinds(h, KEY)).toContain('lost-check');
    expect(await findingKinds(h, KEY)).not.toContain('lost-claimable');

    // The table's "not delivered" answer.
    await h.core['order.setUserFields'](
      { key: KEY, fields: [{ path: 'shipments.0.packages.0.currentStatus', value: 'IN_TRANSIT' }] },
      DASHBOARD,
    );
    expect(await findingKinds(h, KEY)).toContain('lost-claimable');

    // A later import of the same report never overwrites the seller's answer.
    h.setNow('2024-12-21T10:00:00Z');
    await h.dashboard['import.chunk'](
      { source: 'report', orders: reportOrders(REPORT, new Date('2024-12-21T10:00:00Z')) },
      DASHBOARD,
    );
    const row = await h.db.orders.get(KEY);
    expect(row?.order.shipments[0]?.packages[0]?.currentStatus).toBe('IN_TRANSIT');
    expect(row?.order.provenance['shipments.0.packages.0.currentStatus']?.source).toBe('user');
  });

  it('is refused from a content script', async () => {
    const h = harness();
    await expect(
      h.dashboard['import.chunk']({ source: 'report', orders: reportOrders(REPORT) }, CONTENT_SCRIPT),
    ).rejects.toThrow(/extension pages only/);
    expect(await h.db.orders.count()).toBe(0);
  });
});

describe('orders.markClaim', () => {
  it('records the claim filed and the case id in the claim checklist of each order', async () => {
    const h = harness();
    await h.dashboard['import.chunk']({ source: 'report', orders: reportOrders(REPORT) }, DASHBOARD);
    const other = '-/FR/402-3333333-3000003';
    expect(
      await h.dashboard['orders.markClaim'](
        { keys: [KEY, other, '-/FR/unknown-order'], filed: true, caseId: '1234567890' },
        DASHBOARD,
      ),
    ).toEqual({ updated: 2 });
    const steps = (await h.db.checklists.get(KEY))?.steps;
    expect(steps?.['lost.open-case']).toMatchObject({ done: true });
    expect(steps?.['lost.case-id']).toMatchObject({ done: true, note: '1234567890' });
    await h.dashboard['orders.markClaim']({ keys: [KEY], filed: false }, DASHBOARD);
    expect((await h.db.checklists.get(KEY))?.steps['lost.open-case']?.done).toBe(false);
    expect((await h.db.checklists.get(KEY))?.steps['lost.case-id']?.note).toBe('1234567890');
  });
});

// 2,000+ orders through fake-indexeddb take seconds on a loaded machine.
const LARGE = { timeout: 30_000 };

/** Imports more orders than one restore slice holds; returns how many. */
async function importTwoSlices(h: ReturnType<typeof harness>): Promise<number> {
  const base = reportOrders(REPORT)[0]!;
  const orders = Array.from({ length: RESTORE_CHUNK_SIZE + 10 }, (_, i) => ({
    ...base,
    sellerFulfillmentOrderId: `402-0000000-${String(i).padStart(7, '0')}`,
  }));
  for (let i = 0; i < orders.length; i += 500)
    await h.dashboard['import.chunk']({ source: 'report', orders: orders.slice(i, i + 500) }, DASHBOARD);
  return orders.length;
}

describe('backup and restore', () => {
  it('round-trips the whole database: orders, history, checklists, mutes, notifications, settings', async () => {
    const source = harness();
    await source.dashboard['import.chunk']({ source: 'report', orders: reportOrders(REPORT) }, DASHBOARD);
    await source.core['order.setUserFields'](
      { key: KEY, fields: [{ path: 'shipments.0.packages.0.currentStatus', value: 'IN_TRANSIT' }] },
      DASHBOARD,
    );
    await source.dashboard['orders.markClaim']({ keys: [KEY], filed: true, caseId: 'CASE-9' }, DASHBOARD);
    await source.core['finding.snooze'](
      { key: '-/FR/402-3333333-3000003', kind: 'lost-check', until: '2025-01-10T00:00:00Z' },
      DASHBOARD,
    );
    await source.core['settings.update']({ claimWindowDays: 60, uiLanguage: 'fr' }, DASHBOARD);
    await source.core['learned.import']({ rules: [learned(), PATH_RULE] }, DASHBOARD);
    const exported = await readBackup(source.db, new Date('2024-12-20T12:00:00Z'));
    // Every rule of every host.
    expect(exported.learnedRules).toHaveLength(2);
    expect(exported.learnedRules).toEqual(expect.arrayContaining([learned(), PATH_RULE]));
    // Imported orders record their creation on their rows; the seller's answer is a change.
    expect(exported.history.map((h) => [h.key, h.created, h.changes.length])).toEqual([[KEY, undefined, 1]]);
    expect(exported.orders.every((row) => (row.created as { source: string }).source === 'report')).toBe(
      true,
    );
    // The backup holds facts: assessments are derived again after a restore.
    expect(exported.orders.some((row) => 'assessment' in row || 'kinds' in row)).toBe(false);
    expect(exported.mutes).toHaveLength(1);

    const text = JSON.stringify(exported);
    const target = harness();
    // Something already there is replaced, not merged.
    await target.dashboard['import.chunk'](
      { source: 'report', orders: reportOrders('fulfilled-shipments-comma.csv') },
      DASHBOARD,
    );
    const stale = learned({ label: 'date prevue', example: '1 déc. 2024' });
    await target.core['learned.import']({ rules: [stale] }, DASHBOARD);
    for (const part of restoreParts(parseBackup(text)))
      await target.dashboard['backup.restore'](part, DASHBOARD);

    const restored = await readBackup(target.db, new Date('2024-12-20T12:00:00Z'));
    // Everything comes back, except that no notification is pending display any more (the mocked
    // background of this harness never showed them; a restore never shows them again).
    const shown = (backup: Backup): Backup => ({
      ...backup,
      notified: backup.notified.map(({ pending: _pending, ...row }) => row),
    });
    expect(exported.notified.some((row) => row.pending === 'each')).toBe(true);
    expect(restored).toEqual(shown(BackupSchema.parse(JSON.parse(text))));
    expect(restored).toEqual(shown(exported));
    // The rules are the backup's: the one stored before is gone, and the restored ones are found
    // by host as the reader asks for them.
    expect(await target.core['learned.list']({}, DASHBOARD)).toEqual([learned(), PATH_RULE]);
    expect(await target.core['learned.forPage']({}, CONTENT_SCRIPT)).toEqual([learned()]);
    // The restored orders are assessed again (the seller's "not delivered" makes it claimable).
    expect(await findingKinds(target, KEY)).toContain('lost-claimable');
    expect(target.background.afterWrite).toHaveBeenCalled();
  });

  it('restores in slices when the backup is large', LARGE, async () => {
    const h = harness();
    const imported = await importTwoSlices(h);
    const backup = await readBackup(h.db, new Date('2024-12-20T12:00:00Z'));
    const parts = restoreParts(backup);
    expect(parts.length).toBe(2);
    expect(parts.map((p) => [p.first, p.last])).toEqual([
      [true, false],
      [false, true],
    ]);
    // One restore id on every slice, a new one for every restore.
    expect(parts[0]!.restoreId).toMatch(/^[0-9a-f-]{36}$/);
    expect(parts[1]!.restoreId).toBe(parts[0]!.restoreId);
    expect(restoreParts(backup)[0]!.restoreId).not.toBe(parts[0]!.restoreId);
    const target = harness();
    for (const part of parts) await target.dashboard['backup.restore'](part, DASHBOARD);
    expect(await target.db.orders.count()).toBe(imported);
    expect(await readBackup(target.db, new Date('2024-12-20T12:00:00Z'))).toEqual(backup);
  });
});

describe('backup and restore of learned rules', () => {
  it('restores a backup written before learned rules with none: the stored rules are replaced', async () => {
    const source = harness();
    await source.dashboard['import.chunk']({ source: 'report', orders: reportOrders(REPORT) }, DASHBOARD);
    const { learnedRules: _none, ...older } = await readBackup(source.db, new Date('2024-12-20T12:00:00Z'));
    const target = harness();
    await target.core['learned.import']({ rules: [learned()] }, DASHBOARD);
    const backup = parseBackup(JSON.stringify(older));
    expect(backup.learnedRules).toEqual([]);
    for (const part of restoreParts(backup)) await target.dashboard['backup.restore'](part, DASHBOARD);
    expect(await target.db.learnedRules.count()).toBe(0);
    expect(await target.db.orders.count()).toBe(2);
  });

  it('refuses a backup with a malformed rule, in the page and in the background, with nothing changed', async () => {
    const source = harness();
    await source.dashboard['import.chunk']({ source: 'report', orders: reportOrders(REPORT) }, DASHBOARD);
    await source.core['learned.import']({ rules: [PATH_RULE] }, DASHBOARD);
    const good = await readBackup(source.db, new Date('2024-12-20T12:00:00Z'));
    const bad = { ...good, learnedRules: [{ ...learned(), host: 'evil.example.com' }] };

    const target = harness();
    await target.dashboard['import.chunk']({ source: 'report', orders: reportOrders(REPORT) }, DASHBOARD);
    await target.core['learned.import']({ rules: [learned()] }, DASHBOARD);
    const before = await readBackup(target.db, new Date('2024-12-20T12:00:00Z'));

    // The page reads the whole file first: refused with a sentence, no message sent.
    expect(() => parseBackup(JSON.stringify(bad))).toThrow(
      /^Corrupt backup file, nothing restored: learnedRules\.0\.host: not a Seller Central host\.$/,
    );
    // A slice sent anyway is refused by the background's check of every request.
    const route = createRouter<typeof dashboardMessages, SenderInfo>(dashboardMessages, target.dashboard, {
      isAllowedSender: () => true,
    });
    const [part] = restoreParts(good);
    const reply = await route(
      { tag: ENVELOPE_TAG, type: 'backup.restore', payload: { ...part, learnedRules: bad.learnedRules } },
      DASHBOARD,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await readBackup(target.db, new Date('2024-12-20T12:00:00Z'))).toEqual(before);
    expect(await target.db.restoreSlices.count()).toBe(0);
  });
});

describe('backup.restore is atomic', () => {
  let built: Promise<{ backup: Backup; parts: ReturnType<typeof restoreParts> }> | undefined;
  const twoSliceBackup = () => {
    built ??= buildTwoSliceBackup();
    return built;
  };
  async function buildTwoSliceBackup() {
    const h = harness();
    await importTwoSlices(h);
    await h.core['settings.update']({ claimWindowDays: 50 }, DASHBOARD);
    const backup = await readBackup(h.db, new Date('2024-12-20T12:00:00Z'));
    return { backup, parts: restoreParts(backup) };
  }

  async function withOldData() {
    const target = harness();
    await target.dashboard['import.chunk']({ source: 'report', orders: reportOrders(REPORT) }, DASHBOARD);
    await target.dashboard['orders.markClaim']({ keys: [KEY], filed: true, caseId: 'OLD' }, DASHBOARD);
    // A rule too: a restore that stops part-way keeps it, a complete one replaces it.
    await target.core['learned.import']({ rules: [learned()] }, DASHBOARD);
    return { target, before: await readBackup(target.db, new Date('2024-12-20T12:00:00Z')) };
  }

  it(
    'leaves the old data intact when a restore stops after its first slice, and drops it on the next',
    LARGE,
    async () => {
      const { backup, parts } = await twoSliceBackup();
      expect(parts.length).toBe(2);
      const { target, before } = await withOldData();
      const assessedBefore = await target.db.orders.toArray();
      const countersBefore = await target.db.counters.toArray();

      await target.dashboard['backup.restore'](parts[0]!, DASHBOARD);
      // The tab is closed here: the live tables are as they were, the slice waits in staging.
      expect(await readBackup(target.db, new Date('2024-12-20T12:00:00Z'))).toEqual(before);
      expect(await target.db.orders.toArray()).toEqual(assessedBefore);
      expect(await target.db.counters.toArray()).toEqual(countersBefore);
      expect(await target.db.restoreSlices.count()).toBe(1);
      expect(target.background.afterWrite).toHaveBeenCalledTimes(1);

      // A new restore drops the stale slice and replaces everything.
      for (const part of parts) await target.dashboard['backup.restore'](part, DASHBOARD);
      expect(await readBackup(target.db, new Date('2024-12-20T12:00:00Z'))).toEqual(backup);
      expect(await target.db.restoreSlices.count()).toBe(0);
      expect(await target.db.orders.where('ids').equals(KEY).count()).toBe(0);
      expect(before.learnedRules).toEqual([learned()]);
      expect(await target.db.learnedRules.count()).toBe(0);
    },
  );

  it('refuses the later slices of a restore dropped at start-up, and changes nothing', LARGE, async () => {
    const { parts } = await twoSliceBackup();
    const { target, before } = await withOldData();
    await target.dashboard['backup.restore'](parts[0]!, DASHBOARD);
    await clearStagedRestore(target.db);
    expect(await target.db.restoreSlices.count()).toBe(0);
    await expect(target.dashboard['backup.restore'](parts[1]!, DASHBOARD)).rejects.toThrow(/interrupted/);
    expect(await readBackup(target.db, new Date('2024-12-20T12:00:00Z'))).toEqual(before);
  });

  it('refuses a slice of a restore replaced by another one (restore ids)', LARGE, async () => {
    const { parts } = await twoSliceBackup();
    const { target, before } = await withOldData();
    await target.dashboard['backup.restore']({ ...parts[0]!, restoreId: 'tab-1' }, DASHBOARD);
    await target.dashboard['backup.restore']({ ...parts[0]!, restoreId: 'tab-2' }, DASHBOARD);
    await expect(
      target.dashboard['backup.restore']({ ...parts[1]!, restoreId: 'tab-1' }, DASHBOARD),
    ).rejects.toThrow(/interrupted or replaced/);
    expect(await readBackup(target.db, new Date('2024-12-20T12:00:00Z'))).toEqual(before);
    await target.dashboard['backup.restore']({ ...parts[1]!, restoreId: 'tab-2' }, DASHBOARD);
    expect(await target.db.orders.count()).toBe(RESTORE_CHUNK_SIZE + 10);
  });

  it('writes nothing when the last slice fails: the old data stays', LARGE, async () => {
    const { parts } = await twoSliceBackup();
    const { target, before } = await withOldData();
    await target.dashboard['backup.restore'](parts[0]!, DASHBOARD);
    // The swap fails part-way (a write of its transaction throws after the first slice's orders
    // are written): it rolls back whole.
    let written = 0;
    const fail = () => {
      if (++written > RESTORE_CHUNK_SIZE) throw new Error('disk full');
    };
    target.db.orders.hook('creating', fail);
    await expect(target.dashboard['backup.restore'](parts[1]!, DASHBOARD)).rejects.toThrow(/disk full/);
    target.db.orders.hook('creating').unsubscribe(fail);
    expect(written).toBeGreaterThan(RESTORE_CHUNK_SIZE);
    expect(await readBackup(target.db, new Date('2024-12-20T12:00:00Z'))).toEqual(before);
    expect(await target.db.orders.count()).toBe(before.orders.length);
  });
});

describe('data.deleteAll', () => {
  it('empties every table, and only from an extension page', async () => {
    const h = harness();
    await h.dashboard['import.chunk']({ source: 'report', orders: reportOrders(REPORT) }, DASHBOARD);
    await h.core['learned.import']({ rules: [learned()] }, DASHBOARD);
    await h.core['settings.update']({ claimWindowDays: 30 }, DASHBOARD);
    await expect(h.dashboard['data.deleteAll']({ confirm: 'delete-all' }, CONTENT_SCRIPT)).rejects.toThrow(
      /extension pages only/,
    );
    expect(await h.db.orders.count()).toBe(2);
    await h.dashboard['data.deleteAll']({ confirm: 'delete-all' }, DASHBOARD);
    const counts = await Promise.all(h.db.tables.map((t) => t.count()));
    expect(counts.every((n) => n === 0)).toBe(true);
  });
});

/** The dashboard's handlers over the real background and the recording platform. */
function realBackground() {
  fakeBrowser.reset();
  const db = freshDb();
  const time = clock('2024-12-20T10:00:00Z');
  const recorded = recordingPlatform();
  const background = createBackground({ db, now: time.now, platform: recorded.platform });
  const deps = { db, now: time.now, background, isExtensionPage: () => true };
  return { db, time, background, dashboard: createDashboardHandlers(deps), ...recorded };
}
describe('import.chunk batches', () => {
  /** Report orders whose carrier still says "in transit" 17 days after the EDD: lost-claimable. */
  function lostOrders() {
    return reportOrders(REPORT).map((order) => {
      for (const shipment of order.shipments)
        for (const pkg of shipment.packages) pkg.currentStatus = 'IN_TRANSIT';
      return order;
    });
  }
  /** `count` lost orders of distinct ids, from the report's first one. */
  function manyLost(count: number) {
    const [model] = lostOrders();
    return Array.from({ length: count }, (_, i) => ({
      ...structuredClone(model!),
      sellerFulfillmentOrderId: `402-1111111-20000${String(i).padStart(2, '0')}`,
    }));
  }

  it('shows no notification before the last chunk, then each one (few) after it', async () => {
    const h = realBackground();
    const [first, second] = lostOrders();
    await h.dashboard['import.chunk'](
      { source: 'api', orders: [first!], batch: { id: 'file-1', last: false } },
      DASHBOARD,
    );
    expect(h.notifications).toEqual([]);
    // Held in the database, tied to the batch.
    expect((await h.db.notified.toArray()).map((r) => r.pending)).toEqual(['batch:file-1']);
    await h.dashboard['import.chunk'](
      { source: 'api', orders: [second!], batch: { id: 'file-1', last: true } },
      DASHBOARD,
    );
    expect(h.notifications.map((n) => n.id).sort()).toEqual([
      'mcf-desk:order:lost-claimable:-/FR/402-1111111-1000001',
      'mcf-desk:order:lost-claimable:-/FR/402-3333333-3000003',
    ]);
    expect(await h.db.notified.where('pending').startsWith('').count()).toBe(0);
  });

  it('shows one summary after the last chunk when the file raised more than three', async () => {
    const h = realBackground();
    const orders = manyLost(5);
    for (const [i, chunk] of [orders.slice(0, 2), orders.slice(2, 4), orders.slice(4)].entries()) {
      await h.dashboard['import.chunk'](
        { source: 'api', orders: chunk, batch: { id: 'file-2', last: i === 2 } },
        DASHBOARD,
      );
      if (i < 2) expect(h.notifications).toEqual([]);
    }
    expect(h.notifications).toHaveLength(1);
    expect(h.notifications[0]?.id).toMatch(/^mcf-desk:summary:/);
    expect(h.notifications[0]?.title).toMatch(/^5 /);
  });

  it('releases the notifications of a batch that never finished at a tick 10 minutes later', async () => {
    const h = realBackground();
    const [first] = lostOrders();
    await h.dashboard['import.chunk'](
      { source: 'api', orders: [first!], batch: { id: 'file-3', last: false } },
      DASHBOARD,
    );
    h.time.set('2024-12-20T10:05:00Z');
    await h.background.tick();
    expect(h.notifications).toEqual([]);
    // A new worker (the held rows are in the database), after the batch went stale.
    h.time.set('2024-12-20T10:10:01Z');
    await createBackground({ db: h.db, now: h.time.now, platform: h.platform }).tick();
    expect(h.notifications.map((n) => n.id)).toEqual([
      'mcf-desk:order:lost-claimable:-/FR/402-1111111-1000001',
    ]);
  });
});

describe('backup.restore and notifications', () => {
  it('does not show again the notifications a backup recorded as pending', async () => {
    const source = harness();
    await source.dashboard['import.chunk']({ source: 'report', orders: reportOrders(REPORT) }, DASHBOARD);
    const backup = await readBackup(source.db, new Date('2024-12-20T10:00:00Z'));
    // Recorded as pending when the backup was made (shown then, or belonging to another time).
    backup.notified = [
      { key: KEY, kind: 'lost-claimable', at: '2024-12-20T10:00:00.000Z', pending: 'each' },
      { key: KEY, kind: 'unfulfillable', at: '2024-12-20T10:00:00.000Z', pending: 'batch:old-file' },
    ];
    const h = realBackground();
    h.time.set('2025-01-10T10:00:00Z');
    for (const part of restoreParts(parseBackup(JSON.stringify(backup))))
      await h.dashboard['backup.restore'](part, DASHBOARD);
    await h.background.tick();
    expect(h.notifications).toEqual([]);
    // Still recorded as raised: never announced again.
    expect(await h.db.notified.toArray()).toEqual([
      { key: KEY, kind: 'lost-claimable', at: '2024-12-20T10:00:00.000Z' },
      { key: KEY, kind: 'unfulfillable', at: '2024-12-20T10:00:00.000Z' },
    ]);
  });
});
