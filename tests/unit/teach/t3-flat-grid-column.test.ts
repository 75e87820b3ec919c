import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../core/teach/nearest-label';
import { loadPage } from '../page/load-fixture';
import { arrivalOf, orderPage, packagesOf, readWith, teach, urlOf } from './teach-pair';

// Blind pair t3-de-kopfzeile-ankunft: one CSS grid holds a row of headings then a row of values,
// all siblings; a value's label is the heading in its column, not a neighbour. The rule learned a
// path (the n-th child), and the next order's grid had one column more: the path read the
// neighbouring value. Here in French, with two rows of values.

const HOST = 'sellercentral.amazon.fr';
const A = '171-1234567-1234567';
const B = '171-7654321-7654321';

const strip = (columns: [string, string[]][]) => {
  const heads = columns.map(([head]) => `<div class="bandeau-tete">${head}</div>`).join('');
  const rows = (columns[0]?.[1] ?? []).map((_, row) =>
    columns.map(([, values]) => `<div class="bandeau-valeur">${values[row]}</div>`).join(''),
  );
  return `<section class="a-box"><h2>Expédition</h2><div class="bandeau">${heads}${rows.join('')}</div>
    <dl><dt>Statut</dt><dd>Expédié</dd></dl></section>`;
};

const pageA = orderPage(
  'fr',
  A,
  strip([
    ['Départ entrepôt', ['18/11/2024']],
    ['Acheminé par', ['Colissimo']],
    ['Arrivée selon le transporteur', ['22/11/2024']],
    ['Poids', ['1,2 kg']],
  ]),
);

describe('teach: a heading over its column in a grid drawn without rows', () => {
  it('learns the column’s heading, and reads the column on the next order when columns moved', async () => {
    const arrival = await teach(
      pageA,
      urlOf(HOST, A),
      '.bandeau-valeur:nth-child(7)',
      'estimatedArrivalDate',
    );
    expect(arrival.rule).toMatchObject({ label: 'arrivee selon le transporteur' });
    const carrier = await teach(pageA, urlOf(HOST, A), '.bandeau-valeur:nth-child(6)', 'carrierCode');
    expect(carrier.rule).toMatchObject({ label: 'achemine par' });

    // A column "Commandé" first: every value moves one place.
    const pageB = orderPage(
      'fr',
      B,
      strip([
        ['Commandé', ['25/11/2024']],
        ['Départ entrepôt', ['27/11/2024']],
        ['Acheminé par', ['Chronopost']],
        ['Arrivée selon le transporteur', ['02/12/2024']],
        ['Poids', ['0,8 kg']],
      ]),
    );
    const rules = [arrival.rule, carrier.rule].filter((r) => r !== null);
    const order = await readWith(pageB, urlOf(HOST, B), rules);
    expect(arrivalOf(order)).toBe('2024-12-02');
    expect(packagesOf(order).map((p) => p.carrierCode)).toEqual(['Chronopost']);
  });

  it('takes no column heading where the values do not fill whole rows, or share the headings’ class', async () => {
    const labelsOf = async (body: string) => {
      const { document } = await loadPage(`<html lang="fr"><body>${body}</body></html>`, urlOf(HOST, A));
      return [...placesOf(document.querySelector('#v') as Element)];
    };
    const cells = (kinds: string[], texts: string[]) =>
      texts.map(
        (text, i) => `<div class="${kinds[i]}"${text === '22/11/2024' ? ' id="v"' : ''}>${text}</div>`,
      );
    const texts = ['Départ', 'Arrivée', 'Poids', '18/11/2024', '22/11/2024', '1,2 kg'];
    const grid = (kinds: string[], all: string[]) => `<div id="g">${cells(kinds, all).join('')}</div>`;
    // The grid's own shape: the heading over the value's column.
    expect(await labelsOf(grid(['t', 't', 't', 'v', 'v', 'v'], texts))).toContainEqual({ label: 'arrivee' });
    // A value more: no whole rows. One class for all: headings and values are not told apart.
    const ragged = grid(['t', 't', 't', 'v', 'v', 'v', 'v'], [...texts, '2']);
    expect(await labelsOf(ragged)).not.toContainEqual({ label: 'arrivee' });
    expect(await labelsOf(grid(['c', 'c', 'c', 'c', 'c', 'c'], texts))).not.toContainEqual({
      label: 'arrivee',
    });
  });
});
