import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A parcel handed to someone named by one word, whose part follows in brackets ("Entregado a:
// Remedios (portera)"): the bracket says the word is a person, not a place
// (core/capture/redaction/role-names.ts). From blind page c9-es-pedido-mcf-kat-json, in a
// title=; here English and German carrier events as text.

describe('a parcel handed to someone named by one word', () => {
  it('replaces the first name before a bracketed part, keeps the event (en, de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.co.uk/orders-v3/order/203-1234567-7654321',
      'en',
      `<ul><li>5 Dec 2024, 14:02 – Delivered to Siobhan (neighbour)</li>
       <li>5 Dec 2024, 09:10 – Zugestellt an Gülsüm (Nachbarin)</li>
       <li>4 Dec 2024 – Delivered to safe place (porch)</li></ul>`,
    );
    expect(page).not.toContain('Siobhan');
    expect(page).not.toContain('Gülsüm');
    expect(page).toContain('Delivered to');
    expect(page).toContain('(neighbour)');
    expect(page).toContain('Delivered to safe place (porch)');
  });
});
