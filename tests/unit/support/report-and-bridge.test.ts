// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  parseSupportBridgeReply,
  parseSupportBridgeRequest,
  SUPPORT_BRIDGE_TAG,
} from '../../../core/support/bridge';
import { MAX_CASE_TEXT } from '../../../core/support/schema';
import { createReportOverlay } from '../../../entrypoints/support-prefill.content/report';

// The contact page's report (text only, in the seller's language) and the main-world messages'
// shapes (a page script may post look-alikes).

beforeEach(() => {
  document.body.innerHTML = '';
});

const shown = () => document.querySelector('mcf-desk-support-report')?.shadowRoot;

describe('the report on the contact page', () => {
  it('says what was filled, line by line, with the page’s labels as text, never as HTML', () => {
    const overlay = createReportOverlay(document);
    overlay.show('fr', {
      outcomes: [
        { role: 'description', label: '<img src=x onerror=alert(1)>', status: 'filled', length: 312 },
        { role: 'subject', label: 'Objet', status: 'not-filled', length: 15, detail: 'x' },
      ],
    });
    const root = shown();
    expect(root?.querySelector('[role="status"] p')?.textContent).toBe(
      'MCF Desk a rempli la description du cas (312 caractères). Vérifiez, puis cliquez vous-même sur Envoyer.',
    );
    expect(Array.from(root?.querySelectorAll('li') ?? []).map((li) => li.textContent)).toEqual([
      '✓ Description (<img src=x onerror=alert(1)>) — rempli',
      '✗ Objet (Objet) — non rempli',
    ]);
    expect(root?.querySelector('img')).toBeNull();
  });

  it('says the text is in the clipboard when there is no box, or several; one report at a time', () => {
    const overlay = createReportOverlay(document);
    overlay.show('es', { outcomes: [], refusal: 'no-box', boxes: 0 });
    expect(shown()?.querySelector('p')?.textContent).toBe(
      'No se ha encontrado ningún cuadro de descripción: el texto del caso está en el portapapeles, péguelo.',
    );
    overlay.show('it', { outcomes: [], refusal: 'several-boxes', boxes: 3 });
    expect(document.querySelectorAll('mcf-desk-support-report')).toHaveLength(1);
    expect(shown()?.querySelector('p')?.textContent).toContain('3 campi di testo senza');
    shown()?.querySelector('button')?.click();
    expect(document.querySelector('mcf-desk-support-report')).toBeNull();
  });

  it('says why a description box too short for the case text was left empty', () => {
    createReportOverlay(document).show('de', {
      outcomes: [
        { role: 'description', label: 'Beschreibung', status: 'not-filled', length: 441, limit: 300 },
      ],
    });
    expect(shown()?.querySelector('p')?.textContent).toBe(
      'Der Falltext hat 441 Zeichen, das Beschreibungsfeld nimmt 300: MCF Desk hat es leer gelassen, statt Ihren Text zu kürzen. Er ist in der Zwischenablage: Kürzen Sie ihn und fügen Sie ihn dann ein.',
    );
  });
});

describe('the main-world messages', () => {
  const request = {
    tag: SUPPORT_BRIDGE_TAG,
    to: 'main',
    id: 'a1b2c3d4e5',
    op: 'fill',
    prefill: { text: 'Case' },
  };
  it('accept our own shapes only', () => {
    expect(parseSupportBridgeRequest(request)).toEqual(request);
    for (const bad of [
      { ...request, tag: 'mcf-desk/return-form/1' },
      { ...request, to: 'isolated' },
      { ...request, id: 'short' },
      { ...request, prefill: { text: '' } },
      { ...request, prefill: { text: 'x'.repeat(MAX_CASE_TEXT + 1) } },
      'fill',
      null,
    ])
      expect(parseSupportBridgeRequest(bad)).toBeNull();
    const reply = { tag: SUPPORT_BRIDGE_TAG, to: 'isolated', id: 'a1b2c3d4e5', refusal: 'no-box' };
    expect(parseSupportBridgeReply(reply)).toEqual(reply);
    expect(parseSupportBridgeReply({ ...reply, refusal: 'maybe' })).toBeNull();
    expect(parseSupportBridgeReply({ ...reply, to: 'main' })).toBeNull();
  });
});
