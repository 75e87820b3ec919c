import { expect, it } from 'vitest';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// Found by the review of the b40 rules (ninth session): a card written with an inline
// `opacity: 0` that a CSS animation fades in is shown to the seller a moment after load. In a
// browser, the reader leaves opacity to `checkVisibility()`, which reads the opacity shown now;
// the inline style alone decides only without layout. happy-dom runs no animation, so the
// browser's answer after the fade-in is stood in for by `checkVisibility` returning true.

const NOW = '2024-12-06T09:00:00.000Z';
const ID = '303-5566778-9900112';
const URL_ = `https://sellercentral.amazon.de/orders-v3/order/${ID}`;
const HTML = `<html lang="de"><body><h1>Bestellung ${ID}</h1>
  <section><h2>Versand</h2>
    <div class="kv"><span>Versanddatum</span> <span>2. Dez. 2024</span></div>
  </section>
  <section class="karte" style="opacity: 0; animation: einblenden .3s ease-out .05s forwards">
    <div class="kv"><span>Versanddienstleister</span> <span>DHL</span></div>
    <div class="kv"><span>Sendungsnummer</span> <span>00340434161094022222</span></div>
  </section></body></html>`;

const trackingOf = async (nativeVisibility: boolean) => {
  const { document } = await loadPage(HTML, URL_);
  // The page's own window (each page is loaded in a fresh one): every element is shown, as the
  // browser says once the animation has played.
  if (nativeVisibility) {
    const view = document.defaultView as unknown as { Element: typeof Element };
    view.Element.prototype.checkVisibility = () => true;
  }
  const outcome = readPage(document, URL_, { now: NOW, nativeVisibility });
  if (outcome.kind !== 'order') throw new Error('not read as an order');
  return outcome.reading.order.shipments?.flatMap((s) => s.packages?.map((p) => p.trackingNumber) ?? []);
};

it('de: in a browser, a card faded in over an inline opacity 0 is read once shown', async () => {
  expect(await trackingOf(true)).toEqual(['00340434161094022222']);
});

it('de: without layout, the inline opacity 0 is all there is, and the card is not read', async () => {
  expect(await trackingOf(false)).not.toContain('00340434161094022222');
});
