import { describe, expect, it } from 'vitest';
import { orderStatusText, statusCodesText } from '../../../components/status-text';
import { FULFILLMENT_ORDER_STATUSES } from '../../../core/model/sp-api-enums';

describe('orderStatusText', () => {
  it('says the order status and the parcel status in the seller’s words', () => {
    const order = {
      fulfillmentOrderStatus: 'Complete' as const,
      shipments: [{ packages: [{ currentStatus: 'IN_TRANSIT' as const, events: [] }] }],
    };
    expect(orderStatusText(order, 'fr')).toBe('Expédiée · en transit');
    expect(orderStatusText(order, 'en')).toBe('Shipped · in transit');
  });
  it('has French words for every SP-API order status', () => {
    for (const status of FULFILLMENT_ORDER_STATUSES) {
      const text = orderStatusText({ fulfillmentOrderStatus: status, shipments: [] }, 'fr');
      expect(text, status).not.toBe(status);
      expect(text, status).not.toBe('—');
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
});
