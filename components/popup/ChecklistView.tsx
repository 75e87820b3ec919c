import { useState } from 'preact/hooks';
import type { Checklist } from '../../core/checklists/checklists';
import { stepKey } from '../../core/checklists/checklists';
import type { Checklist as StoredChecklist } from '../../core/messages/background';
import { formatInstant, type Lang, POPUP_TEXTS } from './format';

// One situation's checklist. Each step is a checkbox remembered per order (through the
// background); a `copy-claim` step offers the Selling Partner Support case text, a `case-id` step
// records the case id as the step's note, a `return-form` step holds the return prefill.

export interface ChecklistViewProps {
  lang: Lang;
  checklist: Checklist;
  state: StoredChecklist;
  /** The case text for Selling Partner Support, when this situation has one now. */
  claimText: string | null;
  onStep: (stepKey: string, done: boolean, note?: string) => Promise<void>;
  onCopy: (text: string) => Promise<boolean>;
  /** Beside the copy button: opens Selling Partner Support with the case text (issue 15 item 7). */
  supportButton?: (text: string) => preact.ComponentChildren;
  /** Rendered under the `return-form` step. */
  returnForm?: preact.ComponentChildren;
  /** Steps the order's own state shows done (the return's stage), and steps that do not apply. */
  derived?: { done: ReadonlySet<string>; notApplicable: ReadonlySet<string> };
  /** Rendered under the step of that id (e.g. the return's status under `follow`). */
  stepExtras?: Readonly<Record<string, preact.ComponentChildren>>;
  /** Rendered after the steps (the evidence pack of a lost or damaged claim). */
  footer?: preact.ComponentChildren;
}

export function ChecklistView(props: ChecklistViewProps) {
  const { lang, checklist } = props;
  const t = POPUP_TEXTS[lang];
  return (
    <section
      class="checklist"
      data-testid={`checklist-${checklist.id}`}
      aria-labelledby={`cl-${checklist.id}`}
    >
      <h3 id={`cl-${checklist.id}`}>{checklist.title[lang]}</h3>
      <ol>
        {checklist.steps.map((step) => {
          const key = stepKey(checklist.id, step.id);
          const saved = props.state.steps[key];
          const inputId = `step-${key}`;
          const byState = props.derived?.done.has(step.id) ?? false;
          const notApplicable = props.derived?.notApplicable.has(step.id) ?? false;
          return (
            <li
              key={key}
              data-step={key}
              {...(byState ? { 'data-by-state': 'true' } : {})}
              {...(notApplicable ? { 'data-not-applicable': 'true' } : {})}
            >
              <input
                id={inputId}
                type="checkbox"
                checked={(saved?.done ?? false) || byState}
                disabled={byState || notApplicable}
                onChange={(e) => void props.onStep(key, e.currentTarget.checked, saved?.note)}
              />
              <label for={inputId}>{step.text[lang]}</label>
              {byState && !saved?.done && <span class="done-at"> ({t.doneByState})</span>}
              {notApplicable && <span class="done-at"> ({t.notApplicable})</span>}
              {props.stepExtras?.[step.id]}
              {saved?.done && (
                <span class="done-at">
                  {' '}
                  ({t.doneOn} {formatInstant(saved.at, lang)})
                </span>
              )}
              {step.kind === 'copy-claim' && (
                <ClaimCopy
                  lang={lang}
                  text={props.claimText}
                  onCopy={props.onCopy}
                  supportButton={props.supportButton}
                />
              )}
              {step.kind === 'case-id' && (
                <CaseId lang={lang} stepKey={key} saved={saved?.note ?? ''} onSave={props.onStep} />
              )}
              {step.kind === 'return-form' && props.returnForm}
            </li>
          );
        })}
      </ol>
      {props.footer}
    </section>
  );
}

function ClaimCopy({
  lang,
  text,
  onCopy,
  supportButton,
}: {
  lang: Lang;
  text: string | null;
  onCopy: (text: string) => Promise<boolean>;
  supportButton?: ((text: string) => preact.ComponentChildren) | undefined;
}) {
  const t = POPUP_TEXTS[lang];
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  if (text === null) return <p class="hint">{t.noClaimYet}</p>;
  return (
    <div class="claim">
      <button type="button" onClick={async () => setStatus((await onCopy(text)) ? 'copied' : 'failed')}>
        {t.copyClaim}
      </button>
      <span role="status">{status === 'copied' ? t.copied : status === 'failed' ? t.copyFailed : ''}</span>
      {supportButton?.(text)}
      <details open={status === 'failed'}>
        <summary>{t.claimText}</summary>
        <textarea readOnly rows={8} aria-label={t.claimText} value={text} data-testid="claim-text" />
      </details>
    </div>
  );
}

function CaseId({
  lang,
  stepKey: key,
  saved,
  onSave,
}: {
  lang: Lang;
  stepKey: string;
  saved: string;
  onSave: (stepKey: string, done: boolean, note?: string) => Promise<void>;
}) {
  const t = POPUP_TEXTS[lang];
  const [value, setValue] = useState(saved);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const id = `case-${key}`;
  return (
    <form
      class="case-id"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await onSave(key, value.trim() !== '', value.trim());
          setStatus('saved');
        } catch {
          setStatus('failed');
        }
      }}
    >
      <label for={id}>{t.caseId}</label>{' '}
      <input id={id} value={value} maxLength={200} onInput={(e) => setValue(e.currentTarget.value)} />{' '}
      <button type="submit">{t.save}</button>{' '}
      <span role="status">{status === 'saved' ? t.saved : status === 'failed' ? t.saveFailed : ''}</span>
    </form>
  );
}
