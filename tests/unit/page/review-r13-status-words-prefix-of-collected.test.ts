import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { matchStatus } from '../../../core/page/vocabulary';
import { loadPage } from './load-fixture';

// Review R13: waiting at a counter, then collected: the later part of the text says where the parcel is.

const NOW = '2024-12-06T09:00:00.000Z';
async function orderOf(lang: string, host: string, body: string, id = '402-5555555-6666666', url?: string) {
  const u = url ?? `https://${host}/orders-v3/order/${id}`;
  const { document } = await loadPage(
    `<!DOCTYPE html><html lang="${lang}"><body><main>${body}
    </main></body></html>`,
    u,
  );
  const outcome = readPage(document, u, { now: NOW });
  return outcome;
}
const pk = (o: Awaited<ReturnType<typeof orderOf>>) =>
  o.kind === 'order' ? (o.reading.order.shipments ?? []).flatMap((s) => s.packages ?? []) : [];
const frItems = `<table><tr><th>SKU vendeur</th><th>Quantité</th></tr><tr><td>BOUGIE-12</td><td>1</td></tr></table>`;

describe('status words', () => {
  it.each([
    ['Avisé, puis livré le 4 déc.', 'delivered'],
    ['Disponible en point relais, retiré par le destinataire le 4 déc.', 'delivered'],
    ['In giacenza, ritirato dal destinatario il 4 dic', 'delivered'],
    ['Zur Abholung bereit – vom Empfänger abgeholt am 4.12.', 'delivered'],
    ['Available for pickup - picked up by customer on Dec 4', 'delivered'],
    // (A colon inside a state ends no word: "Delivered: attempt failed" is no delivery, review R14.)
    ['Notice left – delivered to neighbour', 'delivered'],
  ])('%s', (text, status) => {
    expect(matchStatus(text)).toBe(status);
  });
});

// page-level consequence:
describe('Colissimo history: remis au destinataire after disponible en point relais', () => {
  it('history only', async () => {
    const id = '402-5555555-6666666';
    const o = await orderOf(
      'fr-FR',
      'sellercentral.amazon.fr',
      `<h1>Détails de la commande</h1><p>N° de commande : ${id}</p><p>Statut : Expédié</p>
      <dl><dt>Transporteur</dt><dd>Colissimo</dd><dt>Numéro de suivi</dt><dd>6A12345678901</dd></dl>
      <ul><li><span>4 déc. 2024, 16:02</span><span>Votre colis a été remis au destinataire</span></li>
      <li><span>3 déc. 2024, 09:10</span><span>Disponible en point relais</span></li>
      <li><span>2 déc. 2024, 18:00</span><span>Avisé</span></li></ul>${frItems}`,
      id,
    );
    expect(pk(o).map((p) => p.currentStatus)).toEqual(['DELIVERED']);
  });
  it('status line of a collected parcel', async () => {
    const id = '402-5555555-6666666';
    const o = await orderOf(
      'fr-FR',
      'sellercentral.amazon.fr',
      `<h1>Détails de la commande</h1><p>N° de commande : ${id}</p><p>Statut : Expédié</p>
      <dl><dt>Transporteur</dt><dd>Mondial Relay</dd><dt>Numéro de suivi</dt><dd>12345678</dd>
      <dt>Statut du colis</dt><dd>Disponible en point relais – retiré par le destinataire le 4 déc.</dd></dl>${frItems}`,
      id,
    );
    expect(pk(o).map((p) => p.currentStatus)).not.toEqual(['IN_TRANSIT']);
  });
});
