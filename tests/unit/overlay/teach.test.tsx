// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay, type OverlayProps, readFromPage } from '../../../components/overlay/Overlay';
import { TeachLayer, type TeachLayerProps } from '../../../components/overlay/TeachLayer';
import { type Order, OrderSchema } from '../../../core/model/order';
import { USER_FIELDS } from '../../../core/user-fields';

// The overlay's teach controls: "Montrer sur la page" for each teachable field that is missing
// or read from the page, and the teach layer (what was read, confirm, cancel).

const seen = { source: 'page', seenAt: '2026-12-01T10:00:00.000Z' } as const;
const typed = { source: 'user', seenAt: '2026-12-01T10:00:00.000Z' } as const;

/** Shipped, read from the page: ship date, carrier and tracking; no EDD. */
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
      packages: [{ carrierCode: 'Colissimo', trackingNumber: '6A12345678901' }],
    },
  ],
  provenance: {
    fulfillmentOrderStatus: seen,
    'shipments.0.shippingDate': seen,
    'shipments.0.packages.0.carrierCode': seen,
    'shipments.0.packages.0.trackingNumber': typed,
  },
});

/**
 * A click as the browser makes it from the seller's input. happy-dom's own (and a page script's)
 * are never trusted; a browser's `isTrusted` cannot be redefined.
 */
function sellerClick(target: Element | null | undefined): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target?.dispatchEvent(event);
}

function mount(overrides: Partial<OverlayProps> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const props: OverlayProps = {
    lang: 'fr',
    view: { order, assessment: { findings: [], nextReviewAt: null } },
    missing: ['estimatedArrivalDate', 'salesChannel'],
    collapsed: false,
    onToggle: vi.fn(),
    onSaveField: vi.fn(async () => {}),
    onTeach: vi.fn(),
    contactSupportUrl: 'https://sellercentral.amazon.fr/cu/contact-us',
    ...overrides,
  };
  render(<Overlay {...props} />, host);
  return { host, props };
}

const teachButtons = (host: Element) =>
  [...host.querySelectorAll<HTMLButtonElement>('[data-testid^="teach-field-"]')].map((b) =>
    b.getAttribute('data-testid'),
  );

afterEach(() => {
  document.body.innerHTML = '';
});

