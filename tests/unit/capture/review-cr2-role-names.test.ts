import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// Review CR2 of the b7 capture rules: each probe that proved a leak or a loss, kept as written.

describe('cr2 leak-role-names-not-a-person-substring', () => {
  it('R11 role name: surname containing "cancel" (it), "name" (en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/payments/event/view',
      'it',
      `<table><tr><th>Descrizione</th></tr>
       <tr><td>Rimborso di cortesia – rimborso a Giulia Cancellieri</td></tr>
       <tr><td>Courtesy refund to Kaname Ishida</td></tr>
       <tr><td>A-to-z claim filed by Sophie Ordery-Blake</td></tr></table>`,
    );
    expect(page).not.toContain('Cancellieri');
    expect(page).not.toContain('Ishida');
    expect(page).not.toContain('Ordery-Blake');
  });
});

describe('cr2 leak-role-names-single-surname', () => {
  it('P12 role names: a single surname after a role (de, en)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/payments/event/view',
      'de',
      `<table><tr><th>Beschreibung</th></tr>
       <tr><td>Erstattung an Müller-Lüdenscheidt – Teekanne Steingut</td></tr>
       <tr><td>Courtesy refund to Okonkwo</td></tr></table>`,
    );
    expect(page).not.toContain('Müller-Lüdenscheidt');
    expect(page).not.toContain('Okonkwo');
  });
});
