import { collapse } from '../../page/text';
import { isCountryName } from '../personal-labels';
import { escapeRegExp, SEPARATOR, SEPARATORS } from './patterns';
import { PLACEHOLDERS, REMOVED_KINDS, type RemovedCounts, type RemovedKind } from './placeholders';

// What one capture removed: distinct values per kind (the counts the seller confirms before the
// file is written), and the exact names, streets and e-mails taken out of a labeled region, which
// are replaced again wherever else they appear (another text, an attribute, the `<title>`).

export class RemovedLedger {
  private readonly seen: Record<RemovedKind, Set<string>> = {
    names: new Set(),
    addresses: new Set(),
    phones: new Set(),
    emails: new Set(),
    messages: new Set(),
    ids: new Set(),
  };
  private regions = 0;
  /** Lower-cased removed text → its placeholder. */
  private readonly strings = new Map<string, string>();
  private everywhere: { size: number; pattern: RegExp | null } = { size: 0, pattern: null };

  note(kind: RemovedKind, value: string): void {
    this.seen[kind].add(value);
  }

  /** A labeled region replaced whole: counted once, whatever it held. */
  noteRegion(kind: RemovedKind): void {
    this.seen[kind].add(`\ufdd0region ${this.regions++}`);
  }

  /**
   * A value taken out of a labeled region, to be replaced wherever else it appears. Too short,
   * too long, a country, a placeholder or only digits and punctuation: not worth chasing (it
   * would replace ordinary words and numbers).
   */
  noteString(value: string, placeholder: string): void {
    const text = collapse(value);
    if (text.length < 3 || text.length > 80 || isCountryName(text)) return;
    if (Object.values(PLACEHOLDERS).some((p) => p.toLowerCase() === text.toLowerCase())) return;
    if (/^[\d\s.,:/-]*$/u.test(text)) return;
    this.strings.set(text.toLowerCase(), placeholder);
  }

  /** `text` with every removed string replaced by its placeholder, whatever its case or spacing. */
  replaceRemoved(text: string): string {
    const pattern = this.pattern();
    if (!pattern) return text;
    return text.replace(
      pattern,
      (found) =>
        this.strings.get(found.toLowerCase()) ??
        this.strings.get(collapse(found.replace(SEPARATORS, ' ')).toLowerCase()) ??
        PLACEHOLDERS.name,
    );
  }

  counts(): RemovedCounts {
    return Object.fromEntries(REMOVED_KINDS.map((kind) => [kind, this.seen[kind].size])) as RemovedCounts;
  }

  /** One alternation of the removed strings, longest first, rebuilt only when one was added. */
  private pattern(): RegExp | null {
    if (this.everywhere.size !== this.strings.size) {
      const alternatives = [...this.strings.keys()]
        .sort((a, b) => b.length - a.length)
        .map((text) => text.split(' ').map(escapeRegExp).join(SEPARATOR));
      this.everywhere = {
        size: this.strings.size,
        pattern:
          alternatives.length > 0
            ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
            : null,
      };
    }
    return this.everywhere.pattern;
  }
}
