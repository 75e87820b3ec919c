import Dexie from 'dexie';
import type { McfDeskDb } from '../background/db';
import { DB_NAME, DB_VERSION, LATEST_SCHEMA } from '../background/db-schema';

// The page's own connection to the extension's database, for its reads: the same extension origin
// as the background, so no message is needed to read. Writes are messages (`connection.ts`).
//
// It declares only the latest schema, not the upgrades between versions (`McfDeskDb`, db.ts):
// those import the settings' and orders' schemas, and with them zod, which was the largest part
// of the page's own start-up. A database still at an older version (the extension was just
// updated and the background has not opened it yet) refuses this connection's upgrade, is brought
// up to date by `McfDeskDb`, loaded then, and opened again.

/** The upgrade this connection refuses: the database's older version stays as it was. */
export class OlderDatabase extends Error {
  constructor() {
    super('the database is older than this page: upgraded by McfDeskDb first');
    this.name = 'OlderDatabase';
  }
}

/** A connection to `name` at the latest schema; it never upgrades a database that exists. */
export function readConnection(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): McfDeskDb {
  const db = new Dexie(name, options);
  db.version(DB_VERSION)
    .stores(LATEST_SCHEMA)
    .upgrade(() => {
      throw new OlderDatabase();
    });
  // The same tables as `McfDeskDb` (db.ts), which the page only reads.
  return db as McfDeskDb;
}

/**
 * Opens `db` (from `readConnection`). A database older than the latest schema is upgraded by
 * `upgrade` (the full class, opened and closed), then `db` is opened again.
 */
export async function openForReading(db: Dexie, upgrade: () => Promise<void>): Promise<void> {
  try {
    await db.open();
  } catch (error) {
    if (!isOlderDatabase(error)) throw error;
    await upgrade();
    await db.open();
  }
}

function isOlderDatabase(error: unknown): boolean {
  // Dexie hands an upgrade's failure on as the open's, sometimes wrapped (`inner`).
  for (let e: unknown = error; e; e = (e as { inner?: unknown }).inner) {
    if (e instanceof OlderDatabase || (e as { name?: unknown }).name === 'OlderDatabase') return true;
  }
  return false;
}

export const db = readConnection();

/** Opens the page's connection, upgrading an older database first (`main.tsx`). */
export const openDatabase = () =>
  openForReading(db, async () => {
    const { McfDeskDb } = await import('../background/db');
    const full = new McfDeskDb();
    try {
      await full.open();
    } finally {
      full.close();
    }
  });
