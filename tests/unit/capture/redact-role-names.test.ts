import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A person named by their part in a transaction ("filed by …", "destinataire …", "(Name: …)")
// is a name even in a cell the reader took for a product's title
// (core/capture/redaction/role-names.ts). From blind pages b7-en-gb-payments-transactions and
// b7-de-atoz-claim; here a French statement list and an Italian carrier's events.

describe('people named by their role', () => {
  it('replaces a recipient and a claimant in payment descriptions, keeps the product (fr)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.fr/payments/event/view',
      'fr',
      `<table><tr><th>Description</th></tr>
       <tr><td>Réclamation A à Z déposée par Maëlys O’Sullivan-Tchakounté – Plaid en laine, gris</td></tr>
       <tr><td>Remboursement colis perdu (destinataire Юлия Смирнова-Kovacs) – Bol à café</td></tr>
       <tr><td>Geste commercial, acheteur M. Kévin Lagarde-Ndiaye, remboursement à Service Client</td></tr></table>`,
    );
    expect(page).not.toContain('O’Sullivan-Tchakounté');
    expect(page).not.toContain('Maëlys');
    expect(page).toContain('Plaid en laine, gris');
    expect(page).toContain('Bol à café');
    expect(page).not.toContain('Lagarde-Ndiaye');
    expect(page).toContain('remboursement à Service Client');
  });

  it('replaces a bracketed name in a carrier event, keeps the event (it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.it/orders-v3/order/402-1234567-1234567',
      'it',
      `<ul><li>28.11.2024 – Consegnato al vicino (Nome: Esposito Gennaro).</li>
       <li>27.11.2024 – In consegna con BRT.</li></ul>`,
    );
    expect(page).not.toContain('Esposito');
    expect(page).toContain('Consegnato al vicino');
    expect(page).toContain('27.11.2024 – In consegna con BRT.');
  });
});

describe('Seller Central’s own words after a role', () => {
  it('keeps "Buyer Requested Cancellation" and "Kunde Nachricht Senden" (en, de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/orders-v3',
      'de',
      '<p>Status: Buyer Requested Cancellation</p><button>Kunde Nachricht Senden</button>',
    );
    expect(page).toContain('Buyer Requested Cancellation');
    expect(page).toContain('Kunde Nachricht Senden');
  });
});
