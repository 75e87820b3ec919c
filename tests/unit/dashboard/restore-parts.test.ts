import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../../core/export/backup';
import { jsonChars } from '../../../core/import/run-import';
import { RESTORE_CHUNK_SIZE } from '../../../core/messages/dashboard';
import { AppSettingsSchema } from '../../../core/model/app-settings';
import { restoreParts } from '../../../entrypoints/dashboard/restore-parts';

// A backup is restored in messages: each carries a slice of every table, by count and by size.

const FR = { host: 'sellercentral.amazon.fr', countryCode: 'FR', locale: 'fr-FR', timeZone: 'Europe/Paris' };

function backupOf(orders: Backup['orders']): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2026-12-05T10:00:00.000Z',
    settings: AppSettingsSchema.parse({}),
    orders,
    history: [],
    checklists: [],
    mutes: [],
    notified: [],
    learnedRules: [],
    claims: [],
  } as Backup;
}

const orderRow = (i: number, title: string) =>
  ({
    key: `-/FR/402-0000000-${String(i).padStart(7, '0')}`,
    order: {
      sellerFulfillmentOrderId: `402-0000000-${String(i).padStart(7, '0')}`,
      marketplace: FR,
      items: [{ sellerSku: `SKU-${i}`, quantity: 1, title }],
    },
  }) as unknown as Backup['orders'][number];

describe('restoreParts', () => {
  it('cuts by count: every order sent once, in order, the first part with the settings', () => {
    const orders = Array.from({ length: RESTORE_CHUNK_SIZE * 2 + 3 }, (_, i) => orderRow(i, 'Mug'));
    const parts = restoreParts(backupOf(orders), 'r1');
    expect(parts).toHaveLength(3);
    expect(parts.map((p) => [p.first, p.last])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
    expect(parts[0]?.settings).toBeDefined();
    expect(parts.flatMap((p) => p.orders)).toEqual(orders);
  });

  it('cuts by size: orders of large titles make smaller parts, none over 8 Mi characters', () => {
    // 200 orders, half with a 100 KB title (about 10 MB in all): by count they would fit one
    // part; by size they need two.
    const title = 'x'.repeat(900);
    const big = 'y'.repeat(100_000);
    const orders = Array.from({ length: 200 }, (_, i) => orderRow(i, i % 2 ? big : title));
    const parts = restoreParts(backupOf(orders), 'r2');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(jsonChars(part.orders)).toBeLessThanOrEqual(8 * 1024 * 1024 + 200_000);
    expect(parts.flatMap((p) => p.orders)).toEqual(orders);
  });
});
