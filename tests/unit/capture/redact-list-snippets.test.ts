import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// An inbox's list of buyers quotes each one's last words: once the list is known a list of
// people, those lines go as messages, its subjects, order ids and times stay
// (core/capture/redaction/list-snippets.ts); a script link around a whole item is no "read more"
// control (core/capture/redaction/message-slots.ts). From blind page b7-es-messages-inbox; here
// a French inbox of sibling blocks, opened by a heading naming the thread's buyer.

describe('the first words of each buyer in an inbox list', () => {
  it('replaces the snippets, keeps subjects, order ids and times (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/messaging/inbox',
      'fr',
      `<div class="conv"><a href="javascript:void(0)"><p>Solène Marchetti-Vidal</p><p>Livraison · 402-1111111-2222222</p><p>Laissez-le chez le fleuriste Aux Mille Roses, en bas.</p><p>Hier</p></a></div>
       <div class="conv"><a href="javascript:void(0)"><p>Théo Nguyen Van</p><p>Retour · 171-3333333-4444444</p><p>Merci, bien reçu !</p><p>2 déc.</p></a></div>
       <h2>Conversation avec Solène Marchetti-Vidal</h2>
       <p>Bonjour, où en est mon colis ?</p>`,
    );
    expect(page).not.toContain('Aux Mille Roses');
    expect(page).not.toContain('Nguyen Van');
    expect(page).toContain('Livraison · 402-1111111-2222222');
    expect(page).toContain('Retour · 171-3333333-4444444');
    expect(page).toContain('Hier');
  });
});
