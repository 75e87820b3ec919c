// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDay, orderLink, swishipLink } from '../../../components/dashboard/format';
import { DASHBOARD_TEXTS } from '../../../components/dashboard/texts';
import { summarizeOrder } from '../../../core/export/order-summary';
import { LANGS, type Lang } from '../../../core/i18n/lang';
import { OrderSchema } from '../../../core/model/order';
import { mountOrdersView } from './mount-orders-view';
import { memorySource, settle } from './sources';

// What the dashboard table shows: statuses, dates in the UI language, and its links.

const DE = { host: 'sellercentral.amazon.de', countryCode: 'DE', locale: 'de-DE', timeZone: 'Europe/Berlin' };
const ISO_DAY = /\d{4}-\d{2}-\d{2}/;

function summary(sellerFulfillmentOrderId: string, displayableOrderId?: string) {
  const order = OrderSchema.parse({
    sellerFulfillmentOrderId,
    ...(displayableOrderId ? { displayableOrderId } : {}),
    fulfillmentOrderStatus: 'Complete',
    marketplace: DE,
    shipments: [
      {
        shippingDate: '2026-11-02',
        estimatedArrivalDate: '2026-11-05',
        fulfillmentShipmentStatus: 'SHIPPED',
        packages: [{ carrierCode: 'DHL', trackingNumber: 'JD0140', currentStatus: 'IN_TRANSIT' }],
      },
    ],
  });
  return summarizeOrder(`-/DE/${sellerFulfillmentOrderId}`, order, {
    findings: [
      {
        kind: 'lost-check',
        severity: 'warning',
        startedOn: '2026-11-13',
        deadline: '2027-02-03',
        facts: {},
        messageKey: 'lost-check',
        shipmentIndex: 0,
      },
    ],
    nextReviewAt: null,
  });
}

const NOW = new Date('2026-11-20T10:00:00Z');

async function mount(lang: Lang, rows = [summary('302-1234567-7654321')]) {
  const host = mountOrdersView({
    lang,
    texts: DASHBOARD_TEXTS[lang],
    source: memorySource(rows, NOW),
    now: NOW,
  });
  await settle();
  return host;
}

const row = (host: HTMLElement) => host.querySelector<HTMLElement>('[data-testid="order-row"]')!;
const cell = (host: HTMLElement, name: string) => row(host).querySelector<HTMLElement>(`.cell.${name}`)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('dates in the UI language', () => {
  it('writes a stored day in each language, never its ISO form', () => {
    expect(formatDay('2026-11-02', 'fr')).toBe('2 nov. 2026');
    expect(formatDay('2026-11-02', 'en')).toBe('2 Nov 2026');
    expect(formatDay('2026-11-02', 'de')).toBe('2. Nov. 2026');
    for (const lang of LANGS) expect(formatDay('2026-03-31', lang)).not.toMatch(ISO_DAY);
    // the day is the marketplace's calendar day, whatever the time zone of the browser
    expect(formatDay('2026-01-01', 'en')).toBe('1 Jan 2026');
  });

  it('shows ship date, estimated delivery and claim deadline in words in every language', async () => {
    for (const lang of LANGS) {
      const host = await mount(lang);
      expect(row(host).textContent).not.toMatch(ISO_DAY);
      expect(cell(host, 'shipDate').textContent).toBe(formatDay('2026-11-02', lang));
      expect(cell(host, 'edd').textContent).toBe(formatDay('2026-11-05', lang));
      expect(cell(host, 'claimDeadline').textContent).toContain(formatDay('2027-02-03', lang));
      document.body.innerHTML = '';
    }
  });
});

describe('statuses in the UI language', () => {
  it('shows the status words, in the cell and its tooltip, never the enum names', async () => {
    const expected: Record<Lang, string> = {
      fr: 'Expédiée · en transit',
      en: 'Shipped · in transit',
      de: 'Versandt · unterwegs',
      es: 'Enviado · en tránsito',
      it: 'Spedito · in transito',
    };
    for (const lang of LANGS) {
      const host = await mount(lang);
      const status = cell(host, 'status');
      expect(status.textContent).toBe(expected[lang]);
      expect(status.title).toBe(expected[lang]);
      expect(row(host).outerHTML).not.toMatch(/Complete|IN_TRANSIT/);
      document.body.innerHTML = '';
    }
  });
});

describe('links of a row', () => {
  it('makes the "check on Swiship" chip a link to the marketplace’s Swiship page for the parcel', async () => {
    const host = await mount('de');
    const chip = row(host).querySelector<HTMLAnchorElement>('[data-testid="swiship-chip"]')!;
    expect(chip.tagName).toBe('A');
    expect(chip.textContent).toBe(DASHBOARD_TEXTS.de.kinds['lost-check']);
    expect(chip.href).toBe('https://www.swiship.com/track?id=JD0140&loc=de-DE');
    expect(chip.target).toBe('_blank');
    expect(chip.rel).toContain('noopener');
    expect(swishipLink({ locale: 'it-IT' })).toBeUndefined();
  });

  it('keeps the chip as text when the order has no tracking number', async () => {
    const bare = summary('302-1234567-7654321');
    delete bare.tracking;
    const host = await mount('fr', [bare]);
    expect(row(host).querySelector('[data-testid="swiship-chip"]')).toBeNull();
    expect(row(host).querySelector('.finding')?.textContent).toBe('Vérifier sur Swiship');
  });

  it('links an Amazon-shaped order id to its Seller Central order page', async () => {
    const host = await mount('fr');
    const link = cell(host, 'orderId').querySelector<HTMLAnchorElement>('a')!;
    expect(link.href).toBe('https://sellercentral.amazon.de/orders-v3/order/302-1234567-7654321');
    expect(link.textContent).toBe('302-1234567-7654321');
    expect(link.title).toBe(DASHBOARD_TEXTS.fr.openOrder);
  });

  it('uses the Amazon id of an order known by the seller’s own id, and no link without one', async () => {
    expect(orderLink(summary('SHOP-42', '028-1111111-2222222'))).toBe(
      'https://sellercentral.amazon.de/orders-v3/order/028-1111111-2222222',
    );
    expect(orderLink(summary('SHOP-42'))).toBeUndefined();
    const host = await mount('fr', [summary('SHOP-42')]);
    expect(cell(host, 'orderId').querySelector('a')).toBeNull();
    expect(cell(host, 'orderId').textContent).toBe('SHOP-42');
  });

  it('names the Amazon id in the cell’s tooltip only when the cell shows another id', async () => {
    const own = await mount('fr', [summary('SHOP-42', '028-1111111-2222222')]);
    expect(cell(own, 'orderId').title).toBe('028-1111111-2222222');
    document.body.innerHTML = '';
    const amazon = await mount('fr', [summary('302-1234567-7654321')]);
    expect(cell(amazon, 'orderId').hasAttribute('title')).toBe(false);
  });
});

describe('column headers', () => {
  it('wrap instead of being cut', () => {
    const css = readFileSync('entrypoints/dashboard/dashboard.css', 'utf8');
    const rule = /\.orders-table tr\.head \.cell \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/white-space:\s*normal/);
    expect(rule).toMatch(/overflow:\s*visible/);
    expect(rule).toMatch(/text-overflow:\s*clip/);
  });
});
