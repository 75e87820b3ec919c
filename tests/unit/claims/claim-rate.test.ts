import { describe, expect, it } from 'vitest';
import {
  CLAIM_RATE_WINDOW_DAYS,
  claimRate,
  claimRateWindow,
  REPORTED_CLAIM_RATE_LEVEL,
  regionOf,
  regionToday,
  wouldCross,
} from '../../../core/claims/claim-rate';
import { claim, payment } from './helpers';

describe('regions', () => {
  it('maps the marketplaces’ countries to Amazon’s selling regions', () => {
    for (const c of ['GB', 'UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'SE', 'BE', 'IE', 'TR'])
      expect(regionOf(c), c).toBe('EU');
    for (const c of ['US', 'CA', 'MX', 'BR']) expect(regionOf(c), c).toBe('NA');
    for (const c of ['JP', 'AU', 'SG']) expect(regionOf(c), c).toBe('FE');
    for (const c of ['IN', 'AE', 'SA', 'EG', 'ZZ']) expect(regionOf(c), c).toBe('other');
    expect(regionOf('fr')).toBe('EU');
  });

  it('ends each region’s window on its own calendar day (the zone of its main marketplace)', () => {
    // 23:30 UTC on 31 December: already 1 January in Paris and Tokyo, still 31 December in Los Angeles.
    const lateUtc = new Date('2024-12-31T23:30:00Z');
    expect(regionToday(lateUtc, 'EU')).toBe('2025-01-01');
    expect(regionToday(lateUtc, 'NA')).toBe('2024-12-31');
    expect(regionToday(lateUtc, 'FE')).toBe('2025-01-01');
    // Tokyo's midnight is 15:00 UTC.
    expect(regionToday(new Date('2024-12-31T14:59:59Z'), 'FE')).toBe('2024-12-31');
    expect(regionToday(new Date('2024-12-31T15:00:00Z'), 'FE')).toBe('2025-01-01');
    expect(regionToday(lateUtc, 'other')).toBe('2024-12-31');
  });
});

describe('the rolling 180-day window', () => {
  it('holds 180 calendar days, the end day included', () => {
    expect(CLAIM_RATE_WINDOW_DAYS).toBe(180);
    expect(claimRateWindow('2024-06-30')).toEqual({ from: '2024-01-03', to: '2024-06-30' });
    // Across a DST change and a leap day, still calendar days.
    expect(claimRateWindow('2025-03-31')).toEqual({ from: '2024-10-03', to: '2025-03-31' });
  });

  it('counts a claim filed on the first or the last day, not the day before or after', () => {
    const claims = [
      claim({ id: 'before', filedOn: '2024-01-02' }),
      claim({ id: 'first', filedOn: '2024-01-03' }),
      claim({ id: 'last', filedOn: '2024-06-30' }),
      claim({ id: 'after', filedOn: '2024-07-01' }),
    ];
    expect(claimRate(claims, 'EU', '2024-06-30', 100)).toMatchObject({ claimsFiled: 2, claimsPaid: 0 });
  });

  it('counts a claim as paid on the day of its first payment, whenever it was filed', () => {
    const claims = [
      // Filed before the window, paid inside it: paid, not filed.
      claim({
        id: 'old',
        filedOn: '2023-12-01',
        status: 'paid',
        payments: [payment('R1', 20, 2, { approvalDate: '2024-01-03' })],
      }),
      // Paid the day after the window ends: filed only.
      claim({
        id: 'late',
        filedOn: '2024-06-01',
        status: 'partly-paid',
        payments: [payment('R2', 5, 1, { approvalDate: '2024-07-01' })],
      }),
      // The first payment is outside (before), a later one inside: the first decides.
      claim({
        id: 'early',
        filedOn: '2023-12-20',
        status: 'paid',
        payments: [
          payment('R3', 5, 1, { approvalDate: '2024-01-02' }),
          payment('R4', 5, 1, { approvalDate: '2024-02-01' }),
        ],
      }),
      // Only a reversal in the window, status still filed: not paid.
      claim({
        id: 'reversed',
        filedOn: '2024-03-01',
        payments: [payment('R5', -5, -1, { approvalDate: '2024-03-10' })],
      }),
    ];
    expect(claimRate(claims, 'EU', '2024-06-30', 100)).toMatchObject({ claimsFiled: 2, claimsPaid: 1 });
  });

  it('counts only the claims of the region asked for', () => {
    const claims = [
      claim({ countryCode: 'DE' }),
      claim({ countryCode: 'GB' }),
      claim({ countryCode: 'US' }),
      claim({ countryCode: 'JP' }),
    ];
    expect(claimRate(claims, 'EU', '2024-06-30', 10).claimsFiled).toBe(2);
    expect(claimRate(claims, 'NA', '2024-06-30', 10).claimsFiled).toBe(1);
    expect(claimRate(claims, 'FE', '2024-06-30', 10).claimsFiled).toBe(1);
  });
});

describe('the rate and the reported 2 % level', () => {
  const filed = (n: number) => Array.from({ length: n }, (_, i) => claim({ id: `c${i}` }));

  it('is claims over MCF orders shipped, in %', () => {
    const paidOne = claim({
      id: 'p',
      status: 'paid',
      payments: [payment('R1', 10, 2, { approvalDate: '2024-05-01' })],
    });
    const rate = claimRate([...filed(2), paidOne], 'EU', '2024-06-30', 200);
    expect(rate).toEqual({
      region: 'EU',
      from: '2024-01-03',
      to: '2024-06-30',
      shippedOrders: 200,
      claimsFiled: 3,
      claimsPaid: 1,
      filedPercent: 1.5,
      paidPercent: 0.5,
    });
  });

  it('has no rate with no shipped order (never NaN or Infinity), and nothing to cross', () => {
    const rate = claimRate(filed(3), 'EU', '2024-06-30', 0);
    expect(rate.filedPercent).toBeNull();
    expect(rate.paidPercent).toBeNull();
    expect(wouldCross(rate, 5)).toBe(false);
  });

  it('tells whether filing N more claims goes above the reported level', () => {
    expect(REPORTED_CLAIM_RATE_LEVEL).toBe(2);
    const rate = claimRate(filed(3), 'EU', '2024-06-30', 200);
    expect(wouldCross(rate, 0)).toBe(false);
    // 4 of 200 is exactly 2 %: at the level, not above it.
    expect(wouldCross(rate, 1)).toBe(false);
    expect(wouldCross(rate, 2)).toBe(true);
    // Already above: every further claim is too.
    expect(wouldCross(claimRate(filed(5), 'EU', '2024-06-30', 200), 1)).toBe(true);
  });
});
