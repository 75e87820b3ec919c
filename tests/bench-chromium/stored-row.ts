import { listingOf } from '../../core/export/order-listing';
import type { Order } from '../../core/model/order';

// An order row as the background writes it (its assessment, indexed fields and `listing` in the
// row, schemas v7 and v11), for benchmarks that seed the database directly: `toCheck` gives it an
// open Swiship check (`lost-check`), else no finding.

const LOST_CHECK = {
  kind: 'lost-check' as const,
  severity: 'warning' as const,
  startedOn: '2024-01-01',
  deadline: '2024-03-01',
  facts: {},
  messageKey: 'lost-check',
  shipmentIndex: 0,
};

export function storedRow(key: string, order: Order, toCheck: boolean, at: string) {
  const assessment = { findings: toCheck ? [LOST_CHECK] : [], nextReviewAt: null };
  const kinds = toCheck ? ['lost-check' as const] : [];
  return {
    key,
    order,
    conflicts: [],
    firstSeenAt: at,
    updatedAt: at,
    ids: [key],
    assessment,
    assessedAt: at,
    urgency: toCheck ? 1 : 0,
    ...(toCheck ? { attention: '1|2024-01-01' } : {}),
    kinds,
    listing: listingOf(key, order, assessment, kinds),
  };
}

/** The i-th seeded order of a marketplace's own orders: its id, key and order from `template`. */
export function seededOrder(template: Order, i: number): { key: string; order: Order } {
  const id = `403-${String(i).padStart(7, '0')}-0000000`;
  return { key: `-/FR/${id}`, order: { ...template, sellerFulfillmentOrderId: id } };
}
