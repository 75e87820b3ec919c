import type { FindingKind } from '../../../core/model/finding';
import type { Order } from '../../../core/model/order';

// What every write of the store shares: the tables one write transaction spans, and what a write
// tells its caller to announce.

/** Every table a write and its re-assessment touch: one transaction over these is all or nothing. */
export const WRITE_TABLES = [
  'orders',
  'history',
  'mutes',
  'notified',
  'settings',
  'meta',
  'counters',
  // An order's assessment reads its claims (claim-filed … claim-refused replace its claim finding).
  'claims',
] as const;

export interface NewNotification {
  key: string;
  kind: FindingKind;
  order: Order;
}

export interface WriteOutcome {
  /** Notifications recorded to show now (settings `each`, stored as pending); digest ones wait
   *  for the digest, `off` ones are only recorded as raised. */
  notify: NewNotification[];
}
