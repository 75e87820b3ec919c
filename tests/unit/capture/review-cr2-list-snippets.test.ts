import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Review CR2 of the b7 capture rules: each probe that proved a leak or a loss, kept as written.

describe('cr2 leak-list-snippets-other-shapes', () => {
  it('R16a inbox snippet in Label: value shape (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/messaging/inbox',
      'fr',
      `<div class="conv"><a href="javascript:void(0)"><p>Solène Marchetti-Vidal</p><p>Livraison · 402-1111111-2222222</p><p>Nouvelle adresse : Résidence Les Pins, bât. C</p><p>Hier</p></a></div>
       <div class="conv"><a href="javascript:void(0)"><p>Théo Nguyen Van</p><p>Retour · 171-3333333-4444444</p><p>Chez Gérard Lambert</p><p>Hier</p></a></div>
       <h2>Conversation avec Solène Marchetti-Vidal</h2><p>Bonjour, où en est mon colis ?</p>`,
    );
    expect(page).not.toContain('Résidence Les Pins');
    expect(page).not.toContain('Gérard Lambert');
  });
});

describe('cr2 loss-list-snippets-dates-subjects', () => {
  it('R16b inbox item dates with a dot and multi-word subjects are lost (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/messaging/inbox',
      'fr',
      `<div class="conv"><a href="javascript:void(0)"><p>Solène Marchetti-Vidal</p><p>Demande de renseignements sur la livraison</p><p>Merci pour votre réponse !</p><p>2 déc.</p></a></div>
       <div class="conv"><a href="javascript:void(0)"><p>Théo Nguyen Van</p><p>Retour · 171-3333333-4444444</p><p>Merci, bien reçu !</p><p>28 nov.</p></a></div>
       <h2>Conversation avec Solène Marchetti-Vidal</h2><p>Bonjour, où en est mon colis ?</p>`,
    );
    expect(page).toContain('2 déc.');
    expect(page).toContain('28 nov.');
    expect(page).toContain('Demande de renseignements sur la livraison');
  });
});
