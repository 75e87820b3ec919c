import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIMS_TEXTS } from '../../../components/dashboard/claims/texts';
import { PAGING_TEXTS } from '../../../components/dashboard/paging-texts';
import { DASHBOARD_TEXTS } from '../../../components/dashboard/texts';
import { FILL_REPORT_TEXTS } from '../../../components/fill-report-text';
import { FIELD_NAMES, FINDING_TEXTS, RETURN_CONDITION_NAMES } from '../../../components/finding-text';
import { FIELD_LABELS, OVERLAY_TEXTS } from '../../../components/overlay/texts';
import { POPUP_CLAIM_TEXTS } from '../../../components/popup/claim-texts';
import { POPUP_TEXTS } from '../../../components/popup/texts';
import { ORDER_STATUS, PACKAGE_STATUS, SHIPMENT_STATUS } from '../../../components/status-text';
import { SUPPORT_TEXTS } from '../../../components/support-text';
import { CHECKLIST_IDS, CHECKLISTS } from '../../../core/checklists/checklists';
import { CASE_TEXTS } from '../../../core/claims/case-text';
import { CLAIM_TEXTS, DAMAGE_SOURCE } from '../../../core/claims/claim-text';
import { FOLLOW_UP_TEXTS } from '../../../core/claims/follow-up-text';
import { EVIDENCE_TEXTS } from '../../../core/export/evidence-texts';
import { CSV_TEXTS } from '../../../core/export/table-csv';
import {
  caseLangFor,
  LANG_LOCALE,
  LANG_NAMES,
  LANGS,
  type Lang,
  langOf,
  resolveUiLang,
  supportLangOf,
} from '../../../core/i18n/lang';
import { REASON_SUGGESTIONS } from '../../../core/return-form/reasons';
import { BACKGROUND_TEXTS } from '../../../entrypoints/background/texts';

// Every text table of the extension, in every language. The types already refuse a missing key
// (each language has the English table's type); this test also catches a table typed loosely, an
// empty text, and a language left out of a table built at run time.

const TABLES: Record<string, Readonly<Record<Lang, unknown>>> = {
  'overlay (components/overlay/texts.ts)': OVERLAY_TEXTS,
  'overlay field labels': FIELD_LABELS,
  'dashboard (components/dashboard/texts.ts)': DASHBOARD_TEXTS,
  'claims tab (components/dashboard/claims/texts.ts)': CLAIMS_TEXTS,
  'paged table and re-assessment progress (components/dashboard/paging-texts.ts)': PAGING_TEXTS,
  'popup (components/popup/texts.ts)': POPUP_TEXTS,
  'popup claim panel (components/popup/claim-texts.ts)': POPUP_CLAIM_TEXTS,
  'fill reports (components/fill-report-text.ts)': FILL_REPORT_TEXTS,
  'return reasons (core/return-form/reasons.ts)': Object.fromEntries(
    LANGS.map((l) => [l, Object.fromEntries(REASON_SUGGESTIONS.map((r) => [r.code, r.labels[l]]))]),
  ) as Record<Lang, unknown>,
  'badge tooltip and notifications (entrypoints/background/texts.ts)': BACKGROUND_TEXTS,
  'findings (components/finding-text.ts)': FINDING_TEXTS,
  'finding field names': FIELD_NAMES,
  'return conditions': RETURN_CONDITION_NAMES,
  'order statuses (components/status-text.ts)': ORDER_STATUS,
  'package statuses': PACKAGE_STATUS,
  'shipment statuses': SHIPMENT_STATUS,
  'case texts (core/claims/claim-text.ts)': CLAIM_TEXTS,
  'damage sources': DAMAGE_SOURCE,
  'case texts of several orders (core/claims/case-text.ts)': CASE_TEXTS,
  'claim follow-ups (core/claims/follow-up-text.ts)': FOLLOW_UP_TEXTS,
  'CSV headers (core/export/table-csv.ts)': CSV_TEXTS,
  'evidence pack (core/export/evidence-texts.ts)': EVIDENCE_TEXTS,
  'support case prefill (components/support-text.ts)': SUPPORT_TEXTS,
  'language names': Object.fromEntries(LANGS.map((l) => [l, LANG_NAMES])) as Record<Lang, unknown>,
  'date locales': Object.fromEntries(LANGS.map((l) => [l, { locale: LANG_LOCALE[l] }])) as Record<
    Lang,
    unknown
  >,
  ...Object.fromEntries(
    CHECKLIST_IDS.map((id) => [
      `checklist ${id} (core/checklists/checklists.ts)`,
      Object.fromEntries(
        LANGS.map((l) => [
          l,
          {
            title: CHECKLISTS[id].title[l],
            ...Object.fromEntries(CHECKLISTS[id].steps.map((s) => [s.id, s.text[l]])),
          },
        ]),
      ) as Record<Lang, unknown>,
    ]),
  ),
};

/** Every leaf of a table as `path → kind`: the shape two languages must share. */
function shape(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    out.set(`${path}[]`, `array of ${value.length}`);
    for (const [i, v] of value.entries()) shape(v, `${path}[${i}]`, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) shape(v, path ? `${path}.${key}` : key, out);
  } else out.set(path, typeof value);
  return out;
}

function emptyTexts(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, v]) => emptyTexts(v, `${path}.${key}`));
  return [];
}

