import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarketplaceDate } from '../../../core/dates/parse-date';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

// [text, locale, expected, referenceDay?]
type Case = readonly [string, string, string | null, string?];

const CASES: readonly Case[] = [
  // French: CLDR forms of domain.md §4, abbreviations with and without dots and accents.
  ['3 déc. 2024', 'fr', '2024-12-03'],
  ['mar. 3 déc. 2024', 'fr-FR', '2024-12-03'],
  ['3 décembre 2024', 'fr', '2024-12-03'],
  ['mardi 3 décembre 2024', 'fr', '2024-12-03'],
  ['03/12/2024', 'fr', '2024-12-03'],
  ['3 dec 2024', 'fr', '2024-12-03'],
  ['3 DÉC. 2024', 'fr', '2024-12-03'],
  ['3 de\u0301c. 2024', 'fr', '2024-12-03'], // decomposed accent
  [`3${NBSP}déc.${NBSP}2024`, 'fr', '2024-12-03'],
  [`3${NNBSP}déc.${NNBSP}2024`, 'fr', '2024-12-03'],
  ['12 mars 2025', 'fr', '2025-03-12'],
  ['1 mai 2025', 'fr', '2025-05-01'],
  ['1er mai 2025', 'fr', '2025-05-01'],
  ['15 juin 2025', 'fr', '2025-06-15'],
  ['15 août 2025', 'fr', '2025-08-15'],
  ['15 aout 2025', 'fr', '2025-08-15'],
  ['3 févr. 2025', 'fr', '2025-02-03'],
  ['3 fevr 2025', 'fr', '2025-02-03'],
  ['29 févr. 2024', 'fr', '2024-02-29'],
  ['4 juil. 2025', 'fr', '2025-07-04'],
  ['8 sept. 2025', 'fr', '2025-09-08'],
  // "mar." is Tuesday before the day and March after it.
  ['mar. 4 mars 2025', 'fr', '2025-03-04'],
  ['mar. 11 mars 2025', 'fr', '2025-03-11'],
  ['ven. 7 mars 2025', 'fr', '2025-03-07'],
  // Ranges keep their last day.
  ['3–5 déc. 2024', 'fr', '2024-12-05'],
  ['3 - 5 déc. 2024', 'fr', '2024-12-05'],
  ['3 déc. – 5 janv. 2025', 'fr', '2025-01-05'],
  ['28 déc. 2024 – 3 janv.', 'fr', '2025-01-03'],
  ['du 3 au 5 déc. 2024', 'fr', '2024-12-05'],
  ['mar. 3 déc. – jeu. 5 déc. 2024', 'fr', '2024-12-05'],
  // Year missing: only with a reference day, and then the nearest year.
  ['3 déc.', 'fr', null],
  ['3 déc.', 'fr', '2024-12-03', '2024-11-20'],
  ['3 janv.', 'fr', '2025-01-03', '2024-12-20'],
  ['28 déc.', 'fr', '2024-12-28', '2025-01-04'],
  ['29 févr.', 'fr', '2024-02-29', '2025-01-10'],
  ['03/12', 'fr', '2024-12-03', '2024-12-01'],
  // Impossible or contradicted dates.
  ['31 févr. 2024', 'fr', null],
  ['29 févr. 2025', 'fr', null],
  ['31 avr. 2025', 'fr', null],
  ['32 déc. 2024', 'fr', null],
  ['31/02/2024', 'fr', null],
  ['lun. 3 déc. 2024', 'fr', null], // 3 Dec 2024 was a Tuesday
  ['13/13/2024', 'fr', null],
  // en-GB
  ['3 Dec 2024', 'en-GB', '2024-12-03'],
  ['Tue, 3 Dec 2024', 'en-GB', '2024-12-03'],
  ['Tuesday, 3 December 2024', 'en-GB', '2024-12-03'],
  ['3 Sept 2025', 'en-GB', '2025-09-03'],
  ['03/12/2024', 'en-GB', '2024-12-03'],
  ['3rd December 2024', 'en-GB', '2024-12-03'],
  ['3 Mar 2025', 'en-GB', '2025-03-03'],
  // en-US: month first, also in numeric form.
  ['Dec 3, 2024', 'en-US', '2024-12-03'],
  ['Tue, Dec 3, 2024', 'en-US', '2024-12-03'],
  ['Tuesday, December 3, 2024', 'en-US', '2024-12-03'],
  ['12/03/2024', 'en-US', '2024-12-03'],
  ['12/3/24', 'en-US', '2024-12-03'],
  ['Dec 3 – 5, 2024', 'en-US', '2024-12-05'],
  ['Dec 30, 2024 - Jan 2, 2025', 'en-US', '2025-01-02'],
  ['Mar 4, 2025', 'en-US', '2025-03-04'],
  ['02/30/2024', 'en-US', null],
  // de
  ['3. Dez. 2024', 'de', '2024-12-03'],
  ['03.12.2024', 'de', '2024-12-03'],
  ['03.12.24', 'de-DE', '2024-12-03'],
  ['Di., 3. Dez. 2024', 'de', '2024-12-03'],
  ['Dienstag, 3. Dezember 2024', 'de', '2024-12-03'],
  ['4. März 2025', 'de', '2025-03-04'],
  ['4. Maerz 2025', 'de', '2025-03-04'],
  ['4. Mrz. 2025', 'de', '2025-03-04'],
  ['3.–5. Dez. 2024', 'de', '2024-12-05'],
  ['31.04.2025', 'de', null],
  // es
  ['3 dic 2024', 'es', '2024-12-03'],
  ['3 de diciembre de 2024', 'es', '2024-12-03'],
  ['martes, 3 de diciembre de 2024', 'es', '2024-12-03'],
  ['mar, 3 dic 2024', 'es', '2024-12-03'],
  ['mar, 4 mar 2025', 'es', '2025-03-04'], // martes 4 de marzo
  ['4 mar 2025', 'es', '2025-03-04'],
  ['mié, 4 dic 2024', 'es', '2024-12-04'],
  ['mie, 4 dic 2024', 'es', '2024-12-04'],
  ['3/12/24', 'es', '2024-12-03'],
  // it
  ['3 dic 2024', 'it', '2024-12-03'],
  ['3 dicembre 2024', 'it', '2024-12-03'],
  ['martedì 3 dicembre 2024', 'it', '2024-12-03'],
  ['martedi 3 dicembre 2024', 'it', '2024-12-03'],
  ['mar 3 dic 2024', 'it', '2024-12-03'],
  ['4 mar 2025', 'it', '2025-03-04'],
  ['03/12/24', 'it', '2024-12-03'],
  ['dal 3 al 5 dic 2024', 'it', '2024-12-05'],
  // ISO, whatever the locale.
  ['2024-12-03', 'fr', '2024-12-03'],
  ['2024-12-03', 'en-US', '2024-12-03'],
  ['2024-02-30', 'de', null],
  // Not a date.
  ['', 'fr', null],
  ['Expédié', 'fr', null],
  ['Livraison estimée : 3 déc. 2024', 'fr', null],
  ['3 déc. 2024 12:30', 'fr', null],
  ['1Z999AA10123456784', 'en-US', null],
  ['402-1234567-1234567', 'en-GB', null],
  ['déc. 2024', 'fr', null],
  ['3 5 déc. 2024', 'fr', null],
  ['<img src=x onerror=alert(1)>', 'fr', null],
  ['3 déc. 2024 ou 4 déc. 2024', 'fr', null],
  // A word that is a month in one language and a weekday in another ("mar." mardi / martes /
  // martedì, "Mar" March) before a whole numeric date: the weekday (a browser-translated page).
  ['Mar., 19.11.2024', 'fr', '2024-11-19'],
  ['mar 19/11/2024', 'es', '2024-11-19'],
  ['Mar 3, 2024', 'en', '2024-03-03'],
];

