import { isUiLanguage } from '../../core/i18n/lang';
import type { AppSettings } from '../../core/model/app-settings';

// The dashboard asks the background for the settings only once its first rows are shown (nothing
// delays them), but its first render must already speak the seller's chosen language: the last
// `uiLanguage` read is remembered in this page's own storage (the extension's origin, never a web
// page's) and used until the settings arrive.

const KEY = 'mcf-desk:ui-language';

export function rememberedUiLanguage(storage?: Pick<Storage, 'getItem'>): AppSettings['uiLanguage'] {
  try {
    // Inside the `try`: where storage is refused, reading `localStorage` itself throws.
    // Checked without the settings' schema: this runs before the first paint.
    const stored = (storage ?? localStorage).getItem(KEY);
    return stored !== null && isUiLanguage(stored) ? stored : 'auto';
  } catch {
    // Storage refused (disabled, or a sandboxed page): the browser's language, as before.
    return 'auto';
  }
}

export function rememberUiLanguage(
  value: AppSettings['uiLanguage'],
  storage?: Pick<Storage, 'setItem'>,
): void {
  try {
    (storage ?? localStorage).setItem(KEY, value);
  } catch {
    // Only a hint for the next opening: the settings read then corrects the language.
  }
}
