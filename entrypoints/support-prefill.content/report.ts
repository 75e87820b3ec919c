import { SUPPORT_TEXTS } from '../../components/support-text';
import type { Lang } from '../../core/i18n/lang';
import { type CaseFillReport, descriptionFilled } from '../../core/support/schema';

// The small report on the contact page: what MCF Desk filled (one line per box, ✓ read back by the
// extension, ≈ confirmed by the page only, ✗ not filled), or that the case text is in the
// clipboard. In its own shadow root, every text set with `textContent` (labels come from
// the page: untrusted), in the corner, never over the form's buttons for long: it can be closed.

const HOST_TAG = 'mcf-desk-support-report';

const CSS = `
:host { all: initial; }
.box { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 420px;
  font: 14px/1.4 system-ui, sans-serif; color: #111; background: #fffbe6; border: 2px solid #b7791f;
  border-radius: 6px; padding: 10px 12px; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.box p { margin: 0 0 6px; font-weight: 600; }
.box ul { margin: 0 0 6px; padding-left: 18px; }
.box button { font: inherit; }
`;

const MARK = { filled: '✓', 'confirmed-by-page': '≈', kept: '•', 'not-filled': '✗' } as const;

export interface ReportOverlay {
  show(lang: Lang, report: CaseFillReport): void;
}

export function createReportOverlay(doc: Document): ReportOverlay {
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  return {
    show(lang, report) {
      const t = SUPPORT_TEXTS[lang];
      if (!host || !root) {
        host = doc.createElement(HOST_TAG);
        root = host.attachShadow({ mode: 'open' });
        (doc.body ?? doc.documentElement).append(host);
      }
      const box = doc.createElement('div');
      box.className = 'box';
      box.setAttribute('role', 'status');
      box.dataset.testid = 'support-report';
      const headline = doc.createElement('p');
      const description = report.outcomes.find((o) => o.role === 'description');
      headline.textContent =
        descriptionFilled(report) && description
          ? t.filled(description.length)
          : description?.status === 'kept'
            ? t.kept
            : description?.limit !== undefined
              ? t.tooLong(description.length, description.limit)
              : report.refusal === 'several-boxes'
                ? t.severalBoxes(report.boxes ?? 0)
                : report.refusal === 'form-hidden'
                  ? t.formHidden
                  : t.notFound;
      box.append(headline);
      if (report.outcomes.length > 0) {
        const list = doc.createElement('ul');
        for (const outcome of report.outcomes) {
          const item = doc.createElement('li');
          item.dataset.status = outcome.status;
          item.textContent = `${MARK[outcome.status]} ${t.roles[outcome.role]} (${outcome.label}) — ${t.status[outcome.status]}`;
          list.append(item);
        }
        box.append(list);
      }
      const close = doc.createElement('button');
      close.type = 'button';
      close.textContent = t.close;
      close.addEventListener('click', () => host?.remove());
      box.append(close);
      const style = doc.createElement('style');
      style.textContent = CSS;
      root.replaceChildren(style, box);
    },
  };
}
