import { expect, it } from 'vitest';
import { matchStatus } from '../../../core/page/vocabulary';

// Found by the blind batch b39 (Italian and Spanish pages saying an order is under way):
// "In corso" / "En curso" are the order's state (processing), and "In corso di consegna" / "En
// curso de entrega" a parcel's way to the door, not the order's processing.

it.each([
  ['In corso (spedizione parziale)', 'processing'],
  ['En curso', 'processing'],
  ['In corso di consegna', 'inTransit'],
  ['En curso de entrega', 'inTransit'],
])('%s is %s', (text, key) => expect(matchStatus(text)).toBe(key));
