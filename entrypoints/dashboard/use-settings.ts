import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DASHBOARD_TEXTS, type DashboardLang } from '../../components/dashboard/texts';
import { errorText } from '../../core/error-text';
import { resolveUiLang } from '../../core/i18n/lang';
import type { AppSettings } from '../../core/model/app-settings';
import { send } from './connection';
import { rememberedUiLanguage, rememberUiLanguage } from './remembered-ui-language';

// The settings as the dashboard holds them: read from the background once `load` says so (after
// the table's first rows: a reply arriving meanwhile would re-render the page under them), saved
// and wiped through it. The UI language comes from them, else from the last one read (remembered
// for the next opening's first render), else from the browser.

/** The `uiLanguage` setting, else the browser's interface language. */
export function languageOf(setting: AppSettings['uiLanguage'] | undefined): DashboardLang {
  return resolveUiLang(setting, browser.i18n.getUILanguage());
}

export function useSettings(load: boolean, fail: (error: unknown) => void) {
  const [settings, setSettingsState] = useState<AppSettings | null>(null);
  const [remembered] = useState(rememberedUiLanguage);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lang = languageOf(settings?.uiLanguage ?? remembered);

  const setSettings = useCallback((next: AppSettings) => {
    rememberUiLanguage(next.uiLanguage);
    setSettingsState(next);
  }, []);
  const reload = useCallback(async () => setSettings(await send('settings.get', {})), []);

  useEffect(() => {
    if (load) reload().catch(fail);
  }, [load]);

  async function save(next: AppSettings) {
    setError(null);
    setMessage(null);
    try {
      const saved = await send('settings.update', {
        claimWindowDays: next.claimWindowDays,
        returnReminderDays: next.returnReminderDays,
        unpaidClaimDays: next.unpaidClaimDays,
        maxItemsPerCase: next.maxItemsPerCase,
        notifications: next.notifications,
        returnCommentTemplate: next.returnCommentTemplate,
        uiLanguage: next.uiLanguage,
        caseTextLanguage: next.caseTextLanguage,
      });
      setSettings(saved);
      setMessage(DASHBOARD_TEXTS[languageOf(saved.uiLanguage)].settings.saved);
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  /** Every order, claim and setting deleted (after the seller confirmed); `afterwards` then runs. */
  async function deleteAll(afterwards: () => Promise<void>) {
    const texts = DASHBOARD_TEXTS[lang];
    if (!confirm(texts.settings.deleteConfirm)) return;
    try {
      await send('data.deleteAll', { confirm: 'delete-all' });
      await reload();
      setMessage(texts.settings.deleted);
      await afterwards();
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return { settings, lang, message, error, save, deleteAll, reload };
}
