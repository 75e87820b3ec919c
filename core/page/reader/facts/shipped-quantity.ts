import type { FieldKey } from '../../labels';
import type { VNode } from '../visible-tree';
import type { FactContext } from './context';
import { MAX_LABEL } from './labels';

// A header's quantity columns: which one is the ordered quantity (tables, rows of boxes).

const SHIPPED_WORD =
  /\b(?:shipped|expediee?s?|envoyee?s?|versandte?|geliefert|enviad[ao]s?|spedit[ao]|spedite|spediti)\b/;
/**
 * "Quantity shipped" is the ordered quantity only where no other quantity column is shown: beside
 * "Quantity requested" (or "Ordered") it counts what left, not what the order asked for.
 */
export function orderedBeforeShipped(
  ctx: FactContext,
  cells: readonly VNode[],
  keys: (FieldKey | null)[],
): void {
  const quantities = keys.flatMap((k, i) => (k === 'quantity' ? [i] : []));
  if (quantities.length < 2) return;
  const shipped = quantities.filter((i) =>
    SHIPPED_WORD.test(ctx.labels.normalized(ctx.text.of(cells[i] as VNode, MAX_LABEL) ?? '')),
  );
  if (shipped.length < quantities.length) for (const i of shipped) keys[i] = null;
}
