import type { Marketplace } from '../model/order';

// The five languages MCF Desk speaks. Every text table is a `Record<Lang, Texts>` whose `Texts`
// comes from its English table, so a key missing in one language fails the typecheck (and a unit
// test iterates every table). Pure TS: the browser's language is passed in.

export const LANGS = ['fr', 'en', 'de', 'es', 'it'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** A browser language tag ("de-AT", "es", "fr_FR") to one of ours; English when none matches. */
export function langOf(browserLanguage: string | undefined): Lang {
  const prefix = browserLanguage?.toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(prefix) ? prefix : 'en';
}

/** The interface's language setting (`AppSettings.uiLanguage`): `auto` follows the browser's. */
export const UI_LANGUAGES = ['auto', ...LANGS] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The `uiLanguage` setting: a language, or `auto` for the browser's. */
export function resolveUiLang(setting: UiLanguage | undefined, browserLanguage: string | undefined): Lang {
  return setting && setting !== 'auto' ? setting : langOf(browserLanguage);
}

/** The locale dates are written in when no marketplace says otherwise. */
export const LANG_LOCALE: Readonly<Record<Lang, string>> = {
  fr: 'fr-FR',
  en: 'en-GB',
  de: 'de-DE',
  es: 'es-ES',
  it: 'it-IT',
};

/** Each language in its own words, for the language settings. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  fr: 'Français',
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
};

/**
 * The language of a marketplace's Selling Partner Support: amazon.fr (and .com.be) French,
 * amazon.de German, amazon.es (and .com.mx) Spanish, amazon.it Italian, every other one
 * (.co.uk, .com, and the marketplaces whose language MCF Desk does not speak) English. On the
 * European host the marketplace was already chosen by the page's language.
 */
export function supportLangOf(marketplace: Pick<Marketplace, 'countryCode'>): Lang {
  return SUPPORT_LANG[marketplace.countryCode.toUpperCase()] ?? 'en';
}

const SUPPORT_LANG: Readonly<Record<string, Lang>> = {
  FR: 'fr',
  BE: 'fr',
  DE: 'de',
  AT: 'de',
  ES: 'es',
  MX: 'es',
  IT: 'it',
};

/** The `caseTextLanguage` setting: a language, or `marketplace` for the order's support language. */
export function caseLangFor(
  setting: 'marketplace' | Lang | undefined,
  marketplace: Pick<Marketplace, 'countryCode'>,
): Lang {
  return setting && setting !== 'marketplace' ? setting : supportLangOf(marketplace);
}
