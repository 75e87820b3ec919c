import { useState } from 'preact/hooks';
import { deliveryAnswerPaths } from '../../components/dashboard/delivery-answer';
import type { TableFilter, TableSort } from '../../components/dashboard/table-query';
import type { DashboardLang, DashboardTexts } from '../../components/dashboard/texts';
import { claimBundle } from '../../core/export/claim-bundle';
import { evidencePack } from '../../core/export/evidence-pack';
import { EVIDENCE_TEXTS } from '../../core/export/evidence-texts';
import type { OrderSummary } from '../../core/export/order-summary';
import { tableCsv } from '../../core/export/table-csv';
import { caseLangFor } from '../../core/i18n/lang';
import type { AppSettings } from '../../core/model/app-settings';
import { db, send } from './connection';
import { downloadFile, today } from './download';
import { type OrdersCursor, readOrdersPage } from './orders-query';

// What the seller does from the orders table: answer "delivered?" for a row, mark claims filed,
// and export the rows (CSV), the claim texts or the evidence packs of the selection. Writes are
// messages; the rows they changed are read again (`refreshKeys`).

/** Rows per read when an export takes every matching order. */
const EXPORT_PAGE = 2000;

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

  /** Every order the filters let through (an export reads them all, a large page at a time). */
  async function exportCsv(filter: TableFilter, sort: TableSort) {
    try {
      const shown: OrderSummary[] = [];
      let cursor: OrdersCursor | null = null;
      do {
        const page = await readOrdersPage(db, filter, sort, cursor, now, EXPORT_PAGE);
        shown.push(...page.rows);
        cursor = page.next;
      } while (cursor !== null);
      const csv = tableCsv(shown, { locale: navigator.language, lang });
      downloadFile(`mcf-desk-orders-${today()}.csv`, csv, 'text/csv;charset=utf-8');
    } catch (error) {
      fail(error);
    }
  }

  async function exportClaims(keys: string[]) {
    try {
      const orders = await db.orders.bulkGet(keys);
      const entries = orders.flatMap((row) =>
        row ? [{ order: row.order, findings: row.assessment.findings }] : [],
      );
      const bundle = claimBundle(entries, settings?.caseTextLanguage ?? 'marketplace');
      if (bundle.claims === 0) {
        notify(texts.noClaimable, true);
        return;
      }
      downloadFile(`mcf-desk-claims-${today()}.txt`, bundle.text, 'text/plain;charset=utf-8');
      notify(texts.claimsWritten(bundle.claims, bundle.skipped.length), false);
    } catch (error) {
      fail(error);
    }
  }

  /** One evidence pack per selected lost or damaged claim (issue 15 item 8). */
  async function exportEvidence(keys: string[]): Promise<string> {
    const t = EVIDENCE_TEXTS[lang];
    const at = new Date();
    let files = 0;
    for (const key of keys) {
      const [row, checklist, history] = await db.transaction('r', ['orders', 'checklists', 'history'], () =>
        Promise.all([
          db.orders.get(key),
          db.checklists.get(key),
          db.history.where('key').equals(key).toArray(),
        ]),
      );
      if (!row) continue;
      const pack = evidencePack({
        key,
        order: row.order,
        findings: row.assessment.findings,
        checklist: { steps: checklist?.steps ?? {} },
        history,
        firstSeen: { at: row.firstSeenAt, ...(row.created ?? {}) },
        lang,
        caseLang: caseLangFor(settings?.caseTextLanguage, row.order.marketplace),
        now: at,
      });
      if (!pack) continue;
      downloadFile(pack.fileName, pack.html, 'text/html;charset=utf-8');
      files += 1;
    }
    if (files === 0) throw new Error(t.noneClaimable);
    return t.written(files, keys.length - files);
  }

  return { busyKeys, answerDelivery, markClaim, exportCsv, exportClaims, exportEvidence };
}
