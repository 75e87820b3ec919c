import type { TableFilter, TableSort } from '../../components/dashboard/table-query';
import type { DashboardLang } from '../../components/dashboard/texts';
import { claimBundle } from '../../core/export/claim-bundle';
import { evidencePack } from '../../core/export/evidence-pack';
import { EVIDENCE_TEXTS } from '../../core/export/evidence-texts';
import type { OrderSummary } from '../../core/export/order-summary';
import { tableCsv } from '../../core/export/table-csv';
import { caseLangFor } from '../../core/i18n/lang';
import type { AppSettings } from '../../core/model/app-settings';
import { db } from './database';
import { downloadFile, today } from './download';
import { type OrdersCursor, readOrdersPage } from './orders-query';

// The files the seller exports from the orders table: the rows as CSV, the claim texts and the
// evidence packs of a selection. Each reads what it needs from the database and downloads it.

/** Rows per read when an export takes every matching order. */
const EXPORT_PAGE = 2000;

/** Every order the filters let through, as CSV (read a large page at a time). */
export async function exportTableCsv(filter: TableFilter, sort: TableSort, now: Date, lang: DashboardLang) {
  const shown: OrderSummary[] = [];
  let cursor: OrdersCursor | null = null;
  do {
    const page = await readOrdersPage(db, filter, sort, cursor, now, EXPORT_PAGE);
    shown.push(...page.rows);
    cursor = page.next;
  } while (cursor !== null);
  const csv = tableCsv(shown, { locale: navigator.language, lang });
  downloadFile(`mcf-desk-orders-${today()}.csv`, csv, 'text/csv;charset=utf-8');
}

/** The claim texts of the selected orders in one file; how many were written and skipped. */
export async function exportClaimTexts(
  keys: readonly string[],
  caseTextLanguage: AppSettings['caseTextLanguage'],
) {
  const orders = await db.orders.bulkGet([...keys]);
  const entries = orders.flatMap((row) =>
    row ? [{ order: row.order, findings: row.assessment.findings }] : [],
  );
  const bundle = claimBundle(entries, caseTextLanguage);
  if (bundle.claims > 0)
    downloadFile(`mcf-desk-claims-${today()}.txt`, bundle.text, 'text/plain;charset=utf-8');
  return { claims: bundle.claims, skipped: bundle.skipped.length };
}

/** One evidence pack per selected lost or damaged claim (issue 15 item 8); what was written. */
export async function exportEvidencePacks(
  keys: readonly string[],
  lang: DashboardLang,
  caseTextLanguage: AppSettings['caseTextLanguage'] | undefined,
): Promise<string> {
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
      caseLang: caseLangFor(caseTextLanguage, row.order.marketplace),
      now: at,
    });
    if (!pack) continue;
    downloadFile(pack.fileName, pack.html, 'text/html;charset=utf-8');
    files += 1;
  }
  if (files === 0) throw new Error(t.noneClaimable);
  return t.written(files, keys.length - files);
}
