import { describe, expect, it } from 'vitest';
import { captureFileName, capturePage } from '../../../core/capture/capture-page';
import { captureHeader, commentSafe, parseCaptureHeader } from '../../../core/capture/header';
import { type PageOutcome, readPage } from '../../../core/page/read-order-page';
import { FIXTURE_READ_AT, PAGE_FIXTURES } from '../../fixtures/pages';
import { loadPage, readFixture } from '../page/load-fixture';

// A capture read back gives the reading of the page it was taken from; no personal string of a
// page survives it; its header says where, when and what was read.

/** A reading with each field's provenance reduced to its path: the instants may differ. */
function comparable(outcome: PageOutcome) {
  if (outcome.kind !== 'order') return outcome;
  const { provenance, ...order } = outcome.reading.order;
  return {
    ...outcome,
    reading: { ...outcome.reading, order: { ...order, provenance: Object.keys(provenance ?? {}).sort() } },
  };
}

async function captureFixture(file: string, url: string, { fakeIds = false, lateRendered = false } = {}) {
  const { document } = await loadPage(readFixture(file), url, { runScripts: lateRendered });
  const reading = readPage(document, url, { now: FIXTURE_READ_AT });
  const capture = capturePage(document, {
    url,
    now: FIXTURE_READ_AT,
    version: '0.1.0',
    uiLanguage: 'fr-FR',
    reading,
    fakeIds,
    salt: 'test',
  });
  return { reading, ...capture };
}

describe('capturePage', () => {
  it('gives the same reading on the Katal page with shadow roots, read back at its URL', async () => {
    const fixture = PAGE_FIXTURES.find((f) => f.file === 'en-us-katal-mcf-multi.html')!;
    const { reading, html } = await captureFixture(fixture.file, fixture.url);
    expect(reading.kind).toBe('order');
    expect(html).toContain('<template shadowrootmode="open">');
    const { document } = await loadPage(html, fixture.url);
    const again = readPage(document, fixture.url, { now: '2024-12-06T10:30:00.000Z' });
    expect(comparable(again)).toEqual(comparable(reading));
  });

  for (const fixture of PAGE_FIXTURES) {
    it(`gives the same reading on ${fixture.file}`, async () => {
      const { reading, html } = await captureFixture(fixture.file, fixture.url, {
        lateRendered: fixture.lateRendered,
      });
      const { document } = await loadPage(html, fixture.url);
      expect(comparable(readPage(document, fixture.url, { now: FIXTURE_READ_AT }))).toEqual(
        comparable(reading),
      );
    });
  }

  it('leaves none of a page’s personal strings, and keeps its ids, SKUs, ASINs, dates, carrier and tracking', async () => {
    const fixture = PAGE_FIXTURES.find((f) => f.file === 'fr-classic-shipped.html')!;
    const { html, removed } = await captureFixture(fixture.file, fixture.url);
    for (const personal of ['Marie', 'Dupont', '12 rue des Lilas', '69003', 'Lyon'])
      expect(html).not.toContain(personal);
    for (const kept of [
      '402-1234567-1234567',
      'TEA-POT-12',
      'B08XYZ1234',
      'mar. 10',
      'Colissimo',
      '6A12345678901',
      'BOUTIQUE-10482',
    ])
      expect(html).toContain(kept);
    expect(removed).toEqual({ names: 1, addresses: 1, phones: 0, emails: 0, messages: 0, ids: 0 });
  });

  it('removes the customer’s texts of the hostile page', async () => {
    const fixture = PAGE_FIXTURES.find((f) => f.file === 'fr-hostile-comment.html')!;
    const { html, removed } = await captureFixture(fixture.file, fixture.url);
    for (const personal of ['voisin', 'FAKE99999999', 'Faux Express', 'GIFT55555555', 'Joyeux anniversaire'])
      expect(html).not.toContain(personal);
    expect(removed.messages).toBe(2);
    // Markup typed by a buyer stays text.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('with fakeIds, fakes order ids and tracking numbers everywhere, and the fake page reads as the fake order', async () => {
    const fixture = PAGE_FIXTURES.find((f) => f.file === 'fr-classic-shipped.html')!;
    const { html, removed, reading } = await captureFixture(fixture.file, fixture.url, { fakeIds: true });
    expect(html).not.toContain('1234567-1234567');
    expect(html).not.toContain('6A12345678901');
    expect(removed.ids).toBe(2);
    const header = parseCaptureHeader(html)!;
    const fakeId = /order\/(\d{3}-\d{7}-\d{7})$/.exec(header.url)![1]!;
    expect(html.split(fakeId).length - 1).toBeGreaterThanOrEqual(3); // header URL, header reading, page
    const { document } = await loadPage(html, header.url);
    const again = readPage(document, header.url, { now: FIXTURE_READ_AT });
    expect(again.kind).toBe('order');
    if (again.kind !== 'order' || reading.kind !== 'order') return;
    expect(again.reading.order.sellerFulfillmentOrderId).toBe(fakeId);
    const tracking = again.reading.order.shipments?.[0]?.packages?.[0]?.trackingNumber;
    expect(tracking).toMatch(/^\d[A-Z]\d{11}$/);
    expect(tracking).not.toBe('6A12345678901');
    expect(again.reading.missing).toEqual(reading.reading.missing);
  });

  it('names the file by host and time, never by order', () => {
    expect(
      captureFileName(
        'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567#x',
        '2024-12-06T09:05:07.123Z',
      ),
    ).toBe('mcf-desk-capture-sellercentral.amazon.fr-20241206-090507.html');
  });
});

