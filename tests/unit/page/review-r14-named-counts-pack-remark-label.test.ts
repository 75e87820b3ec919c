// Review R14 of the b30 rules and of the later-part status rule: each probe a page or a text
// that broke them (the order's items taken for a return's, a promise or a pickup point read as
// delivered, a pack size read as a count, a remark counting returned units dropped).
import { describe, expect, it } from 'vitest';
import { countedList } from '../../../core/page/reader/facts/values';
import { countedSku } from '../../../core/page/shapes';

describe('r14 counts', () => {
  it.each([
    ['SKU-MUG: 2 unités restantes en stock'],
    ['FILTRE-HEPA – 3 units per pack'],
    ['KANNE-GLAS (Menge: 1) of 3'],
    ['Menge: 2 Stück'],
  ])('countedSku(%s, false) is no count', (text) => {
    expect(countedSku(text, false)).toBeNull();
  });
  it('a remark in brackets that changes the count is not dropped', () => {
    expect(countedList('LAMP-OAK × 3 (2 returned)', true)).not.toEqual([{ sku: 'LAMP-OAK', count: 3 }]);
  });
  it('a pack size after the SKU is no ordered count', () => {
    expect(countedList('VIS-M4 – 100 pcs')).toBeNull();
  });
});
