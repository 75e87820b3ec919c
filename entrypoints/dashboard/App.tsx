import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BackupPanel } from '../../components/dashboard/BackupPanel';
import { Dashboard, TABS, type Tab } from '../../components/dashboard/Dashboard';
import { deliveryAnswerPaths } from '../../components/dashboard/delivery-answer';
import { EvidencePanel } from '../../components/dashboard/EvidencePanel';
import { ImportPanel, type MarketplaceChoice } from '../../components/dashboard/ImportPanel';
import { LearnedRulesPanel } from '../../components/dashboard/LearnedRulesPanel';
import { OrdersView, type OrdersViewProps } from '../../components/dashboard/OrdersView';
import { ReassessProgress as ReassessProgressBar } from '../../components/dashboard/ReassessProgress';
import { SettingsPanel } from '../../components/dashboard/SettingsPanel';
import type { FocusFigures, TableFilter, TableSort } from '../../components/dashboard/table-query';
import { DASHBOARD_TEXTS, type DashboardLang } from '../../components/dashboard/texts';
import { backupFileName, parseBackup } from '../../core/export/backup';
import { claimBundle } from '../../core/export/claim-bundle';
import { evidencePack } from '../../core/export/evidence-pack';
import { EVIDENCE_TEXTS } from '../../core/export/evidence-texts';
import type { OrderSummary } from '../../core/export/order-summary';
import { sendRestoreParts } from '../../core/export/run-restore';
import { tableCsv } from '../../core/export/table-csv';
import { caseLangFor, resolveUiLang } from '../../core/i18n/lang';
import { type ImportProgress, type ImportSummary, runImport } from '../../core/import/run-import';
import { marketplaceFor, SELLER_CENTRAL_HOSTS } from '../../core/marketplaces';
import { backgroundMessages } from '../../core/messages/background';
import { type DashboardMessages, dashboardMessages, IMPORT_CHUNK_SIZE } from '../../core/messages/dashboard';
import { createClient, type Envelope } from '../../core/messages/protocol';
import type { AppSettings } from '../../core/model/app-settings';
import type { LearnedRule } from '../../core/teach/learned-rule';
import { readBackup } from '../background/dashboard-handlers';
import { McfDeskDb } from '../background/db';
import { type ReassessProgress, readReassessProgress } from '../background/reassess-progress';
import { ClaimsTab } from './ClaimsTab';
import { downloadFile, today } from './download';
import { countOrders, countStored, type OrdersCursor, readOrdersPage } from './orders-query';
import { focusFigures, ordersHoldingPackages, reloadSummaries, storedCountries } from './orders-source';
import { readReportFile } from './read-report-file';
import { rememberedUiLanguage, rememberUiLanguage } from './remembered-ui-language';
import { restoreParts } from './restore-parts';

const transport = (envelope: Envelope) => browser.runtime.sendMessage(envelope);
const send = createClient(transport, { ...backgroundMessages, ...dashboardMessages });
/**
 * `import.chunk` alone goes out through a client without the table: no page-side check of the
 * request. Its orders were just built by our own mapper, and zod-checking 2,000 of them in the page
 * before sending cost about 0.7 s per 50,000-row report, while the background checks every
 * request again anyway (`createRouter`) and that check is what guards the database: a bad chunk
 * is still refused there with nothing written. The reply is still checked here.
 */
const sendUncheckedChunk = createClient<Pick<DashboardMessages, 'import.chunk'>>(transport);
const importChunkReply = dashboardMessages['import.chunk'].reply;
const db = new McfDeskDb();
// Opened while the page renders, not on the table's first read: the first rows come sooner.
db.open().catch(() => undefined);

const MARKETPLACES: MarketplaceChoice[] = Object.entries(SELLER_CENTRAL_HOSTS).map(([host, m]) => ({
  host,
  label: `${m.countryCode} — ${host}`,
}));

// The learned-rules panel's calls, defined once: the panel lists the rules again when `list` changes.
const listRules = () => send('learned.list', {});
const deleteRule = ({ host, field, label, path }: LearnedRule) =>
  send('learned.delete', {
    host,
    field,
    ...(label !== undefined ? { label } : {}),
    ...(path !== undefined ? { path } : {}),
  });
const importRules = (rules: LearnedRule[]) => send('learned.import', { rules });
const saveRulesFile = (name: string, content: string) => downloadFile(name, content, 'application/json');

