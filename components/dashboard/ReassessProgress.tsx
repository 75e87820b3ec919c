import type { Lang } from '../../core/i18n/lang';
import { PAGING_TEXTS } from './paging-texts';

interface Props {
  lang: Lang;
  /** The running pass, or null when none runs (nothing is shown). */
  progress: { done: number; total: number } | null;
}

/** A full re-assessment under way in the background (after a settings change), and how far. */
export function ReassessProgress({ lang, progress }: Props) {
  if (!progress) return null;
  const t = PAGING_TEXTS[lang];
  return (
    <div class="reassess-progress" role="status" data-testid="reassess-progress">
      <label>
        {t.reassessing}{' '}
        <progress value={progress.done} max={Math.max(1, progress.total)}>
          {t.reassessDone(progress.done, progress.total)}
        </progress>
      </label>{' '}
      <span data-testid="reassess-done">{t.reassessDone(progress.done, progress.total)}</span>
    </div>
  );
}
