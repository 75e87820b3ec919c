import { useState } from 'preact/hooks';
import { deliveryAnswerPaths } from '../../components/dashboard/delivery-answer';
import type { TableFilter, TableSort } from '../../components/dashboard/table-query';
import type { DashboardLang, DashboardTexts } from '../../components/dashboard/texts';
import type { OrderSummary } from '../../core/export/order-summary';
import type { AppSettings } from '../../core/model/app-settings';
import { send } from './connection';
import { db } from './database';

// What the seller does from the orders table: answer "delivered?" for a row, mark claims filed,
// and export the rows (CSV), the claim texts or the evidence packs of the selection
// (./order-exports.ts). Writes are messages; the rows they changed are read again (`refreshKeys`).

/** The exports' code (CSV, claim texts, evidence packs), loaded on the first export. */
const exports = () => import('./order-exports');

interface Deps {
  texts: DashboardTexts;
  lang: DashboardLang;
  settings: AppSettings | null;
  now: Date;
  refreshKeys: (keys: readonly string[]) => Promise<void>;
  notify: (text: string, error: boolean) => void;
  fail: (error: unknown) => void;
}

export function useOrderActions({ texts, lang, settings, now, refreshKeys, notify, fail }: Deps) {
  const [busyKeys, setBusyKeys] = useState<ReadonlySet<string>>(new Set());

  async function answerDelivery(row: OrderSummary, delivered: boolean) {
    setBusyKeys((s) => new Set(s).add(row.key));
    try {
      // The stored order, to find the packages whose delivery is unknown (one path each).
      const stored = await db.orders.get(row.key);
      const paths = stored ? deliveryAnswerPaths(stored.order, row.findings) : [];
      if (paths.length === 0) {
        notify(texts.noUnknownPackage, true);
        return;
      }
      const value = delivered ? 'DELIVERED' : 'IN_TRANSIT';
      await send('order.setUserFields', { key: row.key, fields: paths.map((path) => ({ path, value })) });
      await refreshKeys([row.key]);
    } catch (error) {
      fail(error);
    } finally {
      setBusyKeys((s) => {
        const next = new Set(s);
        next.delete(row.key);
        return next;
      });
    }
  }

  async function markClaim(keys: string[], filed: boolean, caseId: string) {
    try {
      const { updated } = await send('orders.markClaim', { keys, filed, ...(caseId ? { caseId } : {}) });
      await refreshKeys(keys);
      notify(`${texts.markClaim}: ${updated}`, false);
    } catch (error) {
      fail(error);
    }
  }

  async function exportCsv(filter: TableFilter, sort: TableSort) {
    try {
      await (await exports()).exportTableCsv(filter, sort, now, lang);
    } catch (error) {
      fail(error);
    }
  }

  async function exportClaims(keys: string[]) {
    try {
      const { claims, skipped } = await (await exports()).exportClaimTexts(
        keys,
        settings?.caseTextLanguage ?? 'marketplace',
      );
      if (claims === 0) notify(texts.noClaimable, true);
      else notify(texts.claimsWritten(claims, skipped), false);
    } catch (error) {
      fail(error);
    }
  }

  const exportEvidence = async (keys: string[]) =>
    (await exports()).exportEvidencePacks(keys, lang, settings?.caseTextLanguage);

  return { busyKeys, answerDelivery, markClaim, exportCsv, exportClaims, exportEvidence };
}
