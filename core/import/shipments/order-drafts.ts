import { clip, type RowFacts } from './row-reader';

// The report's rows grouped by order. Rows of one order may name it differently (both ids on one
// row, only the merchant's on another): a row joins every draft that shares one of its ids, and
// two drafts that turn out to be one order are joined. A shipment item read twice counts once.

export interface OrderDraft {
  amazonOrderId?: string;
  merchantOrderId?: string;
  rows: RowFacts[];
  /**
   * The shipment-item-ids of `rows`, indexed only once the order has more rows than a scan is
   * worth: a Set per order was a large part of the memory the mapping keeps (and the GC walks).
   */
  itemIds?: Set<string>;
}
const ITEM_SCAN_LIMIT = 8;

export function firstLine(draft: OrderDraft): number {
  return draft.rows[0]?.line ?? Number.POSITIVE_INFINITY;
}

function holdsItem(draft: OrderDraft, itemId: string): boolean {
  if (draft.itemIds) return draft.itemIds.has(itemId);
  for (const row of draft.rows) if (row.itemId === itemId) return true;
  return false;
}

/** To call after rows were added to `draft`, with those rows. */
function noteItems(draft: OrderDraft, added: readonly RowFacts[]): void {
  if (draft.itemIds) {
    for (const row of added) if (row.itemId) draft.itemIds.add(row.itemId);
  } else if (draft.rows.length > ITEM_SCAN_LIMIT) {
    draft.itemIds = new Set();
    for (const row of draft.rows) if (row.itemId) draft.itemIds.add(row.itemId);
  }
}

export class OrderDrafts {
  /** In order of first appearance. */
  readonly drafts = new Set<OrderDraft>();
  /** Rows repeating a shipment-item-id already read for the same order. */
  duplicates = 0;
  private readonly byAmazonId = new Map<string, OrderDraft>();
  private readonly byMerchantId = new Map<string, OrderDraft>();

  /**
   * Adds a row's facts to its order; returns why the row is rejected (ids contradicting an earlier
   * row's), or undefined. A rejected row leaves every draft as it was.
   */
  add(amazonOrderId: string, merchantOrderId: string, facts: RowFacts): string | undefined {
    const byAmazon = amazonOrderId ? this.byAmazonId.get(amazonOrderId) : undefined;
    const byMerchant = merchantOrderId ? this.byMerchantId.get(merchantOrderId) : undefined;
    if (byAmazon?.merchantOrderId && merchantOrderId && byAmazon.merchantOrderId !== merchantOrderId)
      return `merchant-order-id "${clip(merchantOrderId)}" differs from line ${firstLine(byAmazon)}`;
    if (byMerchant?.amazonOrderId && amazonOrderId && byMerchant.amazonOrderId !== amazonOrderId)
      return `amazon-order-id "${clip(amazonOrderId)}" differs from line ${firstLine(byMerchant)}`;
    let order: OrderDraft | undefined = byAmazon ?? byMerchant;
    if (byAmazon && byMerchant && byAmazon !== byMerchant) order = this.join(byAmazon, byMerchant);
    if (facts.itemId && order && holdsItem(order, facts.itemId)) {
      this.duplicates++;
      return undefined;
    }
    if (!order) {
      order = { rows: [] };
      this.drafts.add(order);
    }
    if (amazonOrderId) {
      order.amazonOrderId = amazonOrderId;
      this.byAmazonId.set(amazonOrderId, order);
    }
    if (merchantOrderId) {
      order.merchantOrderId = merchantOrderId;
      this.byMerchantId.set(merchantOrderId, order);
    }
    order.rows.push(facts);
    noteItems(order, [facts]);
    return undefined;
  }

  /**
   * One draft out of two that turned out to be the same order (their ids never contradict: the
   * caller checked). The earlier one stays, with the other's rows merged in line order; a
   * shipment item both hold counts once.
   */
  private join(a: OrderDraft, b: OrderDraft): OrderDraft {
    const [kept, gone] = firstLine(a) <= firstLine(b) ? [a, b] : [b, a];
    this.drafts.delete(gone);
    const moved = gone.rows.filter((r) => !(r.itemId && holdsItem(kept, r.itemId)));
    this.duplicates += gone.rows.length - moved.length;
    kept.rows = [...kept.rows, ...moved].sort((x, y) => x.line - y.line);
    noteItems(kept, moved);
    kept.amazonOrderId ??= gone.amazonOrderId;
    kept.merchantOrderId ??= gone.merchantOrderId;
    if (kept.amazonOrderId) this.byAmazonId.set(kept.amazonOrderId, kept);
    if (kept.merchantOrderId) this.byMerchantId.set(kept.merchantOrderId, kept);
    return kept;
  }
}
