import type { Order } from '../model/order';
import type { PackageTrackingDetails } from './tracking-details';

// The packages a tracking-details file names, and whether a stored order holds one: the test run
// on every stored order while a file is imported. Apart from the file's schema
// (`tracking-details.ts`) so that a scan of the stored orders builds no schema.

/** Tracking numbers compare without case or spaces (a spreadsheet may have touched them). */
export function normalizeTrackingNumber(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** The packages a tracking file names: what a search of the stored orders looks for. */
export interface WantedPackages {
  trackingNumbers: ReadonlySet<string>;
  packageNumbers: ReadonlySet<number>;
}

export function wantedPackages(details: readonly PackageTrackingDetails[]): WantedPackages {
  const trackingNumbers = new Set<string>();
  const packageNumbers = new Set<number>();
  for (const d of details) {
    const tracking = normalizeTrackingNumber(d.trackingNumber ?? '');
    if (tracking) trackingNumbers.add(tracking);
    if (typeof d.packageNumber === 'number') packageNumbers.add(d.packageNumber);
  }
  return { trackingNumbers, packageNumbers };
}

/** Whether a stored order holds one of the wanted packages (a cheap test for a database scan). */
export function holdsWantedPackage(order: Order, wanted: WantedPackages): boolean {
  for (const shipment of order.shipments) {
    for (const pkg of shipment.packages) {
      if (pkg.packageNumber !== undefined && wanted.packageNumbers.has(pkg.packageNumber)) return true;
      if (pkg.trackingNumber && wanted.trackingNumbers.has(normalizeTrackingNumber(pkg.trackingNumber)))
        return true;
    }
  }
  return false;
}
