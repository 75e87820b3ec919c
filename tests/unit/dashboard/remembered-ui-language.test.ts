import { describe, expect, it } from 'vitest';
import {
  rememberedUiLanguage,
  rememberUiLanguage,
} from '../../../entrypoints/dashboard/remembered-ui-language';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

describe('the UI language remembered for the dashboard’s first render', () => {
  it('is the last setting read, in any of the five languages', () => {
    const storage = memoryStorage();
    for (const lang of ['de', 'es', 'it', 'en', 'fr', 'auto'] as const) {
      rememberUiLanguage(lang, storage);
      expect(rememberedUiLanguage(storage)).toBe(lang);
    }
  });

  it('is the browser’s language ("auto") before any reading, or when the stored value is not a language', () => {
    const storage = memoryStorage();
    expect(rememberedUiLanguage(storage)).toBe('auto');
    storage.items.set('mcf-desk:ui-language', '<img src=x onerror=alert(1)>');
    expect(rememberedUiLanguage(storage)).toBe('auto');
  });

  it('falls back to "auto" when the page’s storage refuses, and never throws on remembering', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(rememberedUiLanguage(refusing)).toBe('auto');
    expect(() => rememberUiLanguage('de', refusing)).not.toThrow();
  });

  it('falls back to "auto" where the page has no storage at all (reading `localStorage` throws)', () => {
    // This test file runs in Node: `localStorage` is not defined, as where storage is refused.
    expect(typeof localStorage).toBe('undefined');
    expect(rememberedUiLanguage()).toBe('auto');
    expect(() => rememberUiLanguage('it')).not.toThrow();
  });
});
