import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

const NOW = '2024-12-12T09:00:00.000Z';
const ID = '402-3333333-4444444';
const L: Record<string, [string, string, string, string, string]> = {
  en: ['sellercentral.amazon.com', 'Order ID:', 'Order status:', 'Shipped', 'Dec 6, 2024, 3:47 PM'],
  de: ['sellercentral.amazon.de', 'Bestellnummer:', 'Bestellstatus:', 'Versandt', '6. Dez. 2024, 15:47'],
  fr: [
    'sellercentral.amazon.fr',
    'N° de commande :',
    'Statut de la commande :',
    'Expédié',
    '6 déc. 2024, 15:47',
  ],
  es: ['sellercentral.amazon.es', 'N.º de pedido:', 'Estado del pedido:', 'Enviado', '6 dic 2024, 15:47'],
  it: ['sellercentral.amazon.it', 'Numero ordine:', 'Stato:', 'Spedito', '6 dic 2024, 15:47'],
};
async function read(lang: string, event: string) {
  const [host, a, b, c, t] = L[lang] as [string, string, string, string, string];
  const url = `https://${host}/orders-v3/order/${ID}`;
  const html = `<html lang="${lang}"><body>
  <div><span>${a}</span> <span>${ID}</span></div>
  <div><span>${b}</span> <span>${c}</span></div>
  <div><span>Tracking</span> <span>9261290100130435082498</span></div>
  <ol><li><time>${t}</time><b>${event}</b></li><li><time>${t.replace('6', '4')}</time><b>${c}</b></li></ol></body></html>`;
  const { document } = await loadPage(html, url);
  return readOrderPage(document, url, { now: NOW });
}
const pkgOf = (r: Awaited<ReturnType<typeof read>>) => r?.order.shipments?.[0]?.packages?.[0];

describe('recipient-side words that are no delivery', () => {
  it.each([
    ['en', 'Delivery to neighbour failed'],
    ['en', 'Delivered to neighbour not possible'],
    ['en', 'Not delivered to neighbour'],
    ['en', 'Delivered to door: refused'],
    ['de', 'Nicht an Nachbarn zugestellt'],
    ['de', 'Zugestellt an Nachbarn: abgelehnt'],
    ['fr', 'Pas livré au voisin'],
    ['fr', 'Livré au voisin : refusé'],
    ['es', 'Entregado al vecino: rechazado'],
    ['it', 'Consegnato al vicino: rifiutato'],
    ['en', 'Delivered to household? Unconfirmed'],
    ['en', 'Delivery to locker rescheduled'],
    ['en', 'Recipient not available, delivery failed'],
    ['de', 'Nicht beim Nachbarn abgegeben'],
    ['de', 'Zustellung an Nachbarn nicht möglich'],
    ['de', 'Nicht zugestellt: Empfänger nicht angetroffen'],
    ['de', 'Zustellung an Packstation geplant'],
    ['fr', 'Non livré : destinataire absent'],
    ['fr', 'Livraison au voisin impossible'],
    ['fr', 'Non remis en boîte aux lettres'],
    ['es', 'No entregado al vecino'],
    ['es', 'Entrega en taquilla fallida'],
    ['it', 'Non consegnato al vicino'],
    ['it', 'Consegna al destinatario non riuscita'],
  ])('%s "%s"', async (lang, event) => {
    const r = await read(lang, event);
    expect(pkgOf(r)?.currentStatus).not.toBe('DELIVERED');
    expect(pkgOf(r)?.deliveredDate).toBeUndefined();
  });
});
