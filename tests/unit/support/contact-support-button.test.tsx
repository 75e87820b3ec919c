// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContactSupportButton } from '../../../components/claims/ContactSupportButton';

// "Ouvrir le support et préremplir le cas": the copy comes first (the click's user gesture), then
// the background is asked to open the contact page; what happened is said in the seller's language.

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const button = () => root.querySelector<HTMLButtonElement>('[data-testid="contact-support"]');
const status = () => root.querySelector('[role="status"]')?.textContent;
const flush = () => act(async () => {});

describe('ContactSupportButton', () => {
  it('copies the text, then asks to open the host’s contact page with it', async () => {
    const calls: string[] = [];
    const copy = vi.fn(async (text: string) => {
      calls.push(`copy:${text}`);
    });
    const onOpen = vi.fn(async (ask: unknown) => {
      calls.push(`open:${JSON.stringify(ask)}`);
    });
    render(
      <ContactSupportButton
        lang="fr"
        host="sellercentral.amazon.fr"
        text="Colis perdu"
        orderId="402-1234567-1234567"
        copy={copy}
        onOpen={onOpen}
      />,
      root,
    );
    expect(button()?.textContent).toBe('Ouvrir le support et préremplir le cas');
    expect(button()?.title).toContain('support aux partenaires de vente');
    await act(() => button()!.click());
    await flush();
    expect(calls).toEqual([
      'copy:Colis perdu',
      `open:${JSON.stringify({ host: 'sellercentral.amazon.fr', lang: 'fr', text: 'Colis perdu', orderId: '402-1234567-1234567' })}`,
    ]);
    await vi.waitFor(() =>
      expect(status()).toBe(
        'Page du support ouverte dans un nouvel onglet. Le texte du cas est aussi dans le presse-papiers.',
      ),
    );
  });

  it('opens the page even when the clipboard refuses, and says to copy by hand', async () => {
    const onOpen = vi.fn(async () => undefined);
    render(
      <ContactSupportButton
        lang="de"
        host="sellercentral.amazon.de"
        text="Paket verloren"
        copy={async () => {
          throw new Error('denied');
        }}
        onOpen={onOpen}
      />,
      root,
    );
    await act(() => button()!.click());
    await flush();
    expect(onOpen).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(status()).toContain('Die Zwischenablage hat den Text abgelehnt'));
  });

  it('says when the page could not be opened', async () => {
    render(
      <ContactSupportButton
        lang="en"
        host="sellercentral.amazon.com"
        text="Lost"
        copy={async () => undefined}
        onOpen={async () => {
          throw new Error('support.prefill: the tab did not open');
        }}
      />,
      root,
    );
    await act(() => button()!.click());
    await flush();
    await vi.waitFor(() =>
      expect(status()).toBe('Could not open the support page: support.prefill: the tab did not open'),
    );
  });

  it('is disabled with no case text or a host outside Seller Central', () => {
    const onOpen = vi.fn(async () => undefined);
    render(
      <ContactSupportButton lang="it" host="sellercentral.amazon.it" text={null} onOpen={onOpen} />,
      root,
    );
    expect(button()?.disabled).toBe(true);
    render(<ContactSupportButton lang="it" host="evil.example" text="Pacco perso" onOpen={onOpen} />, root);
    expect(button()?.disabled).toBe(true);
    render(
      <ContactSupportButton lang="it" host="sellercentral.amazon.it" text="Pacco perso" onOpen={onOpen} />,
      root,
    );
    expect(button()?.disabled).toBe(false);
  });
});