describe('text tables', () => {
  it.each(Object.keys(TABLES))('%s: every key in every language', (name) => {
    const table = TABLES[name] as Record<Lang, unknown>;
    expect(Object.keys(table).sort()).toEqual([...LANGS].sort());
    const english = shape(table.en);
    expect(english.size).toBeGreaterThan(0);
    for (const lang of LANGS) {
      expect([...shape(table[lang])].sort(), `${name}, ${lang}`).toEqual([...english].sort());
      expect(emptyTexts(table[lang]), `${name}, ${lang}: empty texts`).toEqual([]);
    }
  });

  it('every function of a table gives a text in every language', () => {
    // Functions are called with plausible arguments: a wrong template shows as "undefined".
    const texts = LANGS.map((l) => ({
      l,
      out: [
        DASHBOARD_TEXTS[l].loading(1, 2),
        DASHBOARD_TEXTS[l].shown(1, 2),
        DASHBOARD_TEXTS[l].selected(2),
        DASHBOARD_TEXTS[l].selectRow('402-1'),
        DASHBOARD_TEXTS[l].daysLeft(-3),
        DASHBOARD_TEXTS[l].claimsWritten(2, 1),
        DASHBOARD_TEXTS[l].backup.restored(5),
        DASHBOARD_TEXTS[l].learned.deleteLabel('f', 'h'),
        DASHBOARD_TEXTS[l].learned.imported(1, 2),
        CLAIMS_TEXTS[l].prepare.intro(5),
        CLAIMS_TEXTS[l].prepare.caseTitle(2, 3, 5),
        CLAIMS_TEXTS[l].prepare.textLabel(2),
        CLAIMS_TEXTS[l].prepare.language('x'),
        CLAIMS_TEXTS[l].prepare.crossWarning('Europe', 2.5),
        CLAIMS_TEXTS[l].list.days(40),
        CLAIMS_TEXTS[l].list.caseIdFor('402-1'),
        CLAIMS_TEXTS[l].list.unpaid(30),
        CLAIMS_TEXTS[l].import.result({ rows: 3, matched: 2, paid: 1, partlyPaid: 1, unmatched: 1 }),
        CLAIMS_TEXTS[l].import.skipped(2),
        CLAIMS_TEXTS[l].gauge.figures(3, 1, 200),
        CLAIMS_TEXTS[l].gauge.rate(1.5, 0.5),
        CLAIMS_TEXTS[l].gauge.meterLabel('Europe'),
        POPUP_CLAIM_TEXTS[l].record(POPUP_CLAIM_TEXTS[l].reason.lost),
        POPUP_CLAIM_TEXTS[l].filedOn('2 déc.', '123'),
        POPUP_CLAIM_TEXTS[l].filedOn('2 déc.', undefined),
        POPUP_CLAIM_TEXTS[l].paid('23,50 €'),
        BACKGROUND_TEXTS[l].orderTitle('402-1'),
        BACKGROUND_TEXTS[l].summaryTitle(4),
        POPUP_TEXTS[l].range(1, 2, 3),
        POPUP_TEXTS[l].snoozeLabel('x', '402-1'),
        POPUP_TEXTS[l].quantityFor('SKU-1', 2),
        POPUP_TEXTS[l].otherOrderForm('402-1', '402-2'),
        POPUP_TEXTS[l].captureSaved('page.html'),
        FILL_REPORT_TEXTS[l].problems['read-back-differs']('2', '1'),
        FILL_REPORT_TEXTS[l].refusals['rows-ambiguous'](' (x)'),
        CASE_TEXTS[l].subject.lost(3, 5),
        CASE_TEXTS[l].subject.damaged(1, 1),
        CASE_TEXTS[l].intro.lost(3),
        CASE_TEXTS[l].intro.damaged(2),
        CASE_TEXTS[l].orderHeading(1, 3),
      ],
    }));
    for (const { l, out } of texts)
      for (const text of out) expect(text, l).not.toMatch(/undefined|NaN|\[object/);
  });

  it('the extension name and description exist in every language (_locales)', () => {
    for (const lang of LANGS) {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
      expect(Object.keys(messages).sort(), lang).toEqual(['extDescription', 'extName']);
      expect(messages.extName.message).toBe('MCF Desk');
      expect(messages.extDescription.message.length, lang).toBeGreaterThan(20);
      // Chrome's limit for a manifest description.
      expect(messages.extDescription.message.length, lang).toBeLessThanOrEqual(132);
    }
  });
});

describe('language choice', () => {
  it('follows the browser, English for a language MCF Desk does not speak', () => {
    expect(langOf('de-AT')).toBe('de');
    expect(langOf('es')).toBe('es');
    expect(langOf('it_IT')).toBe('it');
    expect(langOf('fr-CA')).toBe('fr');
    expect(langOf('nl-NL')).toBe('en');
    expect(langOf(undefined)).toBe('en');
    expect(resolveUiLang('auto', 'es-ES')).toBe('es');
    expect(resolveUiLang('it', 'es-ES')).toBe('it');
  });

  it('writes case texts in the language of the marketplace support unless set', () => {
    expect(supportLangOf({ countryCode: 'FR' })).toBe('fr');
    expect(supportLangOf({ countryCode: 'DE' })).toBe('de');
    expect(supportLangOf({ countryCode: 'ES' })).toBe('es');
    expect(supportLangOf({ countryCode: 'IT' })).toBe('it');
    expect(supportLangOf({ countryCode: 'GB' })).toBe('en');
    expect(supportLangOf({ countryCode: 'US' })).toBe('en');
    expect(supportLangOf({ countryCode: 'PL' })).toBe('en');
    expect(caseLangFor('marketplace', { countryCode: 'IT' })).toBe('it');
    expect(caseLangFor('fr', { countryCode: 'IT' })).toBe('fr');
  });
});