/** Rows per read when an export takes every matching order. */
const EXPORT_PAGE = 2000;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The `uiLanguage` setting, else the browser's interface language. */
function languageOf(setting: AppSettings['uiLanguage'] | undefined): DashboardLang {
  return resolveUiLang(setting, browser.i18n.getUILanguage());
}

/** The marketplace an import goes to when no order is stored yet: the UI language's. */
const DEFAULT_IMPORT_HOST: Readonly<Record<DashboardLang, string>> = {
  fr: 'sellercentral.amazon.fr',
  en: 'sellercentral.amazon.com',
  de: 'sellercentral.amazon.de',
  es: 'sellercentral.amazon.es',
  it: 'sellercentral.amazon.it',
};

function tabFromHash(): Tab {
  const id = location.hash.slice(1);
  return (TABS as readonly string[]).includes(id) ? (id as Tab) : 'orders';
}

export function App() {
  const [settings, setSettingsState] = useState<AppSettings | null>(null);
  const setSettings = useCallback((next: AppSettings) => {
    rememberUiLanguage(next.uiLanguage);
    setSettingsState(next);
  }, []);
  const [remembered] = useState(rememberedUiLanguage);
  const lang = languageOf(settings?.uiLanguage ?? remembered);
  const texts = DASHBOARD_TEXTS[lang];
  const [tab, setTab] = useState<Tab>(tabFromHash);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  /** Bumped when the stored orders changed wholesale: the table reads its first page again. */
  const [epoch, setEpoch] = useState(0);
  /** Orders read again after a write of the seller's, patched into the table where shown. */
  const [changed, setChanged] = useState<OrdersViewProps['changed']>(null);
  const [countries, setCountries] = useState<Awaited<ReturnType<typeof storedCountries>>>([]);
  const [reassess, setReassess] = useState<ReassessProgress | null>(null);
  /** The orders table showed its first rows (or another tab opened first): the other reads may go. */
  const [tableShown, setTableShown] = useState(() => tabFromHash() !== 'orders');
  const [busyKeys, setBusyKeys] = useState<ReadonlySet<string>>(new Set());
  const [now, setNow] = useState(() => new Date());
  const [figures, setFigures] = useState<FocusFigures | null>(null);

  const [importHost, setImportHost] = useState('');
  const [importing, setImporting] = useState(false);
  const [importProgress, setImportProgress] = useState<ImportProgress | null>(null);
  const [importSummary, setImportSummary] = useState<ImportSummary | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  const [restoring, setRestoring] = useState(false);
  const [restoreProgress, setRestoreProgress] = useState<{ done: number; total: number } | null>(null);
  const [backupMessage, setBackupMessage] = useState<string | null>(null);
  const [backupError, setBackupError] = useState<string | null>(null);
  const [settingsMessage, setSettingsMessage] = useState<string | null>(null);
  const [settingsError, setSettingsError] = useState<string | null>(null);
  /** Bumped when a restore or a deletion replaced the stored rules: the rules panel reads them again. */
  const [rulesEpoch, setRulesEpoch] = useState(0);

  const fail = (error: unknown) => setNotice({ text: `${texts.error}: ${message(error)}`, error: true });

  /** The table back to its first page, the marketplaces and the figures read again. */
  const reloadAll = useCallback(async () => {
    setNow(new Date());
    setEpoch((n) => n + 1);
    setCountries(await storedCountries(db));
  }, []);

  const refreshKeys = useCallback(async (keys: readonly string[]) => {
    if (keys.length === 0) return;
    const { found, missing } = await reloadSummaries(db, keys);
    setChanged((last) => ({ seq: (last?.seq ?? 0) + 1, found, missing }));
  }, []);

  // The table's pages, from the indexes (`orders-query.ts`); `now` dates the summary filters.
  // The stored orders are counted once per reading of the table (`now` changes with every reload).
  const source = useMemo<OrdersViewProps['source']>(() => {
    let stored: Promise<number> | undefined;
    return {
      page: (filter, sort, cursor) => readOrdersPage(db, filter, sort, cursor as OrdersCursor | null, now),
      count: (filter, matchingKnown) =>
        countOrders(db, filter, now, matchingKnown, () => {
          stored ??= countStored(db);
          return stored;
        }),
    };
  }, [now]);

  // A full re-assessment (after a settings change) runs in the background: its progress, read
  // from the database every second; the table is read again once it ends.
  useEffect(() => {
    let last: ReassessProgress | null = null;
    const poll = () =>
      readReassessProgress(db).then((progress) => {
        if (last && !progress) void reloadAll().catch(fail);
        last = progress;
        setReassess(progress);
      }, fail);
    const timer = setInterval(poll, 1000);
    return () => clearInterval(timer);
  }, []);

  // The settings once the table's first rows are shown (its first render took the language
  // remembered from the last reading): a reply arriving meanwhile would re-render the page under them.
  useEffect(() => {
    if (tableShown) send('settings.get', {}).then(setSettings, fail);
  }, [tableShown]);

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // The marketplaces (index counts), once the table's first rows are shown: they never delay them.
  useEffect(() => {
    if (tableShown) storedCountries(db).then(setCountries, fail);
  }, [tableShown]);

  // The summary strip's figures, read again whenever the table's rows change (indexed reads).
  useEffect(() => {
    if (!tableShown) return;
    let current = true;
    focusFigures(db, now).then((next) => {
      if (current) setFigures(next);
    }, fail);
    return () => {
      current = false;
    };
  }, [epoch, changed, now, tableShown]);

  useEffect(() => {
    document.title = texts.title;
    document.documentElement.lang = lang;
  }, [texts, lang]);

  const defaultHost = countries[0]?.host ?? DEFAULT_IMPORT_HOST[lang];
  const host = importHost || defaultHost;

  const chooseTab = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
  };

  async function importFile(file: File) {
    const marketplace = marketplaceFor(host);
    if (!marketplace) return;
    setImporting(true);
    setImportError(null);
    setImportSummary(null);
    setImportProgress({ phase: 'reading', done: 0, total: 1 });
    const batchId = crypto.randomUUID();
    try {
      const text = await readReportFile(file);
      const summary = await runImport(text, {
        marketplace,
        observedAt: new Date(),
        chunkSize: IMPORT_CHUNK_SIZE,
        send: async (source, orders, last) =>
          importChunkReply.parse(
            await sendUncheckedChunk('import.chunk', { source, orders, batch: { id: batchId, last } }),
          ),
        onProgress: setImportProgress,
        pause,
        // Tracking details name packages: they join the stored orders holding them.
        findOrders: (wanted) => ordersHoldingPackages(db, wanted),
      });
      setImportSummary(summary);
    } catch (error) {
      setImportError(message(error));
    } finally {
      setImporting(false);
      setImportProgress(null);
      // The table from its first page again: the imported orders may sort anywhere in it.
      await reloadAll().catch(fail);
    }
  }

  async function answerDelivery(row: OrderSummary, delivered: boolean) {
    setBusyKeys((s) => new Set(s).add(row.key));
    try {
      // The stored order, to find the packages whose delivery is unknown (one path each).
      const stored = await db.orders.get(row.key);
      const paths = stored ? deliveryAnswerPaths(stored.order, row.findings) : [];
      if (paths.length === 0) {
        setNotice({ text: texts.noUnknownPackage, error: true });
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
      setNotice({ text: `${texts.markClaim}: ${updated}`, error: false });
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
        setNotice({ text: texts.noClaimable, error: true });
        return;
      }
      downloadFile(`mcf-desk-claims-${today()}.txt`, bundle.text, 'text/plain;charset=utf-8');
      setNotice({ text: texts.claimsWritten(bundle.claims, bundle.skipped.length), error: false });
    } catch (error) {
      fail(error);
    }
  }

  /** One evidence pack per selected lost or damaged claim (issue 15 item 8). */
  async function exportEvidence(keys: string[]): Promise<string> {
    const t = EVIDENCE_TEXTS[lang];
    const now = new Date();
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
        now,
      });
      if (!pack) continue;
      downloadFile(pack.fileName, pack.html, 'text/html;charset=utf-8');
      files += 1;
    }
    if (files === 0) throw new Error(t.noneClaimable);
    return t.written(files, keys.length - files);
  }

  async function downloadBackup() {
    setBackupError(null);
    try {
      const exportedAt = new Date();
      const backup = await readBackup(db, exportedAt);
      downloadFile(backupFileName(exportedAt), JSON.stringify(backup), 'application/json');
    } catch (error) {
      setBackupError(message(error));
    }
  }

  async function restore(file: File) {
    if (!confirm(texts.backup.confirm)) return;
    setRestoring(true);
    setBackupError(null);
    setBackupMessage(null);
    try {
      // The whole file is checked before the first message: a refused file changes nothing.
      const backup = parseBackup(await file.text());
      const parts = restoreParts(backup);
      setRestoreProgress({ done: 0, total: parts.length });
      // A stop part-way says what it left (nothing, or all or nothing at the last part).
      await sendRestoreParts(parts, (part) => send('backup.restore', part), {
        onProgress: (done, total) => setRestoreProgress({ done, total }),
        sentence: texts.faults.restoreStopped,
      });
      setBackupMessage(texts.backup.restored(backup.orders.length));
      setSettings(await send('settings.get', {}));
    } catch (error) {
      setBackupError(message(error));
    } finally {
      setRestoring(false);
      setRestoreProgress(null);
      setRulesEpoch((n) => n + 1);
      await reloadAll().catch(fail);
    }
  }

  async function saveSettings(next: AppSettings) {
    setSettingsError(null);
    setSettingsMessage(null);
    try {
      const saved = await send('settings.update', {
        claimWindowDays: next.claimWindowDays,
        returnReminderDays: next.returnReminderDays,
        unpaidClaimDays: next.unpaidClaimDays,
        maxItemsPerCase: next.maxItemsPerCase,
        notifications: next.notifications,
        returnCommentTemplate: next.returnCommentTemplate,
        uiLanguage: next.uiLanguage,
        caseTextLanguage: next.caseTextLanguage,
      });
      setSettings(saved);
      setSettingsMessage(DASHBOARD_TEXTS[languageOf(saved.uiLanguage)].settings.saved);
    } catch (error) {
      setSettingsError(message(error));
    }
  }

  async function deleteAll() {
    if (!confirm(texts.settings.deleteConfirm)) return;
    try {
      await send('data.deleteAll', { confirm: 'delete-all' });
      setSettings(await send('settings.get', {}));
      setSettingsMessage(texts.settings.deleted);
      setRulesEpoch((n) => n + 1);
      await reloadAll();
    } catch (error) {
      setSettingsError(message(error));
    }
  }

  return (
    <Dashboard texts={texts} tab={tab} onTab={chooseTab} notice={notice}>
      <ReassessProgressBar lang={lang} progress={reassess} />
      {tab === 'orders' ? (
        <OrdersView
          texts={texts}
          lang={lang}
          source={source}
          epoch={epoch}
          changed={changed}
          countries={countries}
          onError={fail}
          onShown={() => setTableShown(true)}
          figures={figures}
          now={now}
          busyKeys={busyKeys}
          onReload={() => reloadAll().catch(fail)}
          onDelivery={answerDelivery}
          onMarkClaim={markClaim}
          onExportCsv={(filter, sort) => void exportCsv(filter, sort)}
          onExportClaims={exportClaims}
          selectionExtra={(selected) => (
            <EvidencePanel lang={lang} selected={selected} onDownload={exportEvidence} />
          )}
        />
      ) : null}
      {tab === 'claims' ? (
        <ClaimsTab
          db={db}
          lang={lang}
          settings={settings}
          onError={fail}
          onNotice={(text) => setNotice({ text, error: false })}
        />
      ) : null}
      {tab === 'import' ? (
        <ImportPanel
          texts={texts}
          marketplaces={MARKETPLACES}
          marketplaceHost={host}
          onMarketplace={setImportHost}
          running={importing}
          progress={importProgress}
          summary={importSummary}
          error={importError}
          onFile={(file) => void importFile(file)}
        />
      ) : null}
      {tab === 'backup' ? (
        <BackupPanel
          texts={texts}
          running={restoring}
          progress={restoreProgress}
          message={backupMessage}
          error={backupError}
          onDownload={() => void downloadBackup()}
          onRestore={(file) => void restore(file)}
        />
      ) : null}
      {tab === 'settings' ? (
        <>
          <SettingsPanel
            texts={texts}
            settings={settings}
            message={settingsMessage}
            error={settingsError}
            onSave={(s) => void saveSettings(s)}
            onDeleteAll={() => void deleteAll()}
          />
          <LearnedRulesPanel
            key={rulesEpoch}
            texts={texts}
            lang={lang}
            list={listRules}
            remove={deleteRule}
            importRules={importRules}
            save={saveRulesFile}
            today={today}
          />
        </>
      ) : null}
    </Dashboard>
  );
}
