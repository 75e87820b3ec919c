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
import type { Claim, ClaimReason } from '../../core/claims/claim';
import { claimText, isClaimFinding } from '../../core/claims/claim-text';
import { todayIn } from '../../core/dates/calendar';
import { errorText } from '../../core/error-text';
import { evidencePack } from '../../core/export/evidence-pack';
import { EVIDENCE_TEXTS } from '../../core/export/evidence-texts';
import { caseLangFor } from '../../core/i18n/lang';
import { marketplaceFor } from '../../core/marketplaces';
import type { OrderDetail, StoredOrderView } from '../../core/messages/background';
import type { ContentMessages } from '../../core/messages/content';
import type { ContentMessagesChecked } from '../../core/messages/content-checked';
import type { ReplyOf } from '../../core/messages/protocol';
import { type AppSettings, DEFAULT_APP_SETTINGS } from '../../core/model/app-settings';
import type { Finding, FindingKind } from '../../core/model/finding';
import { OrderSchema } from '../../core/model/order';
import { orderKey, primaryOrderId } from '../../core/model/order-key';
import { assessOrder } from '../../core/policy/assess';
import { checkFormOrder, orderIdsInUrl } from '../../core/return-form/form-order';
import { idsInUrl } from '../../core/return-form/page-ids';
import { commentFromTemplate, planReturnFill, type ReturnChoices } from '../../core/return-form/plan';
import { REASON_SUGGESTIONS } from '../../core/return-form/reasons';
import type { FillReport, FormOption } from '../../core/return-form/schema';
import { downloadFile } from '../dashboard/download';
import {
  openInTab,
  sendBackground,
  sendClaims,
  sendSupport,
  sleep,
  type TabClient,
  tabClient,
  targetTabId,
} from './messaging';
import { claimsOfOrder, findOrdersByIds, searchOrders } from './stored-orders';

const PAGE_SIZE = 20;
/** How long a freshly opened "Create customer return" page may take to show its form. */
const FORM_WAIT_MS = 15_000;

type FormReading = ReplyOf<ContentMessages, 'return-form.read'>;
type PageReadingReply = ReplyOf<ContentMessagesChecked, 'page.reading'>;

async function orderDetail(key: string): Promise<OrderDetail | null> {
  // The content script may still be storing the page's reading: give it a moment.
  for (let attempt = 0; attempt < 5; attempt++) {
    const detail = await sendBackground('order.get', { key });
    if (detail) return detail;
    await sleep(300);
  }
  return null;
}

/** The country whose stored orders a Seller Central host shows; none for the pan-European host. */
function countryOf(url: string): string | undefined {
  const host = new URL(url).hostname;
  if (host === 'sellercentral-europe.amazon.com') return undefined;
  return marketplaceFor(host)?.countryCode;
}

/** Stored orders the page names (URL first), for the seller to choose from. */
async function ordersNamedOnPage({ url, ids }: PageReadingReply): Promise<StoredOrderView[]> {
  const keys = await findOrdersByIds(ids ?? [], countryOf(url));
  const details = await Promise.all(keys.map((key) => sendBackground('order.get', { key })));
  return details.flatMap((d) => (d ? [{ key: d.key, order: d.order, assessment: d.assessment }] : []));
}

/**
 * The order of the tab: read on its page; else the one stored order its address and text name
 * (a return form whose URL carries the seller's id, say). Several: the seller chooses.
 */
async function findCurrentOrder(
  answer: PageReadingReply,
  settings: AppSettings,
): Promise<{ detail: OrderDetail | null; matches: StoredOrderView[] }> {
  const detail = await readOrderOfPage(answer, settings);
  if (detail) return { detail, matches: [] };
  const matches = await ordersNamedOnPage(answer);
  const [only] = matches;
  if (matches.length === 1 && only) return { detail: await orderDetail(only.key), matches };
  return { detail: null, matches };
}

