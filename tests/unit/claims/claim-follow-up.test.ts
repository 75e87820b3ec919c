import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../components/finding-text';
import { LANGS } from '../../../core/i18n/lang';
import { assessOrder } from '../../../core/policy/assess';
import { at, shippedOrder } from '../policy/helpers';
import { claim, payment } from './helpers';

// D = 3 April 2024 (SHIPPED_APRIL_1), so a lost claim opens on 11 April and the default window
// (90 days) ends on 2 July. The claim of the helpers is filed on 12 April.
const lost = () => shippedOrder([{ trackingNumber: 'TRK1', currentStatus: 'IN_TRANSIT' }]);
const damagedOrder = () =>
  shippedOrder([
    {
      trackingNumber: 'TRK1',
      currentStatus: 'IN_TRANSIT',
      events: [{ code: 'EVENT_405', date: '2024-04-05' }],
    },
  ]);
const paris = (date: string, time = '12:00') => at(date, time, 'Europe/Paris');
const kinds = (a: ReturnType<typeof assessOrder>) => a.findings.map((f) => f.kind).sort();

describe('claim follow-up (issue 15 items 3–4)', () => {
  it('without a claim, the lost order is to claim now', () => {
    expect(kinds(assessOrder(lost(), paris('2024-04-20')))).toEqual(['lost-claimable']);
  });

  it('a filed lost claim replaces "claim now" by "filed, waiting", and the review falls on the day it becomes unpaid', () => {
    const a = assessOrder(lost(), paris('2024-04-20'), undefined, [claim({ caseId: '12345678901' })]);
    expect(kinds(a)).toEqual(['claim-filed']);
    const filed = a.findings[0];
    expect(filed?.severity).toBe('info');
    expect(filed?.startedOn).toBe('2024-04-12');
    expect(filed?.facts).toMatchObject({
      caseId: '12345678901',
      filedOn: '2024-04-12',
      unpaidOn: '2024-05-13',
    });
    // 13 May starts at midnight in Paris (UTC+2 in summer).
    expect(a.nextReviewAt).toBe('2024-05-12T22:00:00.000Z');
  });

  it('is still waiting on day filed + N and unpaid on day filed + N + 1, counted in the marketplace zone', () => {
    const filed = [claim({ caseId: '123' })];
    // 23:30 on 12 May in Paris is 21:30 UTC; 00:30 on the 13th is 22:30 UTC the same UTC day.
    const lastWaiting = assessOrder(lost(), paris('2024-05-12', '23:30'), undefined, filed);
    const firstUnpaid = assessOrder(lost(), paris('2024-05-13', '00:30'), undefined, filed);
    expect(kinds(lastWaiting)).toEqual(['claim-filed']);
    expect(kinds(firstUnpaid)).toEqual(['claim-unpaid']);
    const unpaid = firstUnpaid.findings[0];
    expect(unpaid?.severity).toBe('action');
    expect(unpaid?.startedOn).toBe('2024-05-13');
    expect(describeFinding(unpaid as NonNullable<typeof unpaid>, 'en').action).toBe(
      'Ask Selling Partner Support about case 123.',
    );
  });

  it('follows the unpaidClaimDays setting, kept within 7..365', () => {
    const filed = [claim()];
    expect(kinds(assessOrder(lost(), paris('2024-04-20'), { unpaidClaimDays: 7 }, filed))).toEqual([
      'claim-unpaid',
    ]);
    expect(kinds(assessOrder(lost(), paris('2024-04-19'), { unpaidClaimDays: 7 }, filed))).toEqual([
      'claim-filed',
    ]);
    // 3 counts as 7: still waiting on the 19th (7 days after filing).
    expect(kinds(assessOrder(lost(), paris('2024-04-19'), { unpaidClaimDays: 3 }, filed))).toEqual([
      'claim-filed',
    ]);
  });

  it('a paid claim leaves nothing open, even after the claim window', () => {
    const paid = [claim({ status: 'paid', payments: [payment('R1', 40, 2)] })];
    expect(assessOrder(lost(), paris('2024-04-20'), undefined, paid).findings).toEqual([]);
    expect(assessOrder(lost(), paris('2024-08-01'), undefined, paid).findings).toEqual([]);
  });

  it('a claim covers only its own reason: a lost claim leaves the damage to claim', () => {
    const a = assessOrder(damagedOrder(), paris('2024-04-20'), undefined, [claim({ reason: 'lost' })]);
    expect(kinds(a)).toEqual(['claim-filed', 'damaged-claimable']);
    const b = assessOrder(damagedOrder(), paris('2024-04-20'), undefined, [claim({ reason: 'damaged' })]);
    expect(kinds(b)).toEqual(['claim-filed']);
  });

  it('a partly paid claim is a warning with what was received against what was claimed', () => {
    const partly = claim({
      status: 'partly-paid',
      caseId: '555',
      claimed: { amount: 100, currency: 'EUR' },
      payments: [payment('R1', 40, 1, { approvalDate: '2024-05-02' })],
    });
    const a = assessOrder(lost(), paris('2024-05-20'), undefined, [partly]);
    expect(kinds(a)).toEqual(['claim-partly-paid']);
    const f = a.findings[0] as NonNullable<(typeof a.findings)[0]>;
    expect(f.severity).toBe('warning');
    expect(f.startedOn).toBe('2024-05-02');
    expect(f.facts).toMatchObject({ claimedAmount: 100, receivedAmount: 40, currency: 'EUR' });
    expect(describeFinding(f, 'en').detail).toBe('Received: €40.00 of €100.00.');
    expect(describeFinding(f, 'fr').action).toBe(
      'Rouvrez le dossier 555 auprès du support aux partenaires de vente pour la différence.',
    );
  });

  it('a partly paid claim with no amount claimed counts units', () => {
    const partly = claim({ status: 'partly-paid', payments: [payment('R1', 20, 1)] });
    const f = assessOrder(lost(), paris('2024-05-20'), undefined, [partly]).findings[0];
    expect(describeFinding(f as NonNullable<typeof f>, 'en').detail).toBe('Received: 1 of 2 units (€20.00).');
  });

  it('a refused claim is an action to reopen before the claim window ends', () => {
    const refused = claim({ status: 'refused', refusedOn: '2024-05-01', caseId: '777' });
    const a = assessOrder(lost(), paris('2024-05-20'), undefined, [refused]);
    expect(kinds(a)).toEqual(['claim-refused']);
    const f = a.findings[0] as NonNullable<(typeof a.findings)[0]>;
    expect(f.severity).toBe('action');
    expect(f.startedOn).toBe('2024-05-01');
    expect(f.deadline).toBe('2024-07-02');
    expect(describeFinding(f, 'en').action).toBe(
      'Reopen case 777 with the evidence pack before the claim window ends (2 Jul); otherwise settle with the customer.',
    );
  });

  it('a refused claim past the claim window says to settle with the customer, from the day after the window ends', () => {
    const refused = [claim({ status: 'refused', refusedOn: '2024-05-01' })];
    // The window ends on 2 July: the finding changes at the start of 3 July in Paris.
    const lastDay = assessOrder(lost(), paris('2024-07-02', '23:59'), undefined, refused);
    expect(lastDay.findings[0]?.facts.windowClosed).toBe(false);
    expect(lastDay.nextReviewAt).toBe('2024-07-02T22:00:00.000Z');
    const after = assessOrder(lost(), paris('2024-07-03', '00:01'), undefined, refused);
    const f = after.findings[0] as NonNullable<(typeof after.findings)[0]>;
    expect(f.kind).toBe('claim-refused');
    expect(f.facts.windowClosed).toBe(true);
    expect(describeFinding(f, 'en').action).toBe(
      'The claim window ended on 2 Jul: settle with the customer.',
    );
    for (const lang of LANGS) expect(describeFinding(f, lang).action).toContain('2');
  });

  it('a refused damage claim also points to a removal order', () => {
    const refused = claim({ status: 'refused', reason: 'damaged' });
    const f = assessOrder(damagedOrder(), paris('2024-05-20'), undefined, [refused]).findings[0];
    expect(f?.kind).toBe('claim-refused');
    expect(describeFinding(f as NonNullable<typeof f>, 'en').action).toMatch(/removal order/);
  });

  it('a refused damage claim takes no deadline from the loss window of the same order', () => {
    // A lost claim and a refused damage claim: the loss window (2 July) is not the damage claim's.
    const a = assessOrder(damagedOrder(), paris('2024-05-20'), undefined, [
      claim({ id: 'd', reason: 'damaged', status: 'refused' }),
    ]);
    expect(a.findings.find((f) => f.kind === 'claim-refused')?.deadline).toBeUndefined();
  });

  it('each claim of the order gives its own finding', () => {
    const a = assessOrder(damagedOrder(), paris('2024-05-20'), undefined, [
      claim({ id: 'a', reason: 'damaged', status: 'refused' }),
      claim({ id: 'b', reason: 'damaged', filedOn: '2024-05-10' }),
    ]);
    expect(a.findings.map((f) => [f.kind, f.facts.claimId])).toEqual([
      ['claim-refused', 'a'],
      ['claim-filed', 'b'],
    ]);
  });

  it('every new finding has a title and an action in every language', () => {
    const samples = [
      claim(),
      claim({ caseId: '1' }),
      claim({ status: 'partly-paid', payments: [payment('R1', 1, 1)] }),
      claim({ status: 'refused' }),
    ];
    for (const day of ['2024-04-20', '2024-06-20']) {
      for (const f of assessOrder(lost(), paris(day), undefined, samples).findings) {
        for (const lang of LANGS) {
          const text = describeFinding(f, lang);
          expect(text.title.length).toBeGreaterThan(5);
          expect(text.action.length).toBeGreaterThan(10);
          expect(text.detail ?? '').not.toMatch(/undefined|NaN/);
        }
      }
    }
  });
});
