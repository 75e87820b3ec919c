import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttentionList, type AttentionPage } from '../../components/popup/AttentionList';
import { CapturePanel } from '../../components/popup/CapturePanel';
import { OrderFinder } from '../../components/popup/OrderFinder';
import { type Lang, POPUP_TEXTS, resolveLang } from '../../components/popup/texts';
import type { OrderDetail, StoredOrderView } from '../../core/messages/background';
import { type AppSettings, DEFAULT_APP_SETTINGS } from '../../core/model/app-settings';
import { CurrentOrderView } from './CurrentOrderView';
import { findCurrentOrder, orderDetail, storedViews } from './current-order';
import { sendBackground, type TabClient, tabClient, targetTabId } from './messaging';
import { snooze } from './order-actions';
import { searchOrders } from './stored-orders';
import { useReturnFill } from './use-return-fill';

// The popup: the order of the tab (its checklist, claim, return form and return tracking), else a
// finder among the stored orders the page names; the orders needing attention; the page capture.

const PAGE_SIZE = 20;

export function App() {
  const [settings, setSettings] = useState<AppSettings>(DEFAULT_APP_SETTINGS);
  const [lang, setLang] = useState<Lang>(resolveLang('auto', browser.i18n.getUILanguage()));
  const [ready, setReady] = useState(false);
  const [tab, setTab] = useState<TabClient | null>(null);
  /** The tab's page answered: it can be captured, order or not (a page the reader failed on). */
  const [pageTab, setPageTab] = useState<TabClient | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [detail, setDetail] = useState<OrderDetail | null>(null);
  const [showList, setShowList] = useState(false);
  const [page, setPage] = useState<AttentionPage | null>(null);
  /** Stored orders the page names, when it is not an order page (none found: the search only). */
  const [matches, setMatches] = useState<StoredOrderView[]>([]);
  const t = POPUP_TEXTS[lang];
  const returns = useReturnFill(t);

  // The page's language, for screen readers and hyphenation.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  async function loadPage(offset: number) {
    const result = await sendBackground('orders.attention', { offset, limit: PAGE_SIZE });
    setPage({ ...result, offset, limit: PAGE_SIZE });
  }

  useEffect(() => {
    (async () => {
      const loaded = await sendBackground('settings.get', {}).catch(() => DEFAULT_APP_SETTINGS);
      setSettings(loaded);
      setLang(resolveLang(loaded.uiLanguage, browser.i18n.getUILanguage()));
      const id = await targetTabId(location.search);
      if (id !== undefined) {
        const client = tabClient(id);
        // A tab that is not a Seller Central page has no content script: no current order.
        const answer = await client('page.reading', {}).catch(() => null);
        if (answer) setPageTab(() => client);
        const found = answer ? await findCurrentOrder(answer, loaded).catch(() => null) : null;
        if (found) setMatches(found.matches);
        const current = found?.detail;
        if (current) {
          setTab(() => client);
          setTabId(id);
          setDetail(current);
          returns.readForm(client);
        }
      }
      await loadPage(0).catch(() => setPage({ total: 0, offset: 0, limit: PAGE_SIZE, items: [] }));
      setReady(true);
    })();
  }, []);

  if (!ready) return <p>{t.loading}</p>;

  const list = page && (
    <AttentionList
      lang={lang}
      page={page}
      onPage={(offset) => void loadPage(offset)}
      onSnooze={async (key, kind, days) => {
        await snooze(key, kind, days);
        await loadPage(page.offset);
      }}
      onDismiss={async (key, kind) => {
        await sendBackground('finding.dismiss', { key, kind });
        await loadPage(page.offset);
      }}
    />
  );
  const capture = pageTab && (
    <CapturePanel
      lang={lang}
      onCount={async (fakeIds) => (await pageTab('page.capture', { fakeIds, dryRun: true })).removed}
      onSave={async (fakeIds) => (await pageTab('page.capture', { fakeIds })).fileName ?? ''}
    />
  );
  async function choose(key: string) {
    const chosen = await orderDetail(key);
    const id = await targetTabId(location.search);
    if (!chosen || !pageTab || id === undefined) return;
    setTab(() => pageTab);
    setTabId(id);
    setDetail(chosen);
    returns.readForm(pageTab);
  }

  if (!detail || !tab || tabId === null)
    return (
      <>
        {pageTab && (
          <OrderFinder
            lang={lang}
            matches={matches}
            onSearch={async (query) => storedViews(await searchOrders(query))}
            onChoose={(key) => void choose(key)}
          />
        )}
        {list}
        {capture}
      </>
    );

  return (
    <>
      <CurrentOrderView
        lang={lang}
        settings={settings}
        detail={detail}
        onDetail={setDetail}
        tab={tab}
        tabId={tabId}
        returns={returns}
      />
      <p>
        <button type="button" aria-expanded={showList} onClick={() => setShowList(!showList)}>
          {t.attentionTitle}
        </button>
      </p>
      {showList && list}
      {capture}
    </>
  );
}
