import type { StoredOrderView } from '../../core/messages/background';
import type { Finding, FindingKind } from '../../core/model/finding';
import { SEVERITY_RANK } from '../../core/model/finding';
import { orderPageUrl, primaryOrderId } from '../../core/model/order-key';
import { describeFinding } from '../finding-text';
import { formatDay, type Lang, POPUP_TEXTS } from './format';

// The orders needing attention, one page at a time (the background queries its index; the popup
// never loads every order). Each row: the finding, its dates, a link to the order page, and
// snooze / dismiss for that finding.

export const SNOOZE_DAYS = [1, 3, 7] as const;

export interface AttentionPage {
  total: number;
  offset: number;
  limit: number;
  items: readonly StoredOrderView[];
}

export interface AttentionListProps {
  lang: Lang;
  page: AttentionPage;
  onPage: (offset: number) => void;
  onSnooze: (key: string, kind: FindingKind, days: number) => void;
  onDismiss: (key: string, kind: FindingKind) => void;
}

/** The finding a row shows: the most severe, then the oldest. */
export function topFinding(findings: readonly Finding[]): Finding | undefined {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.startedOn.localeCompare(b.startedOn),
  )[0];
}

export function AttentionList({ lang, page, onPage, onSnooze, onDismiss }: AttentionListProps) {
  const t = POPUP_TEXTS[lang];
  const last = Math.min(page.offset + page.items.length, page.total);
  return (
    <section aria-labelledby="attention-title">
      <h1 id="attention-title">{t.attentionTitle}</h1>
      {page.total === 0 && <p>{t.attentionEmpty}</p>}
      <ul data-testid="order-list" class="orders">
        {page.items.map((item) => {
          const finding = topFinding(item.assessment.findings);
          const id = primaryOrderId(item.order);
          const text = finding ? describeFinding(finding, lang) : undefined;
          return (
            <li key={item.key} class="order" data-severity={finding?.severity}>
              <div class="order-head">
                <a href={orderPageUrl(item.order)} target="_blank" rel="noreferrer" title={t.openOrder}>
                  {id}
                </a>
                {finding && <span class={`badge ${finding.severity}`}>{t.severity[finding.severity]}</span>}
              </div>
              {finding && text && (
                <>
                  <p class="finding-title">{text.title}</p>
                  <p class="finding-action">{text.action}</p>
                  <p class="dates">
                    {t.since} {formatDay(finding.startedOn, lang)}
                    {finding.deadline && ` · ${t.deadline} ${formatDay(finding.deadline, lang)}`}
                  </p>
                  <div class="row-actions">
                    <span>{t.snooze}</span>
                    {SNOOZE_DAYS.map((days) => (
                      <button
                        key={days}
                        type="button"
                        aria-label={`${t.snoozeLabel(text.title, id)}, ${snoozeText(lang, days)}`}
                        onClick={() => onSnooze(item.key, finding.kind, days)}
                      >
                        {snoozeText(lang, days)}
                      </button>
                    ))}
                    <button
                      type="button"
                      aria-label={t.dismissLabel(text.title, id)}
                      onClick={() => onDismiss(item.key, finding.kind)}
                    >
                      {t.dismiss}
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {page.total > page.limit && (
        <nav class="pager" aria-label={t.range(page.offset + 1, last, page.total)}>
          <button
            type="button"
            disabled={page.offset === 0}
            onClick={() => onPage(Math.max(0, page.offset - page.limit))}
          >
            {t.previous}
          </button>
          <span>{t.range(page.offset + 1, last, page.total)}</span>
          <button
            type="button"
            disabled={last >= page.total}
            onClick={() => onPage(page.offset + page.limit)}
          >
            {t.next}
          </button>
        </nav>
      )}
    </section>
  );
}

function snoozeText(lang: Lang, days: number): string {
  const t = POPUP_TEXTS[lang];
  return days === 1 ? t.snooze1 : days === 3 ? t.snooze3 : t.snooze7;
}
