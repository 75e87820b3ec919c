import { describe, expect, it } from 'vitest';
import {
  createPendingPrefills,
  MAX_PENDING,
  PREFILL_TTL_MS,
} from '../../../entrypoints/background/support-prefills';

// The case texts waiting for the contact-page tabs the background opened: once, fresh, bounded.

const text = (n: number) => ({ lang: 'fr' as const, text: `Case ${n}` });

describe('pending case texts', () => {
  it('are given once, to the tab on the host they were opened on', async () => {
    const prefills = createPendingPrefills();
    await prefills.put(5, 'sellercentral.amazon.fr', text(1));
    expect(await prefills.take(5, 'sellercentral.amazon.de')).toBeNull();
    expect(await prefills.take(6, 'sellercentral.amazon.fr')).toBeNull();
    expect(await prefills.take(5, 'sellercentral.amazon.fr')).toEqual(text(1));
    expect(await prefills.take(5, 'sellercentral.amazon.fr')).toBeNull();
  });

  it('go stale: a tab that asks after the time limit gets nothing', async () => {
    let now = 1_000_000;
    const prefills = createPendingPrefills(undefined, () => now);
    await prefills.put(5, 'sellercentral.amazon.fr', text(1));
    await prefills.put(6, 'sellercentral.amazon.fr', text(2));
    now += PREFILL_TTL_MS;
    expect(await prefills.take(5, 'sellercentral.amazon.fr')).toEqual(text(1));
    now += 1;
    expect(await prefills.take(6, 'sellercentral.amazon.fr')).toBeNull();
  });

  it('keep the newest tabs only', async () => {
    let now = 0;
    const prefills = createPendingPrefills(undefined, () => ++now);
    for (let tab = 1; tab <= MAX_PENDING + 3; tab++)
      await prefills.put(tab, 'sellercentral.amazon.fr', text(tab));
    expect(await prefills.take(3, 'sellercentral.amazon.fr')).toBeNull();
    expect(await prefills.take(4, 'sellercentral.amazon.fr')).toEqual(text(4));
    expect(await prefills.take(MAX_PENDING + 3, 'sellercentral.amazon.fr')).toEqual(text(MAX_PENDING + 3));
  });
});
