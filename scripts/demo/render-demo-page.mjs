// Fills the demo order page's dates relative to a given day so that the demo (and the e2e test
// that shares it) always shows an order whose lost-order claim is open: shipped 16 days ago,
// expected 12 days ago (R4: claimable from EDD + 8).
import { readFileSync } from 'node:fs';

const FRENCH_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];

/** "9 nov. 2026", the way Seller Central France prints a date (CLDR fr, medium). */
export function frenchDate(day) {
  return `${day.getUTCDate()} ${FRENCH_MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

/** @param {Date} today a UTC midnight standing for the calendar day in Paris */
export function renderDemoPage(today) {
  const daysAgo = (n) => new Date(today.getTime() - n * 86_400_000);
  const html = readFileSync(new URL('./order-page.html', import.meta.url), 'utf8');
  return html
    .replaceAll('{{SHIP_DATE}}', frenchDate(daysAgo(16)))
    .replaceAll('{{EDD}}', frenchDate(daysAgo(12)));
}

/** Today's calendar day in Paris, as a UTC midnight. */
export function todayInParis(now = new Date()) {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' })
    .format(now)
    .split('-')
    .map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export const DEMO_ORDER_URL = 'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567';
export const DEMO_ORDER_ID = '402-1234567-1234567';
