import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { vi } from 'vitest';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { parseReportText } from '../../../core/import/parse-report';
import { marketplaceFor } from '../../../core/marketplaces';
import type { SenderInfo } from '../../../core/messages/sender';
import { createDashboardHandlers } from '../../../entrypoints/background/dashboard-handlers';
import { McfDeskDb } from '../../../entrypoints/background/db';
import { createHandlers, type HandlerDeps } from '../../../entrypoints/background/handlers';

// The dashboard's handlers over a real Dexie database in an in-memory IndexedDB, with the
// background's own handlers beside them (the dashboard also sends `order.setUserFields`).

export const FR = marketplaceFor('sellercentral.amazon.fr')!;
export const DASHBOARD: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/dashboard.html' };
export const CONTENT_SCRIPT: SenderInfo = {
  id: 'ext',
  url: 'https://sellercentral.amazon.fr/orders-v3/order/402-1111111-1000001',
  tab: { id: 3 },
};

let counter = 0;
export function harness(nowIso = '2024-12-20T10:00:00Z') {
  const db = new McfDeskDb(`dashboard-test-${++counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  let current = new Date(nowIso);
  const background = { afterWrite: vi.fn(async () => {}), refreshBadge: vi.fn(async () => ({}) as never) };
  const deps: HandlerDeps = {
    db,
    now: () => current,
    background,
    isExtensionPage: (sender) => sender.url?.startsWith('chrome-extension://ext/') === true,
  };
  return {
    db,
    background,
    dashboard: createDashboardHandlers(deps),
    core: createHandlers(deps),
    setNow(iso: string) {
      current = new Date(iso);
    },
  };
}

export function reportOrders(name: string, observedAt = new Date('2024-12-20T10:00:00Z')) {
  const text = readFileSync(join(__dirname, '../../fixtures/reports', name), 'utf8');
  return mapFulfilledShipments(parseReportText(text), { marketplace: FR, observedAt }).orders;
}
