import { describe, expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Review R13: a status icon named by a sentence, beside its date, is the status (not an info icon's help).

const NOW = '2024-12-06T09:00:00.000Z';
async function orderOf(lang: string, host: string, body: string, id: string, url?: string) {
  const u = url ?? `https://${host}/orders-v3/order/${id}`;
  const { document } = await loadPage(
    `<!DOCTYPE html><html lang="${lang}"><body><main>${body}</main></body></html>`,
    u,
  );
  return readPage(document, u, { now: NOW });
}
const pk = (o: Awaited<ReturnType<typeof orderOf>>) =>
  o.kind === 'order' ? (o.reading.order.shipments ?? []).flatMap((s) => s.packages ?? []) : [];
const frItems = `<table><tr><th>SKU vendeur</th><th>Quantité</th></tr><tr><td>BOUGIE-12</td><td>1</td></tr></table>`;

describe('status shown as an icon with a sentence name beside its date', () => {
  it('fr (long name)', async () => {
    const id = '402-5555555-6666666';
    const o = await orderOf(
      'fr-FR',
      'sellercentral.amazon.fr',
      `<h1>Détails de la commande</h1><p>N° de commande : ${id}</p><p>Statut : Expédié</p>
      <dl><dt>Transporteur</dt><dd>Colissimo</dd><dt>Numéro de suivi</dt><dd>6A12345678901</dd>
      <dt>Statut du colis</dt><dd><i class="a-icon a-icon-success" role="img" aria-label="Votre colis a été livré"></i> 4 déc. 2024</dd></dl>${frItems}`,
      id,
    );
    expect(pk(o).map((p) => p.currentStatus)).toEqual(['DELIVERED']);
  });
  it('fr (short name, control)', async () => {
    const id = '402-5555555-6666666';
    const o = await orderOf(
      'fr-FR',
      'sellercentral.amazon.fr',
      `<h1>Détails de la commande</h1><p>N° de commande : ${id}</p><p>Statut : Expédié</p>
      <dl><dt>Transporteur</dt><dd>Colissimo</dd><dt>Numéro de suivi</dt><dd>6A12345678901</dd>
      <dt>Statut du colis</dt><dd><i class="a-icon a-icon-success" role="img" aria-label="Livré"></i> 4 déc. 2024</dd></dl>${frItems}`,
      id,
    );
    expect(pk(o).map((p) => p.currentStatus)).toEqual(['DELIVERED']);
  });
});
