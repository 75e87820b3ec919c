import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// A thread's "From:" line naming a firm by its legal form (the seller's shop) names no person
// (core/capture/redaction/value-regions.ts): it stays, and its words are not chased through the
// page. From blind page b4-en-us-thread-quoted ("From: Northfield Kitchen Co."); here German and
// Spanish threads.

describe('a firm as a message’s sender', () => {
  it('stays, while the buyer’s name is replaced (de)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.de/messaging/thread/1',
      'de',
      `<header><button>Haushaltswaren Brandl GmbH | Deutschland</button></header>
       <article><div>Von: Jörg Wendtland · 28.11.2024, 09:12</div><p>Wo bleibt mein Paket?</p></article>
       <article><div>Von: Haushaltswaren Brandl GmbH · 28.11.2024, 11:40</div><p>Es ist unterwegs. Viele Grüße, Haushaltswaren Brandl GmbH</p></article>`,
    );
    expect(page).not.toContain('Wendtland');
    expect(page).toContain('Von: Haushaltswaren Brandl GmbH');
    expect(page).toContain('Haushaltswaren Brandl GmbH | Deutschland');
  });

  it('as "De:" with a Spanish company form', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.es/messaging/thread/1',
      'es',
      `<div>De: Cerámicas Almagro S.L. · 2 dic 2024</div><p>Hola, le escribimos por su pedido.</p>`,
    );
    expect(page).toContain('De: Cerámicas Almagro S.L.');
  });
});
