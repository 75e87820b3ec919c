// The shape every locale's label file fills. Labels are matched whole (case, accents, spacing and
// a trailing colon ignored), never as a substring of a longer text, so a sentence that happens to
// contain "Numéro de suivi" is not a label.

export const FIELD_KEYS = [
  'orderId',
  'merchantOrderId',
  'status',
  'deliveryStatus',
  'estimatedArrivalDate',
  'shippingDate',
  'deliveredDate',
  'carrier',
  'trackingNumber',
  'quantity',
  'sku',
  'asin',
  'fnsku',
  'productName',
  'salesChannel',
  'rmaId',
  'returnStatus',
  'returnCondition',
  'returnReceivedDate',
  /** A returned item and its count in one value: "CASQUE-BT-02 × 1", "LUCE-LED-USB (2)". */
  'returnItem',
  /** How many units of a row came back: the row is a return's, not the order's. */
  'returnQuantity',
  'comments',
  /** When the order was placed: never part of the order read, only the year its yearless dates take. */
  'orderDate',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** The fields whose value is a calendar day (read by the date parser, whole or not at all). */
export const DATE_FIELD_KEYS: ReadonlySet<FieldKey> = new Set([
  'estimatedArrivalDate',
  'shippingDate',
  'deliveredDate',
  'returnReceivedDate',
  'orderDate',
]);

export const STATUS_KEYS = [
  'shipped',
  'delivered',
  'inTransit',
  'pending',
  /** Held by the seller until released (fulfillmentAction Hold): validated, not planned. */
  'held',
  /** Received by Amazon, not planned yet (RECEIVED: e.g. waiting for stock). */
  'received',
  'planning',
  'processing',
  'complete',
  'partiallyShipped',
  'completePartialled',
  'cancelled',
  'unfulfillable',
  'invalid',
] as const;
export type StatusKey = (typeof STATUS_KEYS)[number];

export const RETURN_STATUS_KEYS = ['authorized', 'inTransit', 'received', 'closed'] as const;
export type ReturnStatusKey = (typeof RETURN_STATUS_KEYS)[number];

/** SP-API ReturnItemDisposition: the condition of a returned unit once received. */
export const RETURN_CONDITION_KEYS = [
  'Sellable',
  'Defective',
  'CustomerDamaged',
  'CarrierDamaged',
  'FulfillerDamaged',
] as const;
export type ReturnConditionKey = (typeof RETURN_CONDITION_KEYS)[number];

export interface PageLabels {
  /** Names of the fields, as a page prints them beside their value. */
  fields: Record<FieldKey, readonly string[]>;
  /** Section headings followed by a number: "Envoi 1 sur 3", "Package 2 of 2". */
  sections: { shipment: readonly string[]; package: readonly string[] };
  /** Status values, matched whole or as the start of the value ("Livré le 5 déc."). */
  statuses: Record<StatusKey, readonly string[]>;
  returnStatuses: Record<ReturnStatusKey, readonly string[]>;
  /** The condition of a returned unit once the fulfilment centre received it. */
  returnConditions: Record<ReturnConditionKey, readonly string[]>;
  /** MCF orders show Sales Channel "Non-Amazon" in Manage Orders (domain.md §2). */
  nonAmazon: readonly string[];
  /** Buttons and links of the order page (domain.md §1, RMA steps). */
  actions: { createReturn: readonly string[] };
  /**
   * Headings and labels of blocks that hold personal or customer-written text (addresses, buyer,
   * contact). Nothing inside such a block is read as an inline "Label : value" pair.
   */
  privateBlocks: readonly string[];
  /**
   * Words that introduce an order id printed without a field label, in a header line
   * ("Commande n° 402-…", "Order #402-…"); a number sign or "n°" may follow them.
   */
  orderWords: readonly string[];
  /** Days named relative to today ("Hier", "Yesterday"): a page keeps their date aside, in a tooltip or small print. */
  relativeDays: readonly string[];
  /** R7: phrases saying why an order cannot ship, searched inside notices. */
  unfulfillableReasons: { damagedUnit: readonly string[]; dangerousGoods: readonly string[] };
  /**
   * Labels of an estimated delivery date the page says was changed ("Delivery date updated"):
   * it supersedes the first estimate shown beside it.
   */
  updatedEstimatedArrival: readonly string[];
  /**
   * Labels of the delivery the order promised ("Zugesagte Zustellung"): its estimated delivery
   * when the page shows no estimate of its own, never over one.
   */
  promisedArrival: readonly string[];
}