describe('captureHeader', () => {
  const reading: PageOutcome = {
    kind: 'order',
    reading: {
      order: {
        sellerFulfillmentOrderId: '402-1234567-1234567',
        marketplace: {
          host: 'sellercentral.amazon.fr',
          countryCode: 'FR',
          locale: 'fr-FR',
          timeZone: 'Europe/Paris',
        },
        items: [{ sellerSku: 'A--B-->', quantity: 1, title: 'Mug --> <!-- --!> bleu' }],
        provenance: { sellerFulfillmentOrderId: { source: 'page', seenAt: FIXTURE_READ_AT } },
      },
      missing: ['estimatedArrivalDate'],
      conflicts: ['shipments.0.packages.0.carrierCode'],
    },
  };

  it('says the URL without its fragment, the time, version, language, and the reading', () => {
    const header = captureHeader({
      url: 'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567?ref=a--b#frag--x',
      now: FIXTURE_READ_AT,
      version: '1.2.3',
      uiLanguage: 'fr',
      reading,
      typed: [{ path: 'estimatedArrivalDate', value: '2024-12-10' }],
    });
    expect(header).toContain('captured-at: 2024-12-06T09:00:00.000Z');
    expect(header).toContain('extension-version: 1.2.3');
    expect(header).toContain('ui-language: fr');
    expect(header).toContain('missing: estimatedArrivalDate');
    expect(header).toContain('conflicting: shipments.0.packages.0.carrierCode');
    expect(header).toContain('estimatedArrivalDate = 2024-12-10');
    expect(header).toContain('items.0.sellerSku = A-');
    expect(header).not.toContain('provenance');
    expect(header).not.toContain('frag');
    expect(parseCaptureHeader(`${header}<!DOCTYPE html><p>x</p>`)).toEqual({
      url: 'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567?ref=a--b',
      capturedAt: FIXTURE_READ_AT,
      version: '1.2.3',
      uiLanguage: 'fr',
    });
  });

  it('cannot be ended early by "--" in what it quotes', async () => {
    const header = captureHeader({
      url: 'https://sellercentral.amazon.fr/x--y',
      now: FIXTURE_READ_AT,
      version: '1',
      uiLanguage: 'fr',
      reading,
    });
    const body = header.slice(4, -4);
    expect(body).not.toContain('--');
    expect(header.indexOf('-->')).toBe(header.length - 4);
    expect(commentSafe('a---b\n--!>')).not.toMatch(/--|\n/);
    const { document } = await loadPage(
      `${header}<!DOCTYPE html><html><body><p>page</p></body></html>`,
      'https://sellercentral.amazon.fr/',
    );
    expect(document.body.textContent).toBe('page');
  });

  it('says when the page was refused or not read', () => {
    const at = {
      url: 'https://sellercentral.amazon.fr/orders-v3/fba/all',
      now: FIXTURE_READ_AT,
      version: '1',
      uiLanguage: 'en',
    };
    expect(captureHeader({ ...at, reading: { kind: 'none' } })).toContain('reading: none');
    expect(
      captureHeader({
        ...at,
        reading: {
          kind: 'refused',
          reason: 'several-orders',
          orderIds: ['402-1111111-1111111', '402-2222222-2222222'],
        },
      }),
    ).toContain('reading: refused, several-orders (402-1111111-1111111, 402-2222222-2222222)');
  });
});
