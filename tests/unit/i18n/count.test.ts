import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCount } from '../../../core/i18n/count';
import { LANGS } from '../../../core/i18n/lang';

afterEach(() => vi.unstubAllGlobals());

describe('counts in a text', () => {
  it('write a number as the language does, and make one formatter per language however many counts', () => {
    const made: unknown[] = [];
    class Counted extends Intl.NumberFormat {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        made.push(args[0]);
      }
    }
    vi.stubGlobal('Intl', Object.create(Intl, { NumberFormat: { value: Counted } }));
    for (const lang of LANGS)
      for (const n of [0, 7, 1234, 100000, 2_500_000])
        expect(formatCount(n, lang)).toBe(n.toLocaleString(lang));
    expect(made).toEqual([...LANGS]);
    expect(formatCount(100000, 'de')).toBe('100.000');
    expect(formatCount(100000, 'fr')).toBe('100\u202f000');
  });
});
