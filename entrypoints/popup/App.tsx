import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttentionList, type AttentionPage } from '../../components/popup/AttentionList';
import { CapturePanel } from '../../components/popup/CapturePanel';
import { ClaimPanel } from '../../components/popup/ClaimPanel';
import { CurrentOrder } from '../../components/popup/CurrentOrder';
import { OrderFinder } from '../../components/popup/OrderFinder';
import { ReturnPanel } from '../../components/popup/ReturnPanel';
import { ReturnTracking } from '../../components/popup/ReturnTracking';
import { type Lang, POPUP_TEXTS, resolveLang } from '../../components/popup/texts';
import type { Claim } from '../../core/claims/claim';
import { claimText, isClaimFinding } from '../../core/claims/claim-text';
import { todayIn } from '../../core/dates/calendar';
import { caseLangFor } from '../../core/i18n/lang';
import type { OrderDetail, StoredOrderView } from '../../core/messages/background';
import { type AppSettings, DEFAULT_APP_SETTINGS } from '../../core/model/app-settings';
import type { Finding, FindingKind } from '../../core/model/finding';
import { primaryOrderId } from '../../core/model/order-key';
import { commentFromTemplate } from '../../core/return-form/plan';
import { REASON_SUGGESTIONS } from '../../core/return-form/reasons';
import type { FormOption } from '../../core/return-form/schema';
import { findCurrentOrder, orderDetail, storedViews } from './current-order';
import { sendBackground, sendClaims, sendSupport, type TabClient, tabClient, targetTabId } from './messaging';
import { claimReasonOf, downloadEvidence, snooze } from './order-actions';
import { claimsOfOrder, searchOrders } from './stored-orders';
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
  /** The claims recorded for the current order (issue 15 item 3). */
  const [claims, setClaims] = useState<Claim[]>([]);
  const t = POPUP_TEXTS[lang];
  const returns = useReturnFill(t);

  useEffect(() => {
    if (detail) claimsOfOrder(detail.key).then(setClaims, () => setClaims([]));
  }, [detail?.key]);

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

  async function refreshDetail(key: string) {
    const fresh = await sendBackground('order.get', { key });
    if (fresh) setDetail(fresh);
  }

  const formReasons = returns.formReading?.form?.fields
    .find((f) => f.role === 'reason')
    ?.options?.filter((o) => o.value !== '');
  const reasons: FormOption[] =
    formReasons ?? REASON_SUGGESTIONS.map((s) => ({ value: s.code, label: s.labels[lang] }));
  const damaged = detail.assessment.findings.some((f) => f.kind === 'damaged-claimable');

  return (
    <>
      <CurrentOrder
        lang={lang}
        detail={detail}
        overrides={detail.overrides}
        claimTextFor={(finding: Finding) =>
          isClaimFinding(finding)
            ? claimText(
                detail.order,
                finding,
                caseLangFor(settings.caseTextLanguage, detail.order.marketplace),
              )
            : null
        }
        onEvidence={() => downloadEvidence(detail, lang, settings.caseTextLanguage)}
        onStep={async (stepId, done, note) => {
          const checklist = await sendBackground('checklist.update', {
            key: detail.key,
            stepId,
            done,
            ...(note !== undefined ? { note } : {}),
          });
          setDetail({ ...detail, checklist });
        }}
        onOpenSupport={(ask) => sendSupport('support.prefill', ask)}
        onCopy={async (text) => {
          try {
            await navigator.clipboard.writeText(text);
            return true;
          } catch {
            return false;
          }
        }}
        onSnooze={async (kind: FindingKind, days: number) => {
          await snooze(detail.key, kind, days);
          await refreshDetail(detail.key);
        }}
        onDismiss={async (kind: FindingKind) => {
          await sendBackground('finding.dismiss', { key: detail.key, kind });
          await refreshDetail(detail.key);
        }}
        returnPanel={
          <ReturnPanel
            lang={lang}
            items={detail.order.items}
            shippedFacts={detail.order}
            reasons={reasons}
            reasonsFromForm={formReasons !== undefined}
            defaultReason={damaged ? 'CR-DAMAGED_BY_CARRIER' : 'CR-UNWANTED_ITEM'}
            defaultComment={commentFromTemplate(settings.returnCommentTemplate, primaryOrderId(detail.order))}
            busy={returns.busy}
            error={returns.error}
            report={returns.report}
            onFill={(choices) => void returns.fill(tab, tabId, detail.order, choices)}
          />
        }
        claimPanel={
          <ClaimPanel
            lang={lang}
            claims={claims}
            reason={claimReasonOf(detail)}
            onRecord={async (caseId) => {
              const reason = claimReasonOf(detail);
              await sendClaims('claims.record', {
                lines: [{ orderKey: detail.key }],
                ...(reason ? { reason } : {}),
                ...(caseId ? { caseId } : {}),
              });
              await refreshDetail(detail.key);
              setClaims(await claimsOfOrder(detail.key));
            }}
          />
        }
        returnTracking={
          <ReturnTracking
            key={`${detail.key}-${detail.order.returns[0]?.rmaId ?? ''}`}
            lang={lang}
            order={detail.order}
            today={todayIn(new Date(), detail.order.marketplace.timeZone)}
            newReturnItems={detail.order.items
              .map((item) => ({
                sellerSku: item.sellerSku,
                quantity: returns.lastQuantities[item.sellerSku] ?? item.quantity,
              }))
              .filter((item) => item.quantity > 0)}
            onSave={async (fields) => {
              await sendBackground('order.setUserFields', { key: detail.key, fields });
              await refreshDetail(detail.key);
            }}
          />
        }
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
