import { LIMITS, tooLong } from '../../model/limits';

// A row whose stored cell is over its field's limit is refused with a sentence naming the column
// (the order limits of core/model, checked here on the raw cells, before anything is built).

/** Where the report's stored columns are (-1: absent). */
interface StoredColumns {
  amazonOrderId: number;
  merchantOrderId: number;
  salesChannel: number;
  shipmentId: number;
  shipmentItemId: number;
  trackingNumber: number;
  carrier: number;
  sku: number;
  productName: number;
}

/** The first stored cell of a row that is over its field's limit, in words; else undefined. */
export function overLongCellReader(col: StoredColumns): (cells: readonly string[]) => string | undefined {
  /** Columns whose values are stored, with the limit of the field each one fills. */
  const limited = (
    [
      ['amazon-order-id', col.amazonOrderId, LIMITS.orderId],
      ['merchant-order-id', col.merchantOrderId, LIMITS.orderId],
      ['sales-channel', col.salesChannel, LIMITS.carrier],
      ['shipment-id', col.shipmentId, LIMITS.id],
      ['shipment-item-id', col.shipmentItemId, LIMITS.id],
      ['tracking-number', col.trackingNumber, LIMITS.id],
      ['carrier', col.carrier, LIMITS.carrier],
      ['sku', col.sku, LIMITS.sku],
      ['product-name', col.productName, LIMITS.title],
    ] as [string, number, number][]
  ).filter(([, index]) => index >= 0);
  return (cells) => {
    for (const [name, index, max] of limited) {
      const raw = cells[index];
      if (raw !== undefined && raw.length > max) {
        const length = raw.trim().length;
        if (length > max) return tooLong(name, length, max);
      }
    }
    return undefined;
  };
}
