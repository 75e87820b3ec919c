import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../../core/claims/claim';
import { claimFollowUpText } from '../../../core/claims/follow-up-text';
import { LANGS } from '../../../core/i18n/lang';

const claim = { caseId: '17654321098', reason: 'lost', filedOn: '2026-10-20', status: 'filed' } as const;
const ids = ['402-1234567-1234567', 'SHOP-1002'];

describe('the follow-up of a claim filed and not (fully) paid', () => {
  it('names the case, the orders and the day filed, in each language', () => {
    const filedOn = {
      fr: '20 octobre 2026',
      en: '20 October 2026',
      de: '20. Oktober 2026',
      es: '20 de octubre de 2026',
      it: '20 ottobre 2026',
    };
    for (const lang of LANGS) {
      const out = claimFollowUpText(claim, ids, lang);
      expect(out, lang).not.toBeNull();
      expect(out?.subject, lang).toContain('17654321098');
      expect(out?.text, lang).toContain('17654321098');
      expect(out?.text, lang).toContain('402-1234567-1234567, SHOP-1002');
      expect(out?.text, lang).toContain(filedOn[lang]);
      expect(out?.text, lang).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('says where the claim stands: each status its own ask; a paid claim needs none', () => {
    for (const lang of LANGS) {
      const asks = CLAIM_STATUSES.filter((s) => s !== 'paid').map(
        (status) => claimFollowUpText({ ...claim, status }, ids, lang)?.text.split('\n\n')[1],
      );
      expect(new Set(asks).size, lang).toBe(3);
      expect(claimFollowUpText({ ...claim, status: 'paid' }, ids, lang), lang).toBeNull();
    }
    expect(claimFollowUpText({ ...claim, status: 'refused' }, ids, 'fr')?.text).toContain('refusée');
    expect(claimFollowUpText({ ...claim, status: 'partly-paid' }, ids, 'de')?.text).toContain('Teil');
  });

  it('a claim recorded without a case id still reads, and says damaged for a damage claim', () => {
    const out = claimFollowUpText({ ...claim, caseId: undefined, reason: 'damaged' }, ['S01-1'], 'en');
    expect(out?.subject).toBe('Follow-up on reimbursement case');
    expect(out?.text).toMatch(
      /^Filed on 20 October 2026: reimbursement request for damaged Multi-Channel Fulfillment order\(s\) S01-1\./,
    );
  });
});
