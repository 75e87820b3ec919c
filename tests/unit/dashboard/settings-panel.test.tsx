// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsPanel } from '../../../components/dashboard/SettingsPanel';
import { DASHBOARD_TEXTS } from '../../../components/dashboard/texts';
import { LANGS } from '../../../core/i18n/lang';
import { type AppSettings, DEFAULT_APP_SETTINGS } from '../../../core/model/app-settings';

// The claim settings of issue 15 in the dashboard's settings form: unpaid after N days (policy)
// and items per prepared case.

let host: HTMLElement | undefined;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
});

function mount(lang: (typeof LANGS)[number], onSave: (s: AppSettings) => void): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  act(() => {
    render(
      <SettingsPanel
        texts={DASHBOARD_TEXTS[lang]}
        settings={DEFAULT_APP_SETTINGS}
        message={null}
        error={null}
        onSave={onSave}
        onDeleteAll={() => {}}
      />,
      host as HTMLElement,
    );
  });
  return host;
}

const input = (root: HTMLElement, id: string) =>
  root.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;

describe('SettingsPanel, claim settings', () => {
  it('shows the defaults with their bounds and saves what the seller types', () => {
    const onSave = vi.fn();
    const root = mount('en', onSave);
    const unpaid = input(root, 'setting-unpaid-claim-days');
    const perCase = input(root, 'setting-max-items-per-case');
    expect([unpaid.value, unpaid.min, unpaid.max]).toEqual(['30', '7', '365']);
    expect([perCase.value, perCase.min, perCase.max]).toEqual(['5', '1', '50']);
    expect(unpaid.closest('label')?.textContent).toContain('Flag a claim as unpaid after (days)');
    expect(perCase.closest('label')?.textContent).toContain('Sellers report that large cases are refused.');
    act(() => {
      unpaid.value = '45';
      unpaid.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      perCase.value = '3';
      perCase.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      (root.querySelector('form') as HTMLFormElement).dispatchEvent(
        new Event('submit', { bubbles: true, cancelable: true }),
      );
    });
    expect(onSave).toHaveBeenCalledWith({ ...DEFAULT_APP_SETTINGS, unpaidClaimDays: 45, maxItemsPerCase: 3 });
  });

  it('labels both settings in every language', () => {
    for (const lang of LANGS) {
      const root = mount(lang, () => {});
      const t = DASHBOARD_TEXTS[lang].settings;
      expect(input(root, 'setting-unpaid-claim-days').closest('label')?.textContent).toContain(
        t.unpaidClaimDays,
      );
      expect(input(root, 'setting-max-items-per-case').closest('label')?.textContent).toContain(
        t.maxItemsPerCase,
      );
      render(null, root);
    }
  });
});
