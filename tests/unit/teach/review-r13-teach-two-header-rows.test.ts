import { describe, expect, it } from 'vitest';
import { placeOf } from '../../../core/teach/nearest-label';
import { loadPage } from '../page/load-fixture';

// Review R13: of a table's two header rows, a cell's label is the row naming single columns.

describe('teach: table headers', () => {
  async function pick(body: string) {
    const { document } = await loadPage(
      `<html lang="fr"><body>${body}</body></html>`,
      'https://sellercentral.amazon.fr/orders-v3/order/402-1111111-1111111',
    );
    return placeOf(document.querySelector('#v') as Element);
  }
  it('Katal table with two header rows', async () => {
    expect(
      await pick(
        `<kat-table><kat-table-head><kat-table-row><kat-table-cell>Envoi</kat-table-cell><kat-table-cell>Suivi du colis</kat-table-cell><kat-table-cell>Livraison</kat-table-cell></kat-table-row><kat-table-row><kat-table-cell>Colis</kat-table-cell><kat-table-cell>Transporteur</kat-table-cell><kat-table-cell>Arrivée client</kat-table-cell></kat-table-row></kat-table-head><kat-table-body><kat-table-row><kat-table-cell>1</kat-table-cell><kat-table-cell>Colissimo</kat-table-cell><kat-table-cell id="v">12/12/2026</kat-table-cell></kat-table-row></kat-table-body></kat-table>`,
      ),
    ).toEqual({ label: 'arrivee client' });
  });
  it('HTML thead with two header rows', async () => {
    expect(
      await pick(
        `<table><thead><tr><th colspan="2">Envoi</th><th>Livraison</th></tr><tr><th>Colis</th><th>Transporteur</th><th>Arrivée client</th></tr></thead><tbody><tr><td>1</td><td>Colissimo</td><td id="v">12/12/2026</td></tr></tbody></table>`,
      ),
    ).toEqual({ label: 'arrivee client' });
  });
  it('ARIA grid whose first data row cells are rowheader-less but header row has columnheaders after a caption row', async () => {
    expect(
      await pick(
        `<div role="grid"><div role="row"><span role="columnheader" aria-colspan="3">Suivi</span></div><div role="row"><span role="columnheader">Colis</span><span role="columnheader">Transporteur</span><span role="columnheader">Arrivée client</span></div><div role="row"><span role="gridcell">1</span><span role="gridcell">Colissimo</span><span role="gridcell" id="v">12/12/2026</span></div></div>`,
      ),
    ).toEqual({ label: 'arrivee client' });
  });
});
