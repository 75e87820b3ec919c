import { useState } from 'preact/hooks';
import type { RemovedCounts } from '../../core/capture/redact';
import { errorText } from '../../core/error-text';
import { type Lang, POPUP_TEXTS, removedSummary } from './texts';

// "Enregistrer cette page pour un signalement" (issue 12): first a dry run says what would be
// removed ("Retiré : 2 noms, 1 adresse"), then the seller confirms or cancels; only a confirmed
// capture is saved (a download from the page).

export interface CapturePanelProps {
  lang: Lang;
  /** Dry run: what a capture would remove now. */
  onCount: (fakeIds: boolean) => Promise<RemovedCounts>;
  /** Saves the capture; resolves with the file's name. */
  onSave: (fakeIds: boolean) => Promise<string>;
  /** In the overlay's band: no heading, the explanation only once the seller asks. */
  compact?: boolean;
}

type Step =
  | { at: 'idle' }
  | { at: 'counting' }
  | { at: 'confirm'; removed: RemovedCounts }
  | { at: 'saving'; removed: RemovedCounts }
  | { at: 'saved'; fileName: string }
  | { at: 'failed'; message: string };

export function CapturePanel({ lang, onCount, onSave, compact = false }: CapturePanelProps) {
  const t = POPUP_TEXTS[lang];
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [fakeIds, setFakeIds] = useState(false);
  const fail = (error: unknown) =>
    setStep({
      at: 'failed',
      message: `${t.captureFailed}: ${errorText(error)}`,
    });

  async function count() {
    setStep({ at: 'counting' });
    try {
      setStep({ at: 'confirm', removed: await onCount(fakeIds) });
    } catch (error) {
      fail(error);
    }
  }
  async function save(removed: RemovedCounts) {
    setStep({ at: 'saving', removed });
    try {
      setStep({ at: 'saved', fileName: await onSave(fakeIds) });
    } catch (error) {
      fail(error);
    }
  }

  const asking = step.at === 'confirm' || step.at === 'saving';
  return (
    <section
      class={compact ? 'capture-panel compact' : 'capture-panel'}
      data-testid="capture-panel"
      aria-labelledby={compact ? undefined : 'capture-title'}
      aria-label={compact ? t.capturePage : undefined}
    >
      {!compact && <h4 id="capture-title">{t.capturePage}</h4>}
      {(!compact || asking) && <p class="hint">{t.captureHelp}</p>}
      <p>
        <label>
          <input
            type="checkbox"
            checked={fakeIds}
            disabled={asking || step.at === 'counting'}
            onChange={(e) => setFakeIds(e.currentTarget.checked)}
          />{' '}
          {t.captureFakeIds}
        </label>
      </p>
      {!asking && (
        <p>
          <button
            type="button"
            data-testid="capture-page"
            disabled={step.at === 'counting'}
            onClick={() => void count()}
          >
            {step.at === 'counting' ? t.captureCounting : t.capturePage}
          </button>
        </p>
      )}
      {asking && (
        <fieldset class="capture-confirm">
          <p data-testid="capture-removed">
            {removedSummary(step.removed, lang)
              ? t.captureRemoved(removedSummary(step.removed, lang))
              : t.captureNothingRemoved}
          </p>
          <p>
            <button
              type="button"
              data-testid="capture-confirm"
              disabled={step.at === 'saving'}
              onClick={() => void save(step.removed)}
            >
              {step.at === 'saving' ? t.captureSaving : t.captureConfirm}
            </button>{' '}
            <button
              type="button"
              data-testid="capture-cancel"
              disabled={step.at === 'saving'}
              onClick={() => setStep({ at: 'idle' })}
            >
              {t.captureCancel}
            </button>
          </p>
        </fieldset>
      )}
      {step.at === 'saved' && (
        <p role="status" data-testid="capture-saved">
          {t.captureSaved(step.fileName)}
        </p>
      )}
      {step.at === 'failed' && (
        <p role="alert" class="error">
          {step.message}
        </p>
      )}
    </section>
  );
}
