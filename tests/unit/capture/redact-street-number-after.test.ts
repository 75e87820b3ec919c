import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, redactText } from '../../../core/capture/redact';

// A street with its number after it (Belgium, Switzerland, Luxembourg) is made of names and
// particles, and its number is no decimal (core/capture/redaction/patterns.ts): "Rue du Commerce
// câble HDMI 2.1" is a shop's name then a product's words. From blind pages b4-fr-order-br-address
// and b4-de-legacy-order-hotel; here other titles and the Belgian streets still taken.

describe('a street written number last', () => {
  it.each([
    'Place Vendôme Parfums eau de toilette 7.5 ml',
    'Avenue Montaigne sac cabas 2 poches',
    'Rue du Commerce adaptateur USB-C 3.1 Gen 2',
  ])('is not read into a product title: %s', (title) => {
    expect(redactText(title).text).toBe(title);
  });

  it.each([
    'Rue de la Loi 16',
    "Rue d'Arlon 25",
    "Rue de l'Étuve 12",
    'Avenue Louise 149 bte 3',
    'Quai aux Briques 8',
    'Chaussée de Waterloo 1200',
  ])('is still replaced: %s', (street) => {
    expect(redactText(street).text).toBe(PLACEHOLDERS.street);
  });
});
