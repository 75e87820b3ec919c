import { describe, expect, it } from 'vitest';
import { orderStatusText, statusCodesText } from '../../../components/status-text';
import { LANGS } from '../../../core/i18n/lang';
import {
  FULFILLMENT_ORDER_STATUSES,
  FULFILLMENT_SHIPMENT_STATUSES,
  PACKAGE_STATUSES,
} from '../../../core/model/sp-api-enums';

describe('orderStatusText', () => {
  it('says the order status and the parcel status in the seller’s words', () => {
    const order = {
      fulfillmentOrderStatus: 'Complete' as const,
      shipments: [{ packages: [{ currentStatus: 'IN_TRANSIT' as const, events: [] }] }],
    };
    expect(orderStatusText(order, 'fr')).toBe('Expédiée · en transit');
    expect(orderStatusText(order, 'en')).toBe('Shipped · in transit');
  });
  it('has words for every SP-API order status and parcel status, in every language', () => {
    for (const lang of LANGS) {
      for (const status of FULFILLMENT_ORDER_STATUSES) {
        const text = orderStatusText({ fulfillmentOrderStatus: status, shipments: [] }, lang);
        // English words may be the code itself ("New"); other languages never.
        if (lang !== 'en') expect(text, `${lang} ${status}`).not.toBe(status);
        expect(text, `${lang} ${status}`).not.toBe('—');
      }
      for (const status of PACKAGE_STATUSES) {
        const text = orderStatusText(
          { shipments: [{ packages: [{ currentStatus: status, events: [] }] }] },
          lang,
        );
        expect(text, `${lang} ${status}`).not.toMatch(/_|^[A-Z ]+$/);
      }
    }
  });
  it('shows a dash when the page gave no status', () => {
    expect(orderStatusText({ shipments: [] }, 'fr')).toBe('—');
  });
});

describe('statusCodesText', () => {
  it('turns the summary codes of the dashboard table into words', () => {
    expect(statusCodesText('Complete · IN_TRANSIT', 'fr')).toBe('Expédiée · en transit');
    expect(statusCodesText('Planning', 'en')).toBe('Planning');
    expect(statusCodesText('', 'en')).toBe('—');
  });
  it('says an imported order shipped without a carrier status in words, not "SHIPPED"', () => {
    // A fulfilled-shipments report gives no order status and no carrier status: the summary holds
    // the shipment's status alone.
    expect(statusCodesText('SHIPPED', 'fr')).toBe('colis expédié');
    expect(statusCodesText('Complete · SHIPPED', 'de')).toBe('Versandt · Paket versandt');
    expect(statusCodesText('CANCELLED_BY_SELLER', 'it')).toBe('spedizione annullata dal venditore');
  });
  it('never shows one of Amazon’s codes as it is, in any language', () => {
    const codes = [...FULFILLMENT_ORDER_STATUSES, ...FULFILLMENT_SHIPMENT_STATUSES, ...PACKAGE_STATUSES];
    for (const lang of LANGS)
      for (const code of codes) {
        const text = statusCodesText(code, lang);
        if (lang !== 'en') expect(text, `${lang} ${code}`).not.toBe(code);
        expect(text, `${lang} ${code}`).not.toMatch(/_|^[A-Z ]+$/);
      }
  });
  it('writes a code it has no words for in lower case, without underscores', () => {
    expect(statusCodesText('Complete · SOME_NEW_STATUS', 'en')).toBe('Shipped · some new status');
  });
});
