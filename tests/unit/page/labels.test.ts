import { describe, expect, it } from 'vitest';
import { FIELD_KEYS, LABEL_LANGUAGES, PAGE_LABELS, STATUS_KEYS } from '../../../core/page/labels';
import { collapse, normalizeLabel } from '../../../core/page/text';
import { matchLabel, matchSectionHeading, matchStatus } from '../../../core/page/vocabulary';

/** Every path to a word list in a dictionary, e.g. `fields.trackingNumber`. */
function listPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    listPaths(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('label dictionaries', () => {
  const reference = listPaths(PAGE_LABELS.en).sort();

  it('include the required keys', () => {
    for (const key of FIELD_KEYS) expect(reference).toContain(`fields.${key}`);
    for (const key of STATUS_KEYS) expect(reference).toContain(`statuses.${key}`);
    for (const path of ['nonAmazon', 'actions.createReturn', 'fields.returnStatus', 'fields.rmaId']) {
      expect(reference).toContain(path);
    }
    expect(reference).toContain('unfulfillableReasons.damagedUnit');
    expect(reference).toContain('unfulfillableReasons.dangerousGoods');
  });

  for (const language of LABEL_LANGUAGES) {
    it(`${language} has every key, each with words`, () => {
      const dictionary = PAGE_LABELS[language];
      expect(listPaths(dictionary).sort()).toEqual(reference);
      for (const path of reference) {
        const words = path
          .split('.')
          .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], dictionary);
        expect((words as string[]).length, `${language} ${path}`).toBeGreaterThan(0);
      }
    });
  }

  it('never gives one label two meanings, across languages', () => {
    const owner = new Map<string, string>();
    for (const language of LABEL_LANGUAGES) {
      for (const key of FIELD_KEYS) {
        for (const label of PAGE_LABELS[language].fields[key]) {
          const normalized = normalizeLabel(label);
          expect(owner.get(normalized) ?? key, `${language} "${label}"`).toBe(key);
          owner.set(normalized, key);
          expect(matchLabel(label)?.key).toBe(key);
        }
      }
    }
  });

  it('keeps status words apart from labels, so a status value is never read as a label', () => {
    for (const language of LABEL_LANGUAGES) {
      for (const key of STATUS_KEYS) {
        for (const word of PAGE_LABELS[language].statuses[key]) {
          expect(matchLabel(word), `${language} "${word}"`).toBeUndefined();
          expect(matchStatus(word), `${language} "${word}"`).toBeDefined();
        }
      }
    }
  });

  it('reads the natural variants of a delivery status label in every language', () => {
    const delivery = [
      'Statut de la livraison',
      'Statut de livraison',
      'État de la livraison',
      'Delivery status',
      'Tracking status',
      'Lieferstatus',
      'Zustellstatus',
      'Estado de la entrega',
      'Estado de entrega',
      'Stato della consegna',
      'Stato consegna',
    ];
    for (const label of delivery) expect(matchLabel(label)?.key, label).toBe('deliveryStatus');
    // Shipment-level status labels: their value sets the shipment's status and its package's.
    for (const label of [
      'Shipment status',
      'Sendungsstatus',
      'Estado del envío',
      'Stato della spedizione',
      "Statut de l'expédition",
    ])
      expect(matchLabel(label)?.key, label).toBe('status');
  });

  it('takes the number words and the seller words pages swap as the same words', () => {
    for (const label of [
      'Numéro de commande marchand',
      'Numéro de commande du commerçant',
      'Réf. commande marchand',
      'ID de commande de la boutique',
      'Händler-Bestellnummer',
      'Merchant order no.',
      'Número de pedido del comerciante',
      'Rif. ordine venditore',
    ])
      expect(matchLabel(label)?.key, label).toBe('merchantOrderId');
    // The order's own number stays the order's.
    for (const label of ['Numéro de commande', 'Réf. de la commande Amazon', 'Order no.'])
      expect(matchLabel(label)?.key, label).not.toBe('merchantOrderId');
  });

  it('keeps an id, a reference and a seller’s own words apart from an order’s number (review)', () => {
    expect(matchLabel('ID spedizione')?.key).not.toBe('trackingNumber');
    expect(matchLabel('ID della spedizione')?.key).not.toBe('trackingNumber');
    for (const label of ['ID vendeur', 'Réf. marchand', 'ID tienda', 'Riferimento negozio'])
      expect(matchLabel(label)?.key, label).not.toBe('merchantOrderId');
    expect(matchLabel('Referencia de pedido')?.key).toBe('merchantOrderId');
    expect(matchLabel('Référence commande')?.key).toBe('merchantOrderId');
    expect(matchLabel('N° commande')?.key).toBe('orderId');
  });

  it('reads b22’s labels: an RMA’s "ID", the MCF order id spelled out, a pickup as delivered', () => {
    for (const label of [
      "ID d'autorisation de retour",
      'ID de autorización de devolución',
      'ID autorizzazione al reso',
      'Rücksendegenehmigungs-ID',
    ])
      expect(matchLabel(label)?.key, label).toBe('rmaId');
    for (const label of ['ID de pedido de Gestión Multicanal', 'Multi-Channel Fulfillment order ID'])
      expect(matchLabel(label)?.key, label).toBe('orderId');
    for (const event of [
      'Die Sendung wurde vom Empfänger in der Filiale abgeholt.',
      'Picked up by the recipient',
      'Retiré par le destinataire',
    ])
      expect(matchStatus(event), event).toBe('delivered');
    expect(matchStatus('Die Sendung wurde vom Empfänger nicht angenommen')).not.toBe('delivered');
  });

  it('reads the delivery the order promised as its estimated delivery in every language', () => {
    for (const label of [
      'Promised delivery',
      'Livraison promise',
      'Zugesagte Zustellung',
      'Entrega prometida',
      'Consegna promessa',
    ])
      expect(matchLabel(label)?.key, label).toBe('estimatedArrivalDate');
  });

  it('reads British spellings and the quantity a return is for', () => {
    expect(matchLabel('Return authorisation ID')?.key).toBe('rmaId');
    for (const label of [
      'Quantity to return',
      'Quantité à retourner',
      'Zurückzusendende Menge',
      'Cantidad a devolver',
      'Quantità da restituire',
    ])
      expect(matchLabel(label)?.key, label).toBe('returnQuantity');
  });

  it('recognizes numbered shipment and package headings in every language', () => {
    expect(matchSectionHeading('Envoi 1 sur 3')).toBe('shipment');
    expect(matchSectionHeading('Shipment 2 of 3')).toBe('shipment');
    expect(matchSectionHeading('Sendung 1')).toBe('shipment');
    expect(matchSectionHeading('Envío 2')).toBe('shipment');
    expect(matchSectionHeading('Spedizione 1 di 2')).toBe('shipment');
    expect(matchSectionHeading('Colis 2 sur 2')).toBe('package');
    expect(matchSectionHeading('Package 1 of 2')).toBe('package');
    expect(matchSectionHeading('Expédition rapide')).toBeUndefined();
  });
});

describe('normalizeLabel', () => {
  it('folds like NFD without accents, quotes made plain, for every code point below U+3000', () => {
    const marks = /[\u0300-\u036f]/g;
    const quotes = /[’`]/g;
    for (let c = 0x80; c < 0x3000; c++) {
      const text = `n° ${String.fromCharCode(c)}x`;
      const expected = collapse(text).toLowerCase().normalize('NFD').replace(marks, '').replace(quotes, "'");
      expect(normalizeLabel(text), `U+${c.toString(16)}`).toBe(expected);
    }
  });
});
