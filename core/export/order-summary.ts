import type { Assessment, Finding, FindingKind } from '../model/finding';
import { SEVERITY_RANK } from '../model/finding-kinds';
import type { Order } from '../model/order';
import { orderPageUrl, primaryOrderId } from '../model/order-key';

// The flat view of one stored order that the dashboard table shows, filters and sorts, and that
// the CSV export writes. Built once per order when the table loads: 100,000 of them are a few
// tens of megabytes, and filtering or sorting them takes milliseconds.

export interface ChecklistSteps {
  steps: Record<string, { done: boolean; note?: string }>;
}

export interface OrderSummary {
  key: string;
  orderId: string;
  displayableOrderId?: string;
  countryCode: string;
  host: string;
  locale: string;
  timeZone: string;
  /** The order's page on Seller Central. */
  pageUrl: string;
  /** Order status and, after a dot, what the carrier or the shipment says. */
  status: string;
  shipDate?: string;
  edd?: string;
  carrier?: string;
  tracking?: string;
  findings: Finding[];
  kinds: FindingKind[];
  /**
   * The stored row's open kinds (unmuted warning/action findings, the `kinds` index) and urgency
   * (0 none/info, 1 warning, 2 action), when read from the database: what the background's
   * counters count, so that the dashboard's summary figures and their filters agree.
   */
  openKinds?: FindingKind[];
  urgency?: number;
  /** Highest severity rank of the findings, -1 when there is none. */
  severity: number;
  /** Earliest deadline among the findings that have one (claim window). */
  claimDeadline?: string;
  claimFiled: boolean;
  caseId?: string;
  /** Lower-case order ids, SKUs and tracking numbers, for the search box. */
  haystack: string;
}

/** Checklists whose `open-case` step is the claim filed and whose `case-id` note is the case id. */
const CLAIM_CHECKLISTS = ['lost', 'damaged'] as const;

export function summarizeOrder(
  key: string,
  order: Order,
  assessment: Assessment | undefined,
  checklist?: ChecklistSteps,
): OrderSummary {
  const findings = assessment?.findings ?? [];
  const packages = order.shipments.flatMap((s) => s.packages);
  const tracked = packages.find((p) => p.trackingNumber) ?? packages[0];
  const shipDates = order.shipments.map((s) => s.shippingDate).filter((d): d is string => !!d);
  const edds = order.shipments.map((s) => s.estimatedArrivalDate).filter((d): d is string => !!d);
  const edd = edds.length > 0 ? edds.sort().at(-1) : order.estimatedArrivalDate;
  const carrierSays =
    packages.find((p) => p.currentStatus)?.currentStatus ?? order.shipments.at(-1)?.fulfillmentShipmentStatus;
  const deadlines = findings.map((f) => f.deadline).filter((d): d is string => !!d);
  let severity = -1;
  for (const f of findings) severity = Math.max(severity, SEVERITY_RANK[f.severity]);
  const steps = checklist?.steps ?? {};
  const claimFiled = CLAIM_CHECKLISTS.some((c) => steps[`${c}.open-case`]?.done === true);
  const caseId = CLAIM_CHECKLISTS.map((c) => steps[`${c}.case-id`]?.note).find((n) => !!n);
  const orderId = primaryOrderId(order);
  const haystack = [
    orderId,
    order.displayableOrderId ?? '',
    ...order.items.map((i) => i.sellerSku),
    ...packages.map((p) => p.trackingNumber ?? ''),
  ]
    .join('\n')
    .toLowerCase();
  const summary: OrderSummary = {
    key,
    orderId,
    countryCode: order.marketplace.countryCode,
    host: order.marketplace.host,
    locale: order.marketplace.locale,
    timeZone: order.marketplace.timeZone,
    pageUrl: orderPageUrl(order),
    status: [order.fulfillmentOrderStatus, carrierSays].filter(Boolean).join(' · '),
    findings,
    kinds: [...new Set(findings.map((f) => f.kind))],
    severity,
    claimFiled,
    haystack,
  };
  if (order.displayableOrderId && order.displayableOrderId !== orderId)
    summary.displayableOrderId = order.displayableOrderId;
  if (shipDates.length > 0) summary.shipDate = shipDates.sort()[0];
  if (edd) summary.edd = edd;
  if (tracked?.carrierCode) summary.carrier = tracked.carrierCode;
  if (tracked?.trackingNumber) summary.tracking = tracked.trackingNumber;
  if (deadlines.length > 0) summary.claimDeadline = deadlines.sort()[0];
  if (caseId) summary.caseId = caseId;
  return summary;
}
