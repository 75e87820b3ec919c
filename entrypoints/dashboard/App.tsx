import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { Dashboard, TABS, type Tab } from '../../components/dashboard/Dashboard';
import { EvidencePanel } from '../../components/dashboard/EvidencePanel';
import type { MarketplaceChoice } from '../../components/dashboard/ImportPanel';
import { OrdersView } from '../../components/dashboard/OrdersView';
import { ReassessProgress as ReassessProgressBar } from '../../components/dashboard/ReassessProgress';
import { DASHBOARD_TEXTS, type DashboardLang } from '../../components/dashboard/texts';
import { lazyComponent } from '../../components/lazy';
import { errorText } from '../../core/error-text';
import { SELLER_CENTRAL_HOSTS } from '../../core/marketplaces';
import type { LearnedRule } from '../../core/teach/learned-rule';
import { send } from './connection';
import { db } from './database';
import { downloadFile, today } from './download';
import { useBackup } from './use-backup';
import { useImport } from './use-import';
import { useOrderActions } from './use-order-actions';
import { useSettings } from './use-settings';
import { useTableReads } from './use-table-reads';

// The dashboard page: its tabs, each a panel fed by one hook of this folder (the table's reads,
// the row actions, import, backup, settings). Reads go to the database, writes are messages.

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

// The tabs other than the orders are chunks of their own, loaded when first opened: the page opens
// on its orders, and what it evaluates before their first rows is only what they need (with
// `database.ts` and `connection.ts`, no zod: tests/unit/build/dashboard-first-scripts.test.ts).
const ClaimsTab = lazyComponent(() => import('./ClaimsTab').then((m) => m.ClaimsTab));
const ImportPanel = lazyComponent(() =>
  import('../../components/dashboard/ImportPanel').then((m) => m.ImportPanel),
);
const BackupPanel = lazyComponent(() =>
  import('../../components/dashboard/BackupPanel').then((m) => m.BackupPanel),
);
const SettingsPanel = lazyComponent(() =>
  import('../../components/dashboard/SettingsPanel').then((m) => m.SettingsPanel),
);
const LearnedRulesPanel = lazyComponent(() =>
  import('../../components/dashboard/LearnedRulesPanel').then((m) => m.LearnedRulesPanel),
);

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
  const [tab, setTab] = useState<Tab>(tabFromHash);
  /** The notice line: a sentence, or a failure worded in the UI language when shown. */
  const [notice, setNotice] = useState<{ text: string; error: boolean } | { failure: unknown } | null>(null);
  /** Bumped when a restore or a deletion replaced the stored rules: the rules panel reads them again. */
  const [rulesEpoch, setRulesEpoch] = useState(0);
  const [importHost, setImportHost] = useState('');
  const fail = (failure: unknown) => setNotice({ failure });

  const reads = useTableReads(tabFromHash() === 'orders', fail);
  // Once the table's first rows are shown, or at once on any other tab (left before they were).
  const settings = useSettings(reads.tableShown || tab !== 'orders', fail);
  const { lang } = settings;
  const texts = DASHBOARD_TEXTS[lang];

  const actions = useOrderActions({
    texts,
    lang,
    settings: settings.settings,
    now: reads.now,
    refreshKeys: reads.refreshKeys,
    notify: (text, error) => setNotice({ text, error }),
    fail,
  });
  const imports = useImport(() => reads.reloadAll().catch(fail));
  const backup = useBackup(texts, settings.reload, async () => {
    setRulesEpoch((n) => n + 1);
    await reads.reloadAll().catch(fail);
  });
  /** After every order and setting was deleted: the rules and the table read again. */
  const afterWipe = async () => {
    setRulesEpoch((n) => n + 1);
    await reads.reloadAll();
  };

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // Before a paint: a `lang` set on the root after it restyles the whole page, in the very moment
  // the table's first rows are being read. main.tsx sets the first one; this follows the settings.
  useLayoutEffect(() => {
    document.title = texts.title;
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  }, [texts, lang]);

  const host = importHost || (reads.countries[0]?.host ?? DEFAULT_IMPORT_HOST[lang]);

  const noticeShown =
    notice && 'failure' in notice
      ? { text: `${texts.error}: ${errorText(notice.failure)}`, error: true }
      : notice;

  const chooseTab = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
  };

  return (
    <Dashboard texts={texts} tab={tab} onTab={chooseTab} notice={noticeShown}>
      <ReassessProgressBar lang={lang} progress={reads.reassess} />
      {tab === 'orders' ? (
        <OrdersView
          texts={texts}
          lang={lang}
          source={reads.source}
          epoch={reads.epoch}
          changed={reads.changed}
          countries={reads.countries}
          onError={fail}
          onShown={reads.onTableShown}
          figures={reads.figures}
          now={reads.now}
          busyKeys={actions.busyKeys}
          onReload={() => reads.reloadAll().catch(fail)}
          onDelivery={actions.answerDelivery}
          onMarkClaim={actions.markClaim}
          onExportCsv={(filter, sort) => void actions.exportCsv(filter, sort)}
          onExportClaims={actions.exportClaims}
          selectionExtra={(selected) => (
            <EvidencePanel lang={lang} selected={selected} onDownload={actions.exportEvidence} />
          )}
        />
      ) : null}
      {tab === 'claims' ? (
        <ClaimsTab
          onLoadError={fail}
          db={db}
          lang={lang}
          settings={settings.settings}
          onError={fail}
          onNotice={(text) => setNotice({ text, error: false })}
        />
      ) : null}
      {tab === 'import' ? (
        <ImportPanel
          onLoadError={fail}
          texts={texts}
          marketplaces={MARKETPLACES}
          marketplaceHost={host}
          onMarketplace={setImportHost}
          running={imports.running}
          progress={imports.progress}
          summary={imports.summary}
          error={imports.error}
          onFile={(file) => void imports.importFile(file, host)}
        />
      ) : null}
      {tab === 'backup' ? (
        <BackupPanel
          onLoadError={fail}
          texts={texts}
          running={backup.running}
          progress={backup.progress}
          message={backup.message}
          error={backup.error}
          onDownload={() => void backup.download()}
          onRestore={(file) => void backup.restore(file)}
        />
      ) : null}
      {tab === 'settings' ? (
        <>
          <SettingsPanel
            onLoadError={fail}
            texts={texts}
            settings={settings.settings}
            message={settings.message}
            error={settings.error}
            onSave={(s) => void settings.save(s)}
            onDeleteAll={() => void settings.deleteAll(afterWipe)}
          />
          <LearnedRulesPanel
            onLoadError={fail}
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
