import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// `<abbr title="Marie-Thérèse …">M.-T. V.</abbr>`: initials whose title is a removed name are
// that person shortened (core/capture/redact.ts). From blind page c9-es-pedido-mcf-kat-json;
// here a French signature line.

describe('initials of a removed name', () => {
  it('replaces an abbr whose title is the removed name, keeps another abbr (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/orders-v3/order/171-1234567-7654321',
      'fr',
      `<p>Destinataire : Marie-Thérèse Vandenbroucke</p>
       <p>Réception signée par <abbr title="Marie-Thérèse Vandenbroucke">M.-T. V.</abbr> le 4 déc.</p>
       <p>Livré en <abbr title="Point relais">PR</abbr></p>`,
    );
    expect(page).not.toContain('M.-T. V.');
    expect(page).not.toContain('Vandenbroucke');
    expect(page).toContain('le 4 déc.');
    expect(page).toContain('<abbr title="Point relais">PR</abbr>');
  });
});
