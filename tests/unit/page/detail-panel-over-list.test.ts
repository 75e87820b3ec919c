import { describe, expect, it } from 'vitest';
import { orderIdInListUrl } from '../../../core/page/detail-panel';
import { readPage } from '../../../core/page/read-order-page';
import { loadPage } from './load-fixture';

// One order's details opened over a list of orders (blind batch b37: a side drawer and a modal
// over search results): the URL names the order, a dialog shows it, and only that dialog is read.

const NOW = '2024-12-06T09:00:00.000Z';
const ID = 'S01-5151515-6262626';
const OTHER = 'S01-9090909-1010101';

const LIST = `<h1>Bestellungen verwalten</h1>
  <table><tr><th>Bestellnummer</th><th>Versanddatum</th><th>Sendungsnummer</th></tr>
    <tr><td>${OTHER}</td><td>28.11.2024</td><td>00340434161094015902</td></tr>
    <tr><td>${ID}</td><td>02.12.2024</td><td>00340434161094022222</td></tr>
    <tr><td>302-1112223-3334445</td><td>01.12.2024</td><td>00340434161094033333</td></tr></table>`;

const DIALOG = `<dialog open aria-labelledby="t"><h2 id="t">Bestelldetails</h2>
  <dl><dt>Bestellnummer</dt><dd>${ID}</dd><dt>Versanddatum</dt><dd>02.12.2024</dd>
  <dt>Versanddienstleister</dt><dd>DHL</dd><dt>Sendungsnummer</dt><dd>00340434161094022222</dd></dl>
  <button>Schließen</button></dialog>`;

async function outcome(url: string, body: string) {
  const { document } = await loadPage(`<html lang="de"><body>${body}</body></html>`, url);
  return readPage(document, url, { now: NOW });
}

describe('an order opened in a dialog over a list', () => {
  it('de: "/orders-v3/fba/all?detail=<id>" with a <dialog open> showing it: the dialog\'s order, nothing of the rows', async () => {
    const read = await outcome(
      `https://sellercentral.amazon.de/orders-v3/fba/all?detail=${ID}`,
      LIST + DIALOG,
    );
    expect(read.kind).toBe('order');
    if (read.kind !== 'order') return;
    const order = read.reading.order;
    expect(order.sellerFulfillmentOrderId).toBe(ID);
    expect(order.shipments?.map((s) => s.shippingDate)).toEqual(['2024-12-02']);
    expect(JSON.stringify(order)).not.toContain(OTHER);
    expect(JSON.stringify(order)).not.toContain('00340434161094015902');
  });

  it('de: the same list with no order named in its URL is no order page, dialog or not', async () => {
    const read = await outcome('https://sellercentral.amazon.de/orders-v3/fba/all', LIST + DIALOG);
    expect(read.kind).toBe('none');
  });

  it('de: a list whose URL names an order no open dialog shows is no order page', async () => {
    const read = await outcome(
      `https://sellercentral.amazon.de/orders-v3/fba/all?detail=${ID}`,
      `${LIST}<div role="dialog" aria-hidden="true">${DIALOG.replace(/<\/?dialog[^>]*>/g, '')}</div>`,
    );
    expect(read.kind).toBe('none');
  });
});

describe('the order a list URL names', () => {
  it.each([
    [`https://sellercentral.amazon.it/orders-v3/search?q=Rossi&qt=buyername#ordine=${ID}`, ID],
    [`https://sellercentral.amazon.co.uk/orders-v3/fba/all?openOrder=${ID}&page=2`, ID],
    [`https://sellercentral.amazon.com/orders-v3/search?q=${ID}&qt=orderid`, null],
    ['https://sellercentral.amazon.fr/orders-v3/fba/all?page=3', null],
  ])('%s → %s', (url, id) => {
    expect(orderIdInListUrl(new URL(url))).toBe(id);
  });
});
