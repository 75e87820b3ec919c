import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A column headed by one part of a name ("Vorname" | "Nachname", "Prénom" | "Nom de famille")
// holds that part of a person's name in every row, though no cell holds a whole name
// (core/capture/redaction/labeled-text.ts). From blind page c11-de-retouren-liste-zellen (a
// <table>); here a French grid of ARIA roles.

const row = (cells: string[], role: string) =>
  `<div role="row">${cells.map((cell) => `<div role="${role}">${cell}</div>`).join('')}</div>`;

describe('a list’s first-name and surname columns', () => {
  it('replaces each row’s name parts, keeps the headers and the ids (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/orders-v3/mfn/unshipped',
      'fr',
      `<div role="grid">${row(['Commande', 'Prénom', 'Nom de famille', 'Statut'], 'columnheader')}${row(['171-2233445-6677889', 'Clothilde', 'Vasseur-Abgrall', 'Non expédiée'], 'gridcell')}${row(['402-9988776-5544332', 'Yannick', 'Le Gouill', 'Non expédiée'], 'gridcell')}</div>`,
    );
    for (const gone of ['Clothilde', 'Vasseur-Abgrall', 'Yannick', 'Le Gouill'])
      expect(page).not.toContain(gone);
    for (const kept of ['Prénom', 'Nom de famille', '171-2233445-6677889', 'Non expédiée'])
      expect(page).toContain(kept);
  });
});
