// Names written in another script than the page's. Seller Central's pages are in Latin letters
// (fr, en, de, es, it); a buyer writes their name in Cyrillic ("Дмитрий Иванов"), Greek
// ("Ελένη Καραγιάννη"), Arabic ("محمد العلي") or Chinese ("王小明") under a message or in an
// address, where no label says it is a name. Two capitalized words of a cased script are a
// name; in a script without capitals (Arabic, Hebrew, Chinese, Japanese, Korean, Thai, Indic)
// any run of words is taken, since nothing the reader needs is written so. A word alone in a
// cased script ("Спасибо") stays.

/** Letters of scripts with capitals, other than Latin. */
const CASED = '\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Armenian}';
const UPPER = `(?=[${CASED}])\\p{Lu}`;
const CASED_WORD = `${UPPER}(?:(?=[${CASED}])\\p{Ll}|\\p{M})+|${UPPER}\\.`;
const CASELESS =
  '\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Tamil}\\p{Script=Georgian}\\p{Script=Ethiopic}\\p{M}\\u30fc\\u30fb';
const CASELESS_WORD = `[${CASELESS}]+`;

export const SCRIPT_NAMES: readonly RegExp[] = [
  new RegExp(
    `(?<![\\p{L}\\p{M}])(?:${CASED_WORD})(?:[ \\u00a0-](?:${CASED_WORD})){1,3}(?![\\p{L}\\p{M}])`,
    'gu',
  ),
  new RegExp(
    `(?<![\\p{L}\\p{M}])${CASELESS_WORD}(?:[ \\u00a0]${CASELESS_WORD}){0,4}(?![\\p{L}\\p{M}])`,
    'gu',
  ),
];

/**
 * Names of languages in their own script, as a page's language picker lists them: the page's
 * words, not a person.
 */
const LANGUAGE_NAMES = new Set([
  '中文',
  '简体中文',
  '繁體中文',
  '中文 简体',
  '中文 繁體',
  '日本語',
  '한국어',
  'العربية',
  'עברית',
  'Русский',
  'Українська',
  'Ελληνικά',
  'हिन्दी',
  'ไทย',
  '简体',
  '繁體',
]);
export const isLanguageName = (text: string): boolean => LANGUAGE_NAMES.has(text.trim());

/** Cheap first look: a letter of a script other than Latin. */
export const MAY_HOLD_SCRIPT_NAME = new RegExp(`[${CASED}${CASELESS.replace('\\p{M}', '')}]`, 'u');
