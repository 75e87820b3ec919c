// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CapturePanel } from '../../../components/popup/CapturePanel';
import { removedSummary } from '../../../components/popup/texts';
import type { RemovedCounts } from '../../../core/capture/redact';

// The popup's "Enregistrer cette page pour un signalement": counts first, then confirm or cancel.

const removed: RemovedCounts = { names: 2, addresses: 1, phones: 1, emails: 0, messages: 0, ids: 0 };
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const byTestId = (id: string) => root.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
const flush = () => act(async () => {});

describe('CapturePanel', () => {
  it('shows what a dry run removed, and saves only once confirmed', async () => {
    const onCount = vi.fn(async () => removed);
    const onSave = vi.fn(async () => 'mcf-desk-capture.html');
    render(<CapturePanel lang="fr" onCount={onCount} onSave={onSave} />, root);
    expect(byTestId('capture-page')?.textContent).toBe('Enregistrer cette page pour un signalement');
    await act(() => byTestId('capture-page')!.click());
    await flush();
    expect(onCount).toHaveBeenCalledWith(false);
    expect(onSave).not.toHaveBeenCalled();
    expect(byTestId('capture-removed')?.textContent).toBe('Retiré : 2 noms, 1 adresse, 1 téléphone.');
    await act(() => byTestId('capture-confirm')!.click());
    await flush();
    expect(onSave).toHaveBeenCalledWith(false);
    expect(byTestId('capture-saved')?.textContent).toContain('mcf-desk-capture.html');
  });

  it('saves nothing when cancelled, and passes the fake-ids choice', async () => {
    const onCount = vi.fn(async () => ({ ...removed, ids: 3 }));
    const onSave = vi.fn(async () => 'x.html');
    render(<CapturePanel lang="en" onCount={onCount} onSave={onSave} />, root);
    await act(() => root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click());
    await act(() => byTestId('capture-page')!.click());
    await flush();
    expect(onCount).toHaveBeenCalledWith(true);
    expect(byTestId('capture-removed')?.textContent).toBe(
      'Removed: 2 names, 1 address, 1 phone number, 3 numbers replaced.',
    );
    await act(() => byTestId('capture-cancel')!.click());
    expect(onSave).not.toHaveBeenCalled();
    expect(byTestId('capture-page')).not.toBeNull();
  });

  it('says when nothing was found, and when the page could not be reached', async () => {
    const none: RemovedCounts = { names: 0, addresses: 0, phones: 0, emails: 0, messages: 0, ids: 0 };
    expect(removedSummary(none, 'fr')).toBe('');
    render(<CapturePanel lang="fr" onCount={async () => none} onSave={async () => ''} />, root);
    await act(() => byTestId('capture-page')!.click());
    await flush();
    expect(byTestId('capture-removed')?.textContent).toBe(
      'Aucune donnée personnelle trouvée sur cette page.',
    );
    render(null, root);
    render(
      <CapturePanel
        lang="fr"
        onCount={async () => {
          throw new Error('no page');
        }}
        onSave={async () => ''}
      />,
      root,
    );
    await act(() => byTestId('capture-page')!.click());
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('no page');
  });
});
