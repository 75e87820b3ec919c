import { describe, expect, it } from 'vitest';
import { CHECKLIST_IDS, CHECKLISTS, checklistsFor, stepKey } from '../../../core/checklists/checklists';
import { LANGS } from '../../../core/i18n/lang';
import { FINDING_KINDS, type Finding, type FindingKind, type Severity } from '../../../core/model/finding';

const finding = (kind: FindingKind, severity: Severity = 'action'): Finding => ({
  kind,
  severity,
  startedOn: '2026-11-01',
  facts: {},
  messageKey: kind,
});

describe('checklistsFor', () => {
  it.each([
    ['lost-claimable', 'lost'],
    ['lost-check', 'lost'],
    ['lost-watch', 'lost'],
    ['damaged-claimable', 'damaged'],
    ['not-shipped-by-edd', 'not-shipped'],
    ['unfulfillable', 'unfulfillable'],
    ['return-open', 'return'],
  ] as const)('a %s finding calls for the %s checklist', (kind, checklist) => {
    expect(checklistsFor([finding(kind)]).map((c) => c.checklist.id)).toEqual([checklist]);
  });

  it('has no checklist for findings with nothing to do', () => {
    expect(checklistsFor([finding('tracking-pending', 'info'), finding('claim-expired', 'info')])).toEqual(
      [],
    );
  });

  it('puts the most urgent situation first, once, with the finding that calls for it', () => {
    const lost = finding('lost-claimable', 'action');
    const result = checklistsFor([finding('return-open', 'info'), finding('lost-watch', 'info'), lost]);
    expect(result.map((c) => c.checklist.id)).toEqual(['lost', 'return']);
    expect(result[0]?.finding).toBe(lost);
  });

  it('maps every finding kind to at most one checklist', () => {
    for (const kind of FINDING_KINDS) {
      expect(CHECKLIST_IDS.filter((id) => CHECKLISTS[id].kinds.includes(kind)).length).toBeLessThanOrEqual(1);
    }
  });
});

describe('checklist data', () => {
  it('has unique step ids, and a text in each of the five languages for every step', () => {
    for (const id of CHECKLIST_IDS) {
      const steps = CHECKLISTS[id].steps;
      expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
      for (const lang of LANGS) {
        expect(CHECKLISTS[id].title[lang].length).toBeGreaterThan(0);
        for (const s of steps) expect(s.text[lang].length).toBeGreaterThan(0);
      }
    }
  });

  it('offers the claim text where support is contacted, and a case id after a claim', () => {
    const kinds = (id: (typeof CHECKLIST_IDS)[number]) => CHECKLISTS[id].steps.map((s) => s.kind);
    expect(kinds('lost')).toEqual(expect.arrayContaining(['copy-claim', 'case-id']));
    expect(kinds('damaged')).toEqual(expect.arrayContaining(['copy-claim', 'case-id']));
    expect(kinds('not-shipped')).toEqual(['copy-claim']);
    expect(kinds('return')).toContain('return-form');
  });

  it('follows the R8 order: the RMA is created, sent, then followed', () => {
    const ids = CHECKLISTS.return.steps.map((s) => s.id);
    expect(ids.indexOf('create-return')).toBeLessThan(ids.indexOf('submit'));
    expect(ids.indexOf('submit')).toBeLessThan(ids.indexOf('send-rma'));
    expect(ids.indexOf('send-rma')).toBeLessThan(ids.indexOf('follow'));
  });

  it('keys steps by checklist, so the same step id in two checklists never collides', () => {
    expect(stepKey('lost', 'case-id')).not.toBe(stepKey('damaged', 'case-id'));
  });
});
