import { formatCount } from '../../core/i18n/count';
import { FOCI, type Focus, type FocusFigures } from './table-query';
import type { DashboardLang, DashboardTexts } from './texts';

interface Props {
  texts: DashboardTexts;
  lang: DashboardLang;
  /** Null until the first figures are read. */
  figures: FocusFigures | null;
  focus: Focus | '';
  /** The figure chosen, or '' when the pressed one is pressed again. */
  onFocus: (focus: Focus | '') => void;
}

/** What needs doing, at the top of the orders view: each figure is a button filtering the table. */
export function SummaryStrip({ texts, lang, figures, focus, onFocus }: Props) {
  return (
    <ul class="summary-strip" aria-label={texts.summary.label} data-testid="summary-strip">
      {FOCI.map((f) => (
        <li key={f}>
          <button
            type="button"
            class={`figure ${f}`}
            aria-pressed={focus === f}
            onClick={() => onFocus(focus === f ? '' : f)}
            data-testid={`figure-${f}`}
          >
            <span class="count" data-testid={`figure-${f}-count`}>
              {figures ? formatCount(figures[f], lang) : '…'}
            </span>
            <span class="name">{texts.summary[f]}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
