// The database's name and its schema at every version, as data: the stores and indexes each
// version declares. The class that opens it with the upgrades between versions is `db.ts`; a page
// that only reads an up-to-date database opens it with the latest schema alone
// (`entrypoints/dashboard/database.ts`), without the upgrades' code.

export const DB_NAME = 'mcf-desk';

/** Schema v1, as shipped by the first version (kept to migrate and to write the test fixture). */
export const SCHEMA_V1 = { orders: 'key, urgency, updatedAt' };

export const SCHEMA_V2 = {
  orders: 'key, updatedAt',
  assessments: 'key, nextReviewAt, attention, *kinds',
  history: '++id, key, at',
  checklists: 'key',
  mutes: '[key+kind], key',
  notified: '[key+kind], digest',
  settings: 'id',
  meta: 'id',
  counters: 'id',
};

/** v3: notifications pending display (`NotifiedRow.pending`); rows written before were shown. */
export const SCHEMA_V3 = { ...SCHEMA_V2, notified: '[key+kind], digest, pending' };

/**
 * v4: `orders.ids` (every id of the order, multi-entry) and `restoreSlices`, where the slices of a
 * `backup.restore` wait until the last one arrives and all are swapped in in one transaction.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  orders: 'key, updatedAt, *ids',
  restoreSlices: '++seq, restoreId',
};

/**
 * v5: history loses its `at` index. History is read by order key (the popup) or whole (the
 * backup), never by date, and every row written (one per order an import creates) paid for an
 * entry of it. Dexie drops the index on upgrade; no row changes.
 */
export const SCHEMA_V5 = { ...SCHEMA_V4, history: '++id, key' };

/**
 * v6: no schema change; the stored settings are repaired (`repairSettings`): a claim window of 1
 * to 7 days, allowed before the minimum became 8, made every setting load as its default.
 */
export const SCHEMA_V6 = SCHEMA_V5;

/**
 * v7: the assessment moves into the order's row, with its indexes (see `AssessmentFields`); the
 * upgrade copies every assessment row into its order. v8 drops the emptied `assessments` table
 * (Dexie reads a table in an upgrade only if a later version deletes it).
 */
export const SCHEMA_V7 = { ...SCHEMA_V6, orders: 'key, updatedAt, *ids, nextReviewAt, attention, *kinds' };

export const SCHEMA_V8 = { ...SCHEMA_V7, assessments: null };

/** v9: the labels and places the seller taught (core/teach), one row per host, field and label or path. */
export const SCHEMA_V9 = { ...SCHEMA_V8, learnedRules: 'id, host' };

/**
 * v10: the claims the seller filed (core/claims/claim.ts), found by case id, by any of their
 * orders (`orderKeys`, multi-entry: an order's assessment reads its claims) and by filing day (the
 * gauge's 180 days); and `orders.shipped` for the gauge's shipped orders per region (the upgrade
 * fills it).
 */
export const SCHEMA_V10 = {
  ...SCHEMA_V9,
  orders: `${SCHEMA_V9.orders}, shipped`,
  claims: 'id, caseId, *orderKeys, status, filedOn',
};

/**
 * v11: the dashboard table's indexes (`OrderRow.listing`): one per sortable column, the claim
 * deadline of the open findings (`due`, the "deadlines within 7 days" figure), the search terms
 * and every finding kind (multi-entry). The upgrade fills them.
 */
export const SCHEMA_V11 = {
  ...SCHEMA_V10,
  orders: [
    SCHEMA_V10.orders,
    'listing.orderId, listing.countryCode, listing.status, listing.shipDate, listing.edd',
    'listing.carrier, listing.tracking, listing.findings, listing.claimDeadline, listing.due',
    '*listing.terms, *listing.allKinds',
  ].join(', '),
};

/** The latest schema version: `McfDeskDb` declares none after it (a test checks it). */
export const DB_VERSION = 11;
export const LATEST_SCHEMA = SCHEMA_V11;
