import { useEffect, useState } from 'preact/hooks';
import {
  type AppSettings,
  CASE_TEXT_LANGUAGES,
  MAX_ITEMS_PER_CASE,
  MIN_ITEMS_PER_CASE,
  NOTIFICATION_MODES,
  UI_LANGUAGES,
} from '../../core/model/app-settings';
import {
  MAX_UNPAID_CLAIM_DAYS,
  MIN_CLAIM_WINDOW_DAYS,
  MIN_UNPAID_CLAIM_DAYS,
} from '../../core/model/finding';
import type { DashboardTexts } from './texts';

interface Props {
  texts: DashboardTexts;
  settings: AppSettings | null;
  message: string | null;
  error: string | null;
  onSave: (settings: AppSettings) => void;
  onDeleteAll: () => void;
}

export function SettingsPanel({ texts, settings, message, error, onSave, onDeleteAll }: Props) {
  const t = texts.settings;
  const [draft, setDraft] = useState(settings);
  useEffect(() => setDraft(settings), [settings]);
  if (!draft) return <p>…</p>;
  const set = (patch: Partial<AppSettings>) => setDraft({ ...draft, ...patch });
  const int = (e: Event) => Number.parseInt((e.currentTarget as HTMLInputElement).value, 10);
  return (
    <section class="settings-panel" aria-label={texts.tabs.settings}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave(draft);
        }}
      >
        <label>
          {t.claimWindowDays}
          <input
            type="number"
            min={MIN_CLAIM_WINDOW_DAYS}
            max={3650}
            required
            value={draft.claimWindowDays}
            onInput={(e) => set({ claimWindowDays: int(e) })}
            data-testid="setting-claim-window"
          />
          <small>{t.claimWindowHint}</small>
        </label>
        <label>
          {t.returnReminderDays}
          <input
            type="number"
            min={1}
            max={365}
            required
            value={draft.returnReminderDays}
            onInput={(e) => set({ returnReminderDays: int(e) })}
            data-testid="setting-return-reminder"
          />
        </label>
        <label>
          {t.unpaidClaimDays}
          <input
            type="number"
            min={MIN_UNPAID_CLAIM_DAYS}
            max={MAX_UNPAID_CLAIM_DAYS}
            required
            value={draft.unpaidClaimDays}
            onInput={(e) => set({ unpaidClaimDays: int(e) })}
            data-testid="setting-unpaid-claim-days"
          />
        </label>
        <label>
          {t.maxItemsPerCase}
          <input
            type="number"
            min={MIN_ITEMS_PER_CASE}
            max={MAX_ITEMS_PER_CASE}
            required
            value={draft.maxItemsPerCase}
            onInput={(e) => set({ maxItemsPerCase: int(e) })}
            data-testid="setting-max-items-per-case"
          />
          <small>{t.maxItemsPerCaseHint}</small>
        </label>
        <label>
          {t.notifications}
          <select
            value={draft.notifications}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              const mode = NOTIFICATION_MODES.find((m) => m === v);
              if (mode) set({ notifications: mode });
            }}
            data-testid="setting-notifications"
          >
            {NOTIFICATION_MODES.map((m) => (
              <option key={m} value={m}>
                {t.notificationModes[m]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.returnCommentTemplate}
          <textarea
            rows={3}
            maxLength={2000}
            required
            value={draft.returnCommentTemplate}
            onInput={(e) => set({ returnCommentTemplate: (e.currentTarget as HTMLTextAreaElement).value })}
            data-testid="setting-comment"
          />
        </label>
        <label>
          {t.language}
          <select
            value={draft.uiLanguage}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              const uiLanguage = UI_LANGUAGES.find((l) => l === v);
              if (uiLanguage) set({ uiLanguage });
            }}
            data-testid="setting-language"
          >
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t.languages[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.caseTextLanguage}
          <select
            value={draft.caseTextLanguage}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              const caseTextLanguage = CASE_TEXT_LANGUAGES.find((l) => l === v);
              if (caseTextLanguage) set({ caseTextLanguage });
            }}
            data-testid="setting-case-language"
          >
            {CASE_TEXT_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t.caseTextLanguages[l]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" data-testid="settings-save">
          {t.save}
        </button>
      </form>
      {message ? <p role="status">{message}</p> : null}
      {error ? (
        <p class="error" role="alert">
          {texts.error}: {error}
        </p>
      ) : null}
      <hr />
      <button type="button" class="danger" onClick={onDeleteAll} data-testid="delete-all">
        {t.deleteAll}
      </button>
    </section>
  );
}
