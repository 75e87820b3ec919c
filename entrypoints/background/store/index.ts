// The background's database operations, with the database and `now` passed in (no hidden clock).
// Each write runs in one transaction and records, in it, the notifications it decided to raise;
// the caller shows the pending ones once the transaction has committed. One job a file:
// - observations.ts: observations merged into the stored orders;
// - assess-write.ts: orders assessed and written with their counters and notifications;
// - reassess.ts: orders assessed again (due reviews, one order, every order);
// - counters.ts: the counters behind the badge and the summary figures;
// - notifications.ts: notifications recorded, released, shown once.

export { activeMutes } from '../attention';
export { countAttention, recountAttention } from './counters';
export {
  heldFor,
  markShown,
  NOTIFY_KINDS,
  type PendingNotification,
  pendingNotifications,
  releaseBatch,
  releaseDigest,
  releaseStaleBatches,
  STALE_BATCH_MS,
} from './notifications';
export { type StoreOptions, type StoreResult, storeObservations } from './observations';
export {
  earliestReview,
  type ReviewResult,
  reassessAll,
  reassessKeys,
  reassessOrder,
  resumeReassessAll,
  reviewDue,
  startReassessAll,
} from './reassess';
export { type NewNotification, WRITE_TABLES, type WriteOutcome } from './tables';
