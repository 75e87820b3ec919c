import { claimText } from '../claims/claim-text';
import { caseLangFor, type Lang } from '../i18n/lang';
import type { Finding } from '../model/finding';
import { type Order, primaryOrderId } from '../model/order';

// The case texts of the selected claimable orders, in one text file the seller works through:
// one block per claimable finding, each ready to paste into Selling Partner Support, in the
// `caseTextLanguage` setting's language (by default each order's marketplace support's).

export const BUNDLED_KINDS = ['lost-claimable', 'damaged-claimable'] as const;

export interface ClaimBundle {
  text: string;
  /** Claim texts written. */
  claims: number;
  /** Selected orders with nothing claimable, left out. */
  skipped: string[];
}

export function claimBundle(
  entries: readonly { order: Order; findings: readonly Finding[] }[],
  language: 'marketplace' | Lang,
): ClaimBundle {
  const blocks: string[] = [];
  const skipped: string[] = [];
  for (const { order, findings } of entries) {
    const claimable = findings.filter((f) => (BUNDLED_KINDS as readonly string[]).includes(f.kind));
    if (claimable.length === 0) skipped.push(primaryOrderId(order));
    for (const finding of claimable)
      blocks.push(claimText(order, finding, caseLangFor(language, order.marketplace)).trim());
  }
  const separator = `\r\n\r\n${'='.repeat(72)}\r\n\r\n`;
  // CRLF so that Notepad shows the lines; a BOM so that it reads the accents as UTF-8.
  const text =
    blocks.length > 0 ? `\uFEFF${blocks.map((b) => b.replace(/\r?\n/g, '\r\n')).join(separator)}\r\n` : '';
  return { text, claims: blocks.length, skipped };
}