describe('teach buttons', () => {
  it('offers "Montrer sur la page" for a missing field, as a missing one', () => {
    const { host, props } = mount();
    const button = host.querySelector<HTMLButtonElement>('[data-testid="teach-field-estimatedArrivalDate"]');
    expect(button?.textContent).toBe('Montrer sur la page');
    // Beside the field's row, whose one button stays its Save.
    expect(button?.closest('.mcf-field')).toBeNull();
    sellerClick(button);
    expect(props.onTeach).toHaveBeenCalledWith('estimatedArrivalDate', false);
  });

  it("ignores a page script's click on a teach button", () => {
    const { host, props } = mount();
    const button = host.querySelector<HTMLButtonElement>('[data-testid="teach-field-estimatedArrivalDate"]');
    button?.click();
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(props.onTeach).not.toHaveBeenCalled();
  });

  it('offers it for fields read from the page (the seller says they are wrong), not for typed ones', () => {
    const { host, props } = mount();
    expect(teachButtons(host).sort()).toEqual([
      'teach-field-carrierCode',
      'teach-field-estimatedArrivalDate',
      'teach-field-shippingDate',
    ]);
    sellerClick(host.querySelector<HTMLButtonElement>('[data-testid="teach-field-shippingDate"]'));
    expect(props.onTeach).toHaveBeenCalledWith('shippingDate', true);
  });

  it('uses the USER_FIELDS names and never shows two buttons for one field', () => {
    const delivered = OrderSchema.parse({
      ...order,
      estimatedArrivalDate: '2026-11-16',
      shipments: [
        {
          ...order.shipments[0],
          packages: [{ ...order.shipments[0]?.packages[0], currentStatus: 'DELIVERED' }],
        },
      ],
      provenance: {
        ...order.provenance,
        estimatedArrivalDate: seen,
        'shipments.0.packages.0.currentStatus': seen,
        'shipments.0.packages.0.trackingNumber': seen,
      },
    });
    const { host } = mount({
      view: { order: delivered, assessment: { findings: [], nextReviewAt: null } },
      missing: [],
    });
    const ids = teachButtons(host);
    expect(ids.sort()).toEqual(USER_FIELDS.map((f) => `teach-field-${f}`).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('speaks English, and shows no button without a teach handler or when collapsed', () => {
    const en = mount({ lang: 'en' }).host;
    expect(en.querySelector('[data-testid="teach-field-estimatedArrivalDate"]')?.textContent).toBe(
      'Show on the page',
    );
    expect(teachButtons(mount({ onTeach: undefined }).host)).toEqual([]);
    expect(teachButtons(mount({ collapsed: true }).host)).toEqual([]);
  });

  it('knows which shown values the page gave: the EDD of the first shipment before the order one', () => {
    const both = OrderSchema.parse({
      ...order,
      estimatedArrivalDate: '2026-11-16',
      shipments: [{ ...order.shipments[0], estimatedArrivalDate: '2026-11-17' }],
      provenance: { estimatedArrivalDate: typed, 'shipments.0.estimatedArrivalDate': seen },
    });
    expect(readFromPage(both, 'estimatedArrivalDate')).toBe(true);
    expect(
      readFromPage({ ...both, provenance: { estimatedArrivalDate: seen } }, 'estimatedArrivalDate'),
    ).toBe(false);
    expect(readFromPage(order, 'trackingNumber')).toBe(false);
    expect(readFromPage(order, 'deliveryStatus')).toBe(false);
  });

  it('says what the last teach gave', () => {
    expect(
      mount({ taught: 'learned' }).host.querySelector('[data-testid="teach-done"]')?.textContent,
    ).toContain('Appris');
    expect(
      mount({ taught: 'value-only', lang: 'en' }).host.querySelector('[data-testid="teach-done"]')
        ?.textContent,
    ).toContain('Value stored for this order');
  });
});

describe('TeachLayer', () => {
  function layer(overrides: Partial<TeachLayerProps> = {}) {
    const host = document.createElement('div');
    document.body.append(host);
    const props: TeachLayerProps = {
      lang: 'fr',
      field: 'estimatedArrivalDate',
      hovered: null,
      picked: null,
      saving: false,
      onConfirm: vi.fn(),
      onCancel: vi.fn(),
      ...overrides,
    };
    render(<TeachLayer {...props} />, host);
    const confirm = host.querySelector<HTMLButtonElement>('[data-testid="teach-confirm"]')!;
    const cancel = host.querySelector<HTMLButtonElement>('[data-testid="teach-cancel"]')!;
    return { host, props, confirm, cancel };
  }

  it('asks for the field, with confirm disabled until something is picked, and cancels', () => {
    const { host, props, confirm, cancel } = layer();
    expect(host.textContent).toContain('Cliquez sur la valeur sur la page : Date de livraison estimée.');
    expect(confirm.disabled).toBe(true);
    sellerClick(cancel);
    expect(props.onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows what was read and what it is stored as, and confirms', () => {
    const { host, props, confirm } = layer({
      picked: {
        box: { top: 10, left: 20, width: 100, height: 18 },
        value: { ok: true, value: '2026-12-12', shown: '12 déc. 2026' },
      },
    });
    expect(host.querySelector('[data-testid="teach-value"]')?.textContent).toBe(
      'Valeur lue : 12 déc. 2026 → 2026-12-12',
    );
    const outline = host.querySelector<HTMLElement>('.mcf-teach-picked');
    expect(outline?.style.top).toBe('10px');
    expect(outline?.style.width).toBe('100px');
    expect(confirm.disabled).toBe(false);
    sellerClick(confirm);
    expect(props.onConfirm).toHaveBeenCalledTimes(1);
  });

  it("ignores a page script's clicks on confirm and cancel", () => {
    const { props, confirm, cancel } = layer({
      picked: {
        box: { top: 10, left: 20, width: 100, height: 18 },
        value: { ok: true, value: '2026-12-12', shown: '12 déc. 2026' },
      },
    });
    confirm.click();
    confirm.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    cancel.click();
    expect(props.onConfirm).not.toHaveBeenCalled();
    expect(props.onCancel).not.toHaveBeenCalled();
  });

  it('says why a pick fails its shape check, with confirm disabled; page text stays text', () => {
    const { host, confirm } = layer({
      lang: 'en',
      picked: {
        box: null,
        value: { ok: false, shown: '<img src=x onerror="alert(1)">', reason: 'not-a-date' },
      },
    });
    expect(confirm.disabled).toBe(true);
    expect(host.querySelector('[data-testid="teach-reason"]')?.textContent).toBe(
      'This is not a date that can be read.',
    );
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('names a delivery status in words, and keeps confirm disabled while saving', () => {
    const { host, confirm } = layer({
      field: 'deliveryStatus',
      saving: true,
      picked: { box: null, value: { ok: true, value: 'DELIVERED', shown: 'Colis livré' } },
    });
    expect(host.querySelector('[data-testid="teach-value"]')?.textContent).toBe(
      'Valeur lue : Colis livré → Livré',
    );
    expect(confirm.disabled).toBe(true);
    expect(confirm.textContent).toBe('Enregistrement…');
  });

  it('outlines the hovered element and lets the pointer through the dim layer', () => {
    const { host } = layer({ hovered: { top: 1, left: 2, width: 3, height: 4 } });
    expect(host.querySelector('.mcf-teach-dim')).not.toBeNull();
    expect(host.querySelector<HTMLElement>('.mcf-teach-outline:not(.mcf-teach-picked)')?.style.left).toBe(
      '2px',
    );
  });

  it('is drawn by the overlay while teaching, collapsed or not', () => {
    const teach = {
      field: 'estimatedArrivalDate' as const,
      hovered: null,
      picked: null,
      saving: false,
      onConfirm: vi.fn(),
      onCancel: vi.fn(),
    };
    expect(
      mount({ teach, collapsed: true }).host.querySelector('[data-testid="teach-layer"]'),
    ).not.toBeNull();
    expect(mount().host.querySelector('[data-testid="teach-layer"]')).toBeNull();
  });
});
