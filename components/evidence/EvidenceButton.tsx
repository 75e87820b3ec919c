import { useState } from 'preact/hooks';
import { formatCalendarDate } from '../../core/dates/calendar-day';
import { EVIDENCE_TEXTS } from '../../core/export/evidence-texts';
import { LANG_LOCALE, type Lang } from '../../core/i18n/lang';

// The "Evidence pack" button (issue 15 item 8) and the reminder to save it before the carrier's
// tracking runs out (ship date + 90 days). The popup shows it under a lost or damaged claim's
// checklist; the dashboard under its selection toolbar.

export interface EvidenceButtonProps {
  lang: Lang;
  /** Downloads the file(s); resolves to the sentence to show (the default "downloaded" when none). */
  onDownload: () => Promise<string | undefined>;
  disabled?: boolean;
  testId?: string;
}

export function EvidenceButton(props: EvidenceButtonProps) {
  const t = EVIDENCE_TEXTS[props.lang];
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  return (
    <div class="evidence">
      <button
        type="button"
        title={t.buttonHint}
        disabled={props.disabled}
        data-testid={props.testId ?? 'evidence-pack'}
        onClick={async () => {
          try {
            setStatus({ text: (await props.onDownload()) ?? t.saved, error: false });
          } catch (error) {
            setStatus({
              text: `${t.failed}: ${error instanceof Error ? error.message : String(error)}`,
              error: true,
            });
          }
        }}
      >
        {t.button}
      </button>{' '}
      <span role="status" class={status?.error ? 'error' : undefined}>
        {status?.text ?? ''}
      </span>
    </div>
  );
}

/** "Enregistrez le dossier de preuves avant le 30 juin 2024", for a lost or damaged claimable order. */
export function EvidenceReminder(props: { lang: Lang; saveBy: string | undefined; orderId?: string }) {
  if (!props.saveBy) return null;
  const t = EVIDENCE_TEXTS[props.lang];
  const date = formatCalendarDate(props.saveBy, LANG_LOCALE[props.lang], 'long');
  return (
    <p class="evidence-reminder" data-testid="evidence-reminder">
      {props.orderId ? `${props.orderId} · ` : ''}
      {t.saveBefore(date)}
    </p>
  );
}
