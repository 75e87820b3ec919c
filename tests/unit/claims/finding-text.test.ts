import { describe, expect, it } from 'vitest';
import { describeFinding, FINDING_TEXT_KINDS } from '../../../components/finding-text';
import { LANGS } from '../../../core/i18n/lang';
import { FINDING_KINDS, type Finding, type FindingKind } from '../../../core/model/finding';

const sample = (kind: FindingKind, facts: Finding['facts'] = {}, extra: Partial<Finding> = {}): Finding => ({
  kind,
  severity: 'info',
  startedOn: '2024-11-04',
  facts,
  messageKey: kind,
  ...extra,
});

describe('describeFinding', () => {
  it.each(LANGS)('has a %s text for every finding kind', (lang) => {
    expect([...FINDING_TEXT_KINDS[lang]].sort()).toEqual([...FINDING_KINDS].sort());
    for (const kind of FINDING_KINDS) {
      const text = describeFinding(
        sample(kind, { missing: 'estimatedArrivalDate' }, { deadline: '2025-02-01' }),
        lang,
      );
      expect(text.title.length).toBeGreaterThan(3);
      expect(text.action.length).toBeGreaterThan(3);
      expect(`${text.title} ${text.action} ${text.detail ?? ''}`).not.toMatch(/undefined|NaN|Invalid/);
    }
  });

  it('formats the day a claim opens for humans, whatever the machine zone', () => {
    const watch = sample('lost-watch', { claimOpensOn: '2024-11-12', estimatedArrivalDate: '2024-11-04' });
    expect(describeFinding(watch, 'fr').action).toBe('Réclamation possible à partir du 12 nov.');
    expect(describeFinding(watch, 'en').action).toBe('Claim opens on 12 Nov');
    expect(describeFinding(watch, 'en', 'en-US').action).toBe('Claim opens on Nov 12');
  });

  it('names the missing fields and the shipment they belong to', () => {
    const needs = sample('needs-data', { missing: 'estimatedArrivalDate,shipments.1.shippingDate' });
    expect(describeFinding(needs, 'en').detail).toBe(
      'Missing: estimated delivery date, ship date (shipment 2).',
    );
    expect(describeFinding(needs, 'fr').detail).toBe(
      "Manque : date de livraison estimée, date d'expédition (expédition 2).",
    );
  });

  it('points a removal order to a removal order and a hazmat order to the dangerous-goods review', () => {
    expect(describeFinding(sample('not-eligible', { purpose: 'removal' }), 'en').action).toMatch(
      /removal order/,
    );
    expect(
      describeFinding(sample('unfulfillable', { check: 'dangerous-goods-review' }), 'fr').action,
    ).toMatch(/marchandises dangereuses/);
  });
});
