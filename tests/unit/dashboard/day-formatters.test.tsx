// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, prepareDayFormatters, prepareZones } from '../../../components/dashboard/format';
import { createRow, fillRow } from '../../../components/dashboard/row-cells';
import { DASHBOARD_TEXTS } from '../../../components/dashboard/texts';
import { summarizeOrder } from '../../../core/export/order-summary';
import { OrderSchema } from '../../../core/model/order';

// The dashboard makes a row's day formatters while its database opens: the first rows' render then
// creates none of them (only the marketplace's zone lookups, which depend on the rows).

const IT = { host: 'sellercentral.amazon.it', countryCode: 'IT', locale: 'it-IT', timeZone: 'Europe/Rome' };

function row() {
  const order = OrderSchema.parse({
    sellerFulfillmentOrderId: 'NEGOZIO-77',
    marketplace: IT,
    shipments: [
      {
        shippingDate: '2025-04-02',
        estimatedArrivalDate: '2025-04-07',
        packages: [{ carrierCode: 'BRT', trackingNumber: 'BRT0099' }],
      },
    ],
  });
  return summarizeOrder('-/IT/NEGOZIO-77', order, {
    findings: [
      {
        kind: 'lost-check',
        severity: 'warning',
        startedOn: '2025-04-15',
        deadline: '2025-07-06',
        facts: {},
        messageKey: 'lost-check',
        shipmentIndex: 0,
      },
    ],
    nextReviewAt: null,
  });
}

/** One row of the table, in Italian, in a table of its own. */
function renderItalianRow(summary: ReturnType<typeof row>, now: Date): HTMLElement {
  const host = document.createElement('table');
  document.body.append(host);
  const tr = createRow(document);
  host.append(tr);
  fillRow(
    tr,
    summary,
    { texts: DASHBOARD_TEXTS.it, lang: 'it', now },
    { index: 0, tabbable: true, checked: false, busy: false },
  );
  return host;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('day formatters prepared before the first rows', () => {
  it('leaves a row in Italian no day formatter to create', () => {
    prepareDayFormatters('it');
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    const host = renderItalianRow(row(), new Date('2025-04-20T08:00:00Z'));
    // The row did write its dates (in Italian), with formatters made beforehand.
    expect(host.textContent).toMatch(/apr/);
    const dayFormatters = made.mock.calls.filter(([, options]) => options?.timeZone === 'UTC');
    expect(dayFormatters).toEqual([]);
  });
});

describe('days written once', () => {
  it('formats a day once per language, whatever the rows sharing it', () => {
    // `format` is a getter of the prototype: each use of it reads it once.
    const format = vi.spyOn(
      Intl.DateTimeFormat.prototype as unknown as Record<'format', unknown>,
      'format',
      'get',
    );
    const first = formatDay('2025-06-13', 'es');
    expect(first).toMatch(/jun/);
    for (let i = 0; i < 20; i++) expect(formatDay('2025-06-13', 'es')).toBe(first);
    expect(format).toHaveBeenCalledTimes(1);
    // Another language is another text.
    expect(formatDay('2025-06-13', 'de')).not.toBe(first);
    expect(format).toHaveBeenCalledTimes(2);
  });
});

describe("the marketplaces' zones prepared before the first rows", () => {
  it('leave a row no zone formatter to create, and tolerate a zone the browser does not know', () => {
    // Asia/Tokyo: a zone no other test of this file looks up first.
    const now = new Date('2025-04-20T08:00:00Z');
    expect(() => prepareZones(['Asia/Tokyo', 'Not/AZone'], now)).not.toThrow();
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    const host = renderItalianRow({ ...row(), timeZone: 'Asia/Tokyo' }, now);
    expect(host.textContent).toMatch(/apr/);
    expect(made.mock.calls.filter(([, options]) => options?.timeZone === 'Asia/Tokyo')).toEqual([]);
  });
});
