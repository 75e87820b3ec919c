import type { Finding } from '../../core/model/finding';
import type { Order } from '../../core/model/order';
import { packageDelivery } from '../../core/policy/context';

// The table's one-click "delivered" / "not delivered" answer to a `lost-check` (what does Swiship
// say?). The answer is about the packages whose delivery is unknown, and only those: on a shipment
// with several packages, a package the carrier already reported (delivered or not) keeps its status.

/**
 * The `currentStatus` paths the seller's answer writes: one per package of a `lost-check`
 * shipment whose delivery is unknown; a shipment without packages gets its first one; an order
 * without shipments (order-level finding) gets shipment 0's first package.
 */
export function deliveryAnswerPaths(order: Order, findings: readonly Finding[]): string[] {
  const paths = new Set<string>();
  for (const finding of findings) {
    if (finding.kind !== 'lost-check') continue;
    const index = finding.shipmentIndex;
    if (index === undefined) {
      if (order.shipments.length === 0) paths.add('shipments.0.packages.0.currentStatus');
      continue;
    }
    const shipment = order.shipments[index];
    if (!shipment) continue;
    if (shipment.packages.length === 0) {
      paths.add(`shipments.${index}.packages.0.currentStatus`);
      continue;
    }
    shipment.packages.forEach((pkg, j) => {
      if (packageDelivery(pkg) === 'unknown') paths.add(`shipments.${index}.packages.${j}.currentStatus`);
    });
  }
  return [...paths];
}
