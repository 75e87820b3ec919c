import { describe, expect, it } from 'vitest';
import { orderPage, readWith, shippingDateOf, teach, urlOf } from './teach-pair';

// Blind pair t3-en-gb-handed-over-shortened: on the next order an info icon (its help in a
// tooltip) sat between the taught label and its value; the icon was taken for the value, which
// was empty. An element that shows nothing and holds nothing is passed. Here in French, rows of
// spans with an <i> icon.

const HOST = 'sellercentral.amazon.fr';
const A = '171-1234567-1234567';
const B = '171-7654321-7654321';

const rows = (icon: string, date: string) => `
  <section class="a-box"><h2>Expédition</h2>
    <div class="ligne"><span class="cle">Centre de distribution</span><span>ORY4</span></div>
    <div class="ligne"><span class="cle">Remise au transporteur</span>${icon}<span class="val">${date}</span></div>
    <dl><dt>Transporteur</dt><dd>Colissimo</dd><dt>Statut</dt><dd>Expédié</dd></dl>
  </section>`;

describe('teach: an info icon between a taught label and its value', () => {
  it('reads the value after the icon', async () => {
    const pageA = orderPage('fr', A, rows('', '19/11/2024'));
    const { rule } = await teach(pageA, urlOf(HOST, A), '.val', 'shippingDate');
    expect(rule).toMatchObject({ label: 'remise au transporteur' });
    if (!rule) throw new Error('no rule');
    const icon = '<i class="icone-info" title="Heure locale de l’entrepôt" role="img"></i>';
    const pageB = orderPage('fr', B, rows(icon, '27/11/2024'));
    expect(shippingDateOf(await readWith(pageB, urlOf(HOST, B), [rule]))).toBe('2024-11-27');
  });
});
