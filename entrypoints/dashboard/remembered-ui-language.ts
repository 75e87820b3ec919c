import { type AppSettings, AppSettingsSchema } from '../../core/model/app-settings';

// The dashboard asks the background for the settings only once its first rows are shown (nothing
// delays them), but its first render must already speak the seller's chosen language: the last
// `uiLanguage` read is remembered in this page's own storage (the extension's origin, never a web
// page's) and used until the settings arrive.

const KEY = 'mcf-desk:ui-language';
const UiLanguage = AppSettingsSchema.shape.uiLanguage.unwrap();

export function rememberedUiLanguage(storage?: Pick<Storage, 'getItem'>): AppSettings['uiLanguage'] {
  try {
    // Inside the `try`: where storage is refused, reading `localStorage` itself throws.
    return UiLanguage.catch('auto').parse((storage ?? localStorage).getItem(KEY));
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