describe('parseMarketplaceDate: hand-written cases', () => {
  for (const [text, locale, expected, referenceDay] of CASES) {
    it(`${JSON.stringify(text)} in ${locale}${referenceDay ? ` near ${referenceDay}` : ''}`, () => {
      expect(parseMarketplaceDate(text, locale, referenceDay)).toBe(expected);
    });
  }

  it('has at least 60 cases over the six locales', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    const languages = new Set(CASES.map(([, locale]) => (locale === 'en-US' ? locale : locale.slice(0, 2))));
    expect([...languages].sort()).toEqual(['de', 'en', 'en-US', 'es', 'fr', 'it']);
  });
});

const LOCALES = ['fr-FR', 'en-GB', 'en-US', 'de-DE', 'es-ES', 'it-IT'] as const;
const STYLES: readonly Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'short' },
  { dateStyle: 'medium' },
  { dateStyle: 'long' },
  { dateStyle: 'full' },
  { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
  { day: '2-digit', month: '2-digit', year: 'numeric' },
];
const FORMATTERS = LOCALES.flatMap((locale) =>
  STYLES.map((style) => ({
    locale,
    style,
    format: new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }),
  })),
);

describe('parseMarketplaceDate: Intl round trip', () => {
  it('reads back 1,000 random dates in every locale and style', () => {
    // 2000–2099: short dateStyle prints two-digit years, read as 20xx.
    const day = fc.integer({ min: Date.UTC(2000, 0, 1) / 864e5, max: Date.UTC(2099, 11, 31) / 864e5 });
    let checked = 0;
    fc.assert(
      fc.property(day, (dayNumber) => {
        const date = new Date(dayNumber * 864e5);
        const iso = date.toISOString().slice(0, 10);
        for (const { locale, style, format } of FORMATTERS) {
          const text = format.format(date);
          const parsed = parseMarketplaceDate(text, locale);
          if (parsed !== iso)
            throw new Error(`${locale} ${JSON.stringify(style)} ${JSON.stringify(text)} → ${parsed}`);
          checked++;
        }
      }),
      { seed: 20241203, numRuns: 1000 },
    );
    expect(checked).toBe(1000 * FORMATTERS.length);
  });

  it('reads dates whatever Unicode space separates their parts', () => {
    fc.assert(
      fc.property(fc.constantFrom(' ', NBSP, NNBSP, '  '), fc.constantFrom(...LOCALES), (space, locale) => {
        const text = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' })
          .format(new Date(Date.UTC(2025, 2, 4)))
          .replace(/\s/g, space);
        expect(parseMarketplaceDate(text, locale)).toBe('2025-03-04');
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it('never returns a malformed or impossible day for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom(...LOCALES), (text, locale) => {
        const parsed = parseMarketplaceDate(text, locale);
        if (parsed === null) return;
        expect(parsed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${parsed}T00:00:00Z`).toISOString().slice(0, 10)).toBe(parsed);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});
