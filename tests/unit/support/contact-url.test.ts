import { describe, expect, it } from 'vitest';
import { SELLER_CENTRAL_HOSTS } from '../../../core/marketplaces';
import { CONTACT_PAGE_GLOBS, contactUrlFor, isContactPageUrl } from '../../../core/support/contact-url';
import { caseRoleOfLabel } from '../../../core/support/labels';

describe('the contact page of a marketplace', () => {
  it('is the Help Hub support page of each known host', () => {
    expect(contactUrlFor('sellercentral.amazon.fr')).toBe('https://sellercentral.amazon.fr/help/hub/support');
    expect(contactUrlFor('SellerCentral.Amazon.DE')).toBe('https://sellercentral.amazon.de/help/hub/support');
    for (const host of Object.keys(SELLER_CENTRAL_HOSTS)) {
      const url = contactUrlFor(host);
      expect(url && isContactPageUrl(url), host).toBe(true);
    }
  });

  it('is built for no other host', () => {
    for (const host of ['evil.example', 'sellercentral.amazon.fr.evil.example', 'amazon.fr', '', 'toString'])
      expect(contactUrlFor(host), host).toBeNull();
  });

  it('recognises the Help Hub and the older Contact us pages, on Seller Central over https only', () => {
    for (const url of [
      'https://sellercentral.amazon.fr/help/hub/support',
      'https://sellercentral.amazon.fr/help/hub/support/browse-issue',
      'https://sellercentral.amazon.com/help/hub/support/describe?issueId=FBA_RETURNS',
      'https://sellercentral.amazon.de/cu/contact-us?skipHelpHubRedirect=true',
    ])
      expect(isContactPageUrl(url), url).toBe(true);
    for (const url of [
      'http://sellercentral.amazon.fr/help/hub/support',
      'https://evil.example/help/hub/support',
      'https://sellercentral.amazon.fr/help/hub/supportive',
      'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567',
      'https://sellercentral.amazon.fr/gp/help/help.html?itemID=G200',
      'not a url',
    ])
      expect(isContactPageUrl(url), url).toBe(false);
  });

  it('content-script globs cover exactly those paths', () => {
    expect(CONTACT_PAGE_GLOBS).toEqual(['https://*/help/hub/support*', 'https://*/cu/contact-us*']);
  });
});

describe('case-form labels in five languages', () => {
  it('names the description, subject and order-id boxes as each language writes them', () => {
    const cases: [string, string | null][] = [
      ['Description *', 'description'],
      ['What do you need help with?', 'description'],
      ['Décrivez votre problème :', 'description'],
      ['Beschreibung:', 'description'],
      ['Wobei benötigen Sie Hilfe?', 'description'],
      ['Descripción', 'description'],
      ['¿Con qué necesitas ayuda?', 'description'],
      ['Descrizione', 'description'],
      ['Subject', 'subject'],
      ['Objet', 'subject'],
      ['Betreff', 'subject'],
      ['Asunto', 'subject'],
      ['Oggetto', 'subject'],
      ['Short description', 'subject'],
      ['Order ID', 'orderId'],
      ['Numéro de commande', 'orderId'],
      ['Bestellnummer', 'orderId'],
      ['Número de pedido', 'orderId'],
      ["Numero dell'ordine", 'orderId'],
      // Exact matches only.
      ['Product description', null],
      ['Search help', null],
      ['', null],
    ];
    for (const [label, role] of cases) expect(caseRoleOfLabel(label), label).toBe(role);
  });
});
