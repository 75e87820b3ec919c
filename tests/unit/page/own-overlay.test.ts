import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import { OWN_UI_TAG } from '../../../core/page/text';
import { PAGE_FIXTURES } from '../../fixtures/pages/index';
import { loadPage, readFixture } from './load-fixture';

// Found in Chromium: the overlay shows the order's dates in an open shadow root at the top of the
// page, and the next reading took the first shipment's EDD from it as the order's own.
describe('readOrderPage and MCF Desk’s own overlay', () => {
  it('never reads the overlay back', async () => {
    const fixture = PAGE_FIXTURES.find((f) => f.file === 'en-us-katal-mcf-multi.html');
    if (!fixture) throw new Error('fixture missing');
    const now = '2024-12-06T09:00:00.000Z';
    const clean = await loadPage(readFixture(fixture.file), fixture.url);
    const before = readOrderPage(clean.document, fixture.url, { now });

    const withOverlay = await loadPage(readFixture(fixture.file), fixture.url);
    const host = withOverlay.document.createElement(OWN_UI_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<dl><dt>Estimated delivery</dt><dd>Dec 5, 2024</dd><dt>Ship date</dt><dd>Nov 1, 2024</dd>' +
      '<dt>Tracking</dt><dd>1ZOVERLAY0000000001</dd></dl>';
    withOverlay.document.body.prepend(host);
    const after = readOrderPage(withOverlay.document, fixture.url, { now });

    expect(after).toEqual(before);
    expect(after?.order.estimatedArrivalDate).toBeUndefined();
  });
});
