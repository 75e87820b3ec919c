import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../../core/capture/redact';
import { bodyOf as capturedBodyOf } from './captured-body';

// A report's town and postcode columns are the buyer's when the same header row has a person's
// raw column ("recipient_name", "ship-phone"), even beside a fulfilment centre's column
// (core/capture/redaction/goods-places.ts). From blind page b4-de-fulfilled-shipments-report,
// where "ship-postal-code" beside "fulfillment-center-id" kept every postcode.

const URL_IT = 'https://sellercentral.amazon.it/reportcentral/FBA_SHIPMENTS/0';

const bodyOf = (body: string) => capturedBodyOf(URL_IT, 'it', body);

const row = (cells: string[], role: string) =>
  `<div role="row">${cells.map((cell) => `<div role="${role}">${cell}</div>`).join('')}</div>`;

describe('a report’s town columns beside a centre’s', () => {
  it('are replaced when a column of the same header names the buyer (a grid of roles, snake_case names)', async () => {
    const page = await bodyOf(
      `<div role="grid">${row(['amazon_order_id', 'recipient_name', 'ship_city', 'ship_postal_code', 'warehouse_id'], 'columnheader')}${row(['171-2233445-6677889', 'Giulia Ferraresi', 'Rovigo', '45100', 'MXP5'], 'cell')}${row(['171-9988776-5544332', 'Piero Zanin', 'Chioggia', '30015', 'FCO1'], 'cell')}</div>`,
    );
    for (const gone of ['Ferraresi', 'Rovigo', '45100', 'Chioggia', '30015'])
      expect(page).not.toContain(gone);
    for (const kept of ['171-2233445-6677889', 'MXP5', 'FCO1', 'ship_postal_code'])
      expect(page).toContain(kept);
    expect(page).toContain(PLACEHOLDERS.city);
  });

  it('stay in a table of centres, whose raw columns name no person', async () => {
    const page = await bodyOf(
      `<table><tr><th>fulfillment-center-id</th><th>center_city</th><th>center_postal_code</th></tr><tr><td>MXP5</td><td>Castel San Giovanni</td><td>29015</td></tr></table>`,
    );
    for (const kept of ['Castel San Giovanni', '29015']) expect(page).toContain(kept);
  });
});
