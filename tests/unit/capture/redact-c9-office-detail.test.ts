import { describe, expect, it } from 'vitest';
import { bodyOf } from './captured-body';

// After a replaced street, an office in the building ("oficina 3B", "ufficio 7", "Bureau 4.12")
// says where the person works, as a flat or a floor does (ADDRESS_DETAIL in
// core/capture/redaction/patterns.ts). From blind page c9-fr-kat-attributs-societe (a live
// region); here Spanish and Italian notices.

describe('an office after a street', () => {
  it('replaces the office number with the street (es, it)', async () => {
    const page = await bodyOf(
      'https://sellercentral.amazon.es/orders-v3/order/404-1234567-7654321',
      'es',
      `<div role="status">Dirección copiada: Calle de Alcalá 120, oficina 3B, 28009 Madrid</div>
       <div role="status">Indirizzo copiato: Via Nazionale 12, ufficio 7, 00184 Roma</div>
       <p>Oficina de correos más cercana: ver mapa</p>`,
    );
    expect(page).not.toContain('oficina 3B');
    expect(page).not.toContain('ufficio 7');
    expect(page).toContain('Oficina de correos más cercana: ver mapa');
  });
});
