import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { McfDeskDb, SCHEMA_V9 } from '../../../entrypoints/background/db';
import { DB_VERSION, LATEST_SCHEMA } from '../../../entrypoints/background/db-schema';
import { openForReading, readConnection } from '../../../entrypoints/dashboard/database';

// The dashboard reads through a connection that knows only the latest schema. It must read an
// up-to-date database as the full class does, never upgrade one by itself (that would skip the
// data migrations), and leave an older one to `McfDeskDb` before reading it.

const NAME = 'mcf-desk';

function fullDb(indexedDB: IDBFactory) {
  return new McfDeskDb(NAME, { indexedDB, IDBKeyRange });
}

describe('the dashboard’s read connection', () => {
  it('declares the same latest version and schema as McfDeskDb', () => {
    const full = fullDb(new IDBFactory());
    expect(full.verno).toBe(DB_VERSION);
    const reader = readConnection(NAME, { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(reader.verno).toBe(DB_VERSION);
    expect(LATEST_SCHEMA).toEqual(
      // The stores McfDeskDb declares at its last version, as the reader declares them.
      (
        full as unknown as { _versions: { _cfg: { version: number; storesSource: object } }[] }
      )._versions.find((v) => v._cfg.version === DB_VERSION)?._cfg.storesSource,
    );
  });

  it('reads an up-to-date database without upgrading it', async () => {
    const indexedDB = new IDBFactory();
    const full = fullDb(indexedDB);
    await full.meta.put({ id: 'marker', value: 'kept' });
    full.close();
    const upgrade = vi.fn(async () => {});
    const reader = readConnection(NAME, { indexedDB, IDBKeyRange });
    await openForReading(reader, upgrade);
    expect(upgrade).not.toHaveBeenCalled();
    // Opened at the full class's native version: Dexie found nothing to patch in its schema.
    expect(reader.backendDB().version).toBe(DB_VERSION * 10);
    expect(await reader.meta.get('marker')).toEqual({ id: 'marker', value: 'kept' });
    // Its indexes are the full class's: a read by the table's default sort works.
    expect(await reader.orders.orderBy('listing.claimDeadline').limit(1).toArray()).toEqual([]);
    reader.close();
  });

  it('leaves an older database untouched, has McfDeskDb upgrade it, then reads it', async () => {
    const indexedDB = new IDBFactory();
    const v9 = new Dexie(NAME, { indexedDB, IDBKeyRange });
    v9.version(9).stores(SCHEMA_V9);
    await v9.table('meta').put({ id: 'marker', value: 'from v9' });
    v9.close();

    const versions: number[] = [];
    const reader = readConnection(NAME, { indexedDB, IDBKeyRange });
    await openForReading(reader, async () => {
      // Still at v9 when the reader gave up: its refused upgrade changed nothing.
      const probe = new Dexie(NAME, { indexedDB, IDBKeyRange });
      await probe.open();
      versions.push(probe.verno);
      probe.close();
      const full = fullDb(indexedDB);
      await full.open();
      full.close();
    });
    expect(versions).toEqual([9]);
    expect(reader.verno).toBe(DB_VERSION);
    expect(await reader.meta.get('marker')).toEqual({ id: 'marker', value: 'from v9' });
    reader.close();
  });

  it('creates a database that does not exist yet, as McfDeskDb would', async () => {
    const indexedDB = new IDBFactory();
    const upgrade = vi.fn(async () => {});
    const reader = readConnection(NAME, { indexedDB, IDBKeyRange });
    await openForReading(reader, upgrade);
    expect(upgrade).not.toHaveBeenCalled();
    reader.close();
    // The full class then opens it as its own latest version, nothing to add.
    const full = fullDb(indexedDB);
    await full.open();
    expect(full.tables.map((t) => t.name).sort()).toEqual(
      Object.keys(LATEST_SCHEMA)
        .filter((k) => (LATEST_SCHEMA as Record<string, unknown>)[k] !== null)
        .sort(),
    );
    full.close();
  });

  it('passes on any other failure to open', async () => {
    const reader = readConnection(NAME, { indexedDB: new IDBFactory(), IDBKeyRange });
    const refused = new Error('quota');
    vi.spyOn(reader, 'open').mockRejectedValueOnce(refused);
    const upgrade = vi.fn(async () => {});
    await expect(openForReading(reader, upgrade)).rejects.toBe(refused);
    expect(upgrade).not.toHaveBeenCalled();
  });
});
