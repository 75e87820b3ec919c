// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseCard } from '../../../components/dashboard/claims/CaseCard';
import { ClaimRateGauge } from '../../../components/dashboard/claims/ClaimRateGauge';
import { ClaimsList } from '../../../components/dashboard/claims/ClaimsList';
import { CLAIMS_TEXTS } from '../../../components/dashboard/claims/texts';
import type { Claim } from '../../../core/claims/claim';
import { claimRate } from '../../../core/claims/claim-rate';
import { LANGS } from '../../../core/i18n/lang';

// What the Claims tab's parts show: a claim's status and flag in words with its next step (never a
// colour alone), amounts in the UI locale, the gauge's verdict and the reported level, and a case's
// crossing warning. Each in the five languages.

const CLAIM: Claim = {
  id: 'c1',
  caseId: '17654321091',
  reason: 'lost',
  countryCode: 'FR',
  filedOn: '2026-10-27',
  lines: [
    { orderKey: '-/FR/402-1', sellerFulfillmentOrderId: '402-1', items: [{ sellerSku: 'MUG', quantity: 2 }] },
  ],
  claimed: { amount: 1234.5, currency: 'EUR' },
  status: 'partly-paid',
  payments: [
    {
      reimbursementId: 'R1',
      approvalDate: '2026-11-20',
      amount: { amount: 600.25, currency: 'EUR' },
      quantity: 1,
    },
  ],
  updatedAt: '2026-11-20T10:00:00.000Z',
};

function mount(node: preact.ComponentChildren): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the claims list', () => {
  it.each(LANGS)('%s: status, flag with its next step, days and amounts in the UI locale', (lang) => {
    const t = CLAIMS_TEXTS[lang].list;
    const host = mount(
      <ClaimsList
        lang={lang}
        entries={[{ claim: CLAIM, orderIds: ['402-1'], daysSinceFiled: 40, flag: 'claim-partly-paid' }]}
        unpaidDays={30}
        busyIds={new Set()}
        onCaseId={vi.fn()}
        onRefused={vi.fn()}
        onDelete={vi.fn()}
      />,
    );
    const row = host.querySelector('[data-testid="claim-row"]') as HTMLElement;
    expect(row.querySelector('[data-testid="claim-status"]')?.textContent).toContain(t.status['partly-paid']);
    expect(row.querySelector('[data-testid="claim-flag"]')?.textContent).toContain(t.partlyNext);
    expect(row.querySelector('[data-testid="claim-days"]')?.textContent).toBe(t.days(40));
    const money = new Intl.NumberFormat(
      { fr: 'fr-FR', en: 'en-GB', de: 'de-DE', es: 'es-ES', it: 'it-IT' }[lang],
      { style: 'currency', currency: 'EUR' },
    );
    expect(row.querySelector('[data-testid="claim-paid"]')?.textContent).toBe(money.format(600.25));
    expect(row.textContent).toContain(money.format(1234.5));
  });

  it('an unpaid claim says after how many days, and what to do next', () => {
    const host = mount(
      <ClaimsList
        lang="en"
        entries={[
          {
            claim: { ...CLAIM, status: 'filed', payments: [] },
            orderIds: ['402-1'],
            daysSinceFiled: 40,
            flag: 'claim-unpaid',
          },
        ]}
        unpaidDays={30}
        busyIds={new Set()}
        onCaseId={vi.fn()}
        onRefused={vi.fn()}
        onDelete={vi.fn()}
      />,
    );
    expect(host.querySelector('[data-testid="claim-flag"]')?.textContent).toBe(
      `Unpaid after 30 days. ${CLAIMS_TEXTS.en.list.unpaidNext}`,
    );
    expect(host.querySelector('[data-testid="claim-paid"]')?.textContent).toBe('—');
  });

  it('edits the case id in place and hands the trimmed id (or none) to the page', async () => {
    const onCaseId = vi.fn();
    const host = mount(
      <ClaimsList
        lang="en"
        entries={[{ claim: CLAIM, orderIds: ['402-1'], daysSinceFiled: 1, flag: undefined }]}
        unpaidDays={30}
        busyIds={new Set()}
        onCaseId={onCaseId}
        onRefused={vi.fn()}
        onDelete={vi.fn()}
      />,
    );
    (host.querySelector('[data-testid="claim-edit-case-id"]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    const input = host.querySelector('[data-testid="claim-case-id-input"]') as HTMLInputElement;
    expect(input.getAttribute('aria-label')).toBe('Case id of the claim for 402-1');
    input.value = '  999  ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    (host.querySelector('[data-testid="claim-case-id-save"]') as HTMLButtonElement).click();
    expect(onCaseId).toHaveBeenCalledWith(CLAIM, '999');
  });
});

describe('the claim-rate gauge', () => {
  it.each(LANGS)('%s: rate, figures, the verdict in words and the level marked as reported', (lang) => {
    const t = CLAIMS_TEXTS[lang].gauge;
    const claims = Array.from({ length: 5 }, (_, i) => ({
      ...CLAIM,
      id: `c${i}`,
      status: 'filed' as const,
      payments: [],
    }));
    const rate = claimRate(claims, 'EU', '2026-12-01', 200);
    const host = mount(<ClaimRateGauge lang={lang} level={2} rates={[rate]} />);
    expect(host.querySelector('[data-testid="gauge-rate"]')?.textContent).toBe(t.rate(2.5, 0));
    expect(host.querySelector('[data-testid="gauge-figures"]')?.textContent).toBe(
      `(${t.figures(5, 0, 200)})`,
    );
    expect(host.querySelector('[data-testid="gauge-verdict"]')?.textContent).toBe(t.above);
    expect(host.querySelector('[data-testid="gauge-level-note"]')?.textContent).toBe(t.level);
    expect(host.querySelector('meter')?.getAttribute('aria-label')).toBe(t.meterLabel(t.regions.EU));
  });

  it('no shipped order: no rate, no meter', () => {
    const host = mount(
      <ClaimRateGauge lang="en" level={2} rates={[claimRate([CLAIM], 'EU', '2026-12-01', 0)]} />,
    );
    expect(host.querySelector('[data-testid="gauge-rate"]')?.textContent).toBe(
      CLAIMS_TEXTS.en.gauge.noShipped,
    );
    expect(host.querySelector('meter')).toBeNull();
  });
});

describe('a proposed case', () => {
  it('shows its warning before it is recorded, and records with the trimmed case id', async () => {
    const onRecord = vi.fn();
    const host = mount(
      <CaseCard
        lang="en"
        n={1}
        proposal={{
          id: 'p',
          orderIds: ['402-1'],
          items: 2,
          text: 'Case text',
          languageName: 'French',
          warning: 'Too many',
        }}
        busy={false}
        onCopy={async () => true}
        onRecord={onRecord}
      />,
    );
    expect(host.querySelector('[data-testid="case-rate-warning"]')?.textContent).toBe('Too many');
    expect((host.querySelector('label[for="case-text-p"]') as HTMLElement).textContent).toBe(
      'Text of case 1',
    );
    const input = host.querySelector('[data-testid="case-id-input"]') as HTMLInputElement;
    input.value = ' 123 ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    (host.querySelector('[data-testid="case-record"]') as HTMLButtonElement).click();
    expect(onRecord).toHaveBeenCalledWith('123');
  });
});
