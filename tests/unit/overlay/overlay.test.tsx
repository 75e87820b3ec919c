// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeFinding } from '../../../components/finding-text';
import { Overlay, type OverlayProps } from '../../../components/overlay/Overlay';
import type { Finding } from '../../../core/model/finding';
import { type Order, OrderSchema } from '../../../core/model/order';

const order: Order = OrderSchema.parse({
  sellerFulfillmentOrderId: '402-1234567-1234567',
  marketplace: {
    host: 'sellercentral.amazon.fr',
    countryCode: 'FR',
    locale: 'fr-FR',
    timeZone: 'Europe/Paris',
  },
  fulfillmentOrderStatus: 'Complete',
  shipments: [
    {
      fulfillmentShipmentStatus: 'SHIPPED',
      shippingDate: '2026-11-12',
      estimatedArrivalDate: '2026-11-16',
      packages: [{ carrierCode: '<img src=x onerror="alert(1)">', trackingNumber: '6A12345678901' }],
    },
  ],
});

const lostClaimable: Finding = {
  kind: 'lost-claimable',
  severity: 'action',
  startedOn: '2026-11-24',
  deadline: '2027-02-14',
  facts: { estimatedArrivalDate: '2026-11-16' },
  messageKey: 'finding.lost-claimable',
  shipmentIndex: 0,
};