async function readOrderOfPage(
  { reading }: PageReadingReply,
  settings: AppSettings,
): Promise<OrderDetail | null> {
  if (reading) {
    const order = OrderSchema.parse(reading.order);
    const stored = await orderDetail(orderKey(order));
    // Not stored (yet): show what the page says, assessed here; steps save once it is stored.
    return (
      stored ?? {
        key: orderKey(order),
        order,
        assessment: assessOrder(order, new Date(), settings, await claimsOfOrder(orderKey(order))),
        checklist: { steps: {} },
        muted: [],
        conflicts: [],
        overrides: [],
      }
    );
  }
  return null;
}

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
  const [formReading, setFormReading] = useState<FormReading | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [fillError, setFillError] = useState<string | null>(null);
  const [report, setReport] = useState<FillReport | null>(null);
  /** Stored orders the page names, when it is not an order page (none found: the search only). */
  const [matches, setMatches] = useState<StoredOrderView[]>([]);
  const [lastQuantities, setLastQuantities] = useState<Readonly<Record<string, number>>>({});
  /** The claims recorded for the current order (issue 15 item 3). */
  const [claims, setClaims] = useState<Claim[]>([]);
  const t = POPUP_TEXTS[lang];

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
          client('return-form.read', {})
            .then((reading) => setFormReading(reading))
            .catch(() => undefined);
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
    pageTab('return-form.read', {})
      .then((reading) => setFormReading(reading))
      .catch(() => undefined);
  }

  if (!detail || !tab || tabId === null)
    return (
      <>
        {pageTab && (
          <OrderFinder
            lang={lang}
            matches={matches}
            onSearch={async (query) => {
              const keys = await searchOrders(query);
              const found = await Promise.all(keys.map((key) => sendBackground('order.get', { key })));
              return found.flatMap((d) =>
                d ? [{ key: d.key, order: d.order, assessment: d.assessment }] : [],
              );
            }}
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

  async function fill(choices: ReturnChoices) {
    if (!tab || tabId === null || !detail) return;
    setFillError(null);
    setReport(null);
    try {
      setBusy(t.filling);
      let reading = await tab('return-form.read', {});
      if (!reading.form) {
        if (!reading.createReturnUrl) {
          setFillError(t.noForm);
          return;
        }
        setBusy(t.openingForm);
        await openInTab(tabId, reading.createReturnUrl);
        reading = (await waitForForm(tab)) ?? reading;
        if (!reading.form) {
          setFillError(t.formNotLoaded);
          return;
        }
        setBusy(t.filling);
      }
      setFormReading(reading);
      // The tab may have moved to another order's form since the popup opened: fill nothing then.
      const check = checkFormOrder(
        detail.order,
        reading.url,
        await pageOrderIds(tab, reading.url),
        idsInUrl(reading.url),
      );
      if (check.verdict === 'other') {
        setFillError(t.otherOrderForm(check.formOrderId, primaryOrderId(detail.order)));
        return;
      }
      const plan = planReturnFill(detail.order, choices, reading.form!);
      setLastQuantities(choices.quantities);
      setReport(await tab('return-form.fill', { plan }));
    } catch (error) {
      setFillError(`${t.tabError}: ${errorText(error)}`);
    } finally {
      setBusy(null);
    }
  }

  const formReasons = formReading?.form?.fields
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
        onEvidence={async () => {
          // The stored order as it is now, with what MCF Desk saw of it and when.
          const [fresh, seen] = await Promise.all([
            sendBackground('order.get', { key: detail.key }),
            sendBackground('order.history', { key: detail.key }),
          ]);
          const current = fresh ?? detail;
          const pack = evidencePack({
            key: current.key,
            order: current.order,
            findings: current.assessment.findings,
            checklist: current.checklist,
            history: seen?.history ?? [],
            ...(seen?.firstSeen ? { firstSeen: seen.firstSeen } : {}),
            lang,
            caseLang: caseLangFor(settings.caseTextLanguage, current.order.marketplace),
            now: new Date(),
          });
          if (!pack) throw new Error(EVIDENCE_TEXTS[lang].noneClaimable);
          downloadFile(pack.fileName, pack.html, 'text/html;charset=utf-8');
          return undefined;
        }}
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
            busy={busy}
            error={fillError}
            report={report}
            onFill={(choices) => void fill(choices)}
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
                quantity: lastQuantities[item.sellerSku] ?? item.quantity,
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

/** The reason of the order's open claim finding (lost when both are open, as the background
 *  decides), if any. */
function claimReasonOf(detail: OrderDetail): ClaimReason | undefined {
  const muted = new Set(detail.muted.map((m) => m.kind));
  const open = new Set(detail.assessment.findings.filter((f) => !muted.has(f.kind)).map((f) => f.kind));
  if (open.has('lost-claimable')) return 'lost';
  return open.has('damaged-claimable') ? 'damaged' : undefined;
}

async function snooze(key: string, kind: FindingKind, days: number): Promise<void> {
  const until = new Date(Date.now() + days * 86_400_000).toISOString();
  await sendBackground('finding.snooze', { key, kind, until });
}

/** The order ids the page in the tab shows, when its URL names none (the reader's reading). */
async function pageOrderIds(tab: TabClient, url: string): Promise<string[]> {
  if (orderIdsInUrl(url).length > 0) return [];
  const { reading } = await tab('page.reading', {}).catch(() => ({ reading: null }));
  const order = reading?.order;
  return [order?.sellerFulfillmentOrderId, order?.displayableOrderId].filter(
    (id): id is string => typeof id === 'string',
  );
}

/** Polls the tab until its (new) page shows the return form, or gives up. */
async function waitForForm(tab: TabClient): Promise<FormReading | null> {
  const until = Date.now() + FORM_WAIT_MS;
  while (Date.now() < until) {
    await sleep(400);
    // While the page loads, nothing answers: try again.
    const reading = await tab('return-form.read', {}).catch(() => null);
    if (reading?.form) return reading;
  }
  return null;
}