function mount(overrides: Partial<OverlayProps> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const props: OverlayProps = {
    lang: 'fr',
    view: { order, assessment: { findings: [lostClaimable], nextReviewAt: null } },
    missing: [],
    collapsed: false,
    onToggle: vi.fn(),
    onSaveField: vi.fn(async () => {}),
    contactSupportUrl: 'https://sellercentral.amazon.fr/cu/contact-us',
    ...overrides,
  };
  render(<Overlay {...props} />, host);
  return { host, props };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Overlay', () => {
  it('shows the order, its dates, tracking with a Swiship link, and the findings with their action', () => {
    const { host } = mount();
    expect(host.textContent).toContain('402-1234567-1234567');
    expect(host.textContent).toContain('12 novembre 2026');
    expect(host.textContent).toContain('16 novembre 2026');
    const link = host.querySelector<HTMLAnchorElement>('a[href^="https://www.swiship.com/track"]');
    expect(link?.href).toBe('https://www.swiship.com/track?id=6A12345678901&loc=fr-FR');
    const item = host.querySelector('[data-kind="lost-claimable"]');
    const text = describeFinding(lostClaimable, 'fr', 'fr-FR');
    expect(item?.textContent).toContain(text.title);
    expect(item?.textContent).toContain(text.action);
    expect(host.querySelector('section')?.getAttribute('data-severity')).toBe('action');
  });

  it('renders text from the page as text, never as markup', () => {
    const { host } = mount();
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('speaks English when asked', () => {
    const { host } = mount({ lang: 'en' });
    expect(host.textContent).toContain('Estimated delivery');
    expect(host.textContent).toContain(describeFinding(lostClaimable, 'en', 'fr-FR').title);
  });

  it('collapses with a keyboard-reachable button that tells its state', () => {
    const { host, props } = mount({ collapsed: true });
    const button = host.querySelector('button.mcf-toggle') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(host.querySelector('[data-testid="overlay-findings"]')).toBeNull();
    button.click();
    expect(props.onToggle).toHaveBeenCalledTimes(1);
  });

  it('lists the fields it could not read and lets the seller type the ones that matter', async () => {
    const { host, props } = mount({
      missing: ['estimatedArrivalDate', 'salesChannel', 'shipments.1.shippingDate'],
    });
    expect(host.querySelector('[data-testid="overlay-missing-list"]')?.textContent).toBe(
      "Date de livraison estimée · Canal de vente · Date d'expédition",
    );
    const input = host.querySelector<HTMLInputElement>('#mcf-field-estimatedArrivalDate');
    expect(input?.type).toBe('date');
    expect(host.querySelector('label[for="mcf-field-estimatedArrivalDate"]')).not.toBeNull();
    input!.value = '2026-11-20';
    input!.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    const save = input!.parentElement!.querySelector('button') as HTMLButtonElement;
    save.click();
    await vi.waitFor(() =>
      expect(props.onSaveField).toHaveBeenCalledWith('estimatedArrivalDate', '2026-11-20'),
    );
  });

  it('asks what the carrier says when the delivery status is unknown (lost-check)', () => {
    const lostCheck: Finding = { ...lostClaimable, kind: 'lost-check', severity: 'warning' };
    const { host } = mount({ view: { order, assessment: { findings: [lostCheck], nextReviewAt: null } } });
    const select = host.querySelector<HTMLSelectElement>('#mcf-field-deliveryStatus');
    expect([...(select?.options ?? [])].map((o) => o.value)).toEqual(['', 'DELIVERED', 'IN_TRANSIT']);
  });

  it('asks no ship date or tracking of an order that has not shipped yet', () => {
    const planning = OrderSchema.parse({ ...order, fulfillmentOrderStatus: 'Planning', shipments: [] });
    const { host } = mount({
      view: { order: planning, assessment: { findings: [], nextReviewAt: null } },
      missing: ['shippingDate', 'trackingNumber', 'carrierCode', 'estimatedArrivalDate'],
    });
    expect(host.querySelector('[data-testid="overlay-missing-list"]')?.textContent).toBe(
      'Date de livraison estimée',
    );
    expect(host.querySelector('#mcf-field-shippingDate')).toBeNull();
    expect(host.querySelector('#mcf-field-estimatedArrivalDate')).not.toBeNull();
  });

  it('says when the order could not be stored', () => {
    const { host } = mount({ view: null, error: 'database closed' });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('database closed');
  });

  it('says in a plain sentence why a page was not read, and shows no order', () => {
    const several = mount({ view: null, refused: 'several-orders' }).host;
    expect(several.querySelector('[data-testid="overlay-refused"]')?.textContent).toBe(
      'Page non lue : plusieurs commandes sur cette page.',
    );
    expect(several.querySelector('[data-testid="overlay-findings"]')).toBeNull();
    expect(several.querySelector('.mcf-id')).toBeNull();
    const other = mount({ view: null, refused: 'other-order', lang: 'en' }).host;
    expect(other.querySelector('[data-testid="overlay-refused"]')?.textContent).toBe(
      'Page not read: it shows another order than the one in its address.',
    );
    expect(mount().host.querySelector('[data-testid="overlay-refused"]')).toBeNull();
  });

  it('names the fields whose values contradict each other, as the missing fields are named', () => {
    const { host } = mount({ conflicts: ['estimatedArrivalDate'] });
    expect(host.querySelector('[data-testid="overlay-conflicts"]')?.textContent).toBe(
      'Valeurs contradictoires : date de livraison estimée',
    );
    const en = mount({
      lang: 'en',
      conflicts: ['shipments.0.packages.1.carrierCode', 'carrierCode', 'salesChannel'],
    });
    expect(en.host.querySelector('[data-testid="overlay-conflicts"]')?.textContent).toBe(
      'Conflicting values: carrier, sales channel',
    );
    expect(mount({ conflicts: [] }).host.querySelector('[data-testid="overlay-conflicts"]')).toBeNull();
  });
});

describe('Overlay: page capture', () => {
  it('offers "Enregistrer cette page pour un signalement" on an order and on a page it refused', () => {
    const capture = { onCount: vi.fn(), onSave: vi.fn() };
    const { host } = mount({ capture });
    expect(host.querySelector('[data-testid="capture-page"]')?.textContent).toBe(
      'Enregistrer cette page pour un signalement',
    );
    document.body.innerHTML = '';
    const refused = mount({ view: null, refused: 'several-orders', capture });
    expect(refused.host.querySelector('[data-testid="capture-page"]')).not.toBeNull();
    expect(capture.onCount).not.toHaveBeenCalled();
  });

  it('shows no capture control when none is wired', () => {
    const { host } = mount();
    expect(host.querySelector('[data-testid="capture-page"]')).toBeNull();
  });
});

describe('Overlay: a reading cut to the limits', () => {
  it('names the values shortened before they were stored', () => {
    const { host } = mount({ cut: ['items.0.title', 'items.1.title'] });
    expect(host.querySelector('[data-testid="overlay-cut"]')?.textContent).toBe(
      'Valeurs trop longues, raccourcies avant l’enregistrement : items.0.title, items.1.title',
    );
    document.body.innerHTML = '';
    expect(mount().host.querySelector('[data-testid="overlay-cut"]')).toBeNull();
  });
});
