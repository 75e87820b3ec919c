import { useMemo, useState } from 'preact/hooks';
import type { OrderSummary } from '../../core/export/order-summary';

// The orders the seller ticked in the table. Only the orders still shown count: a filter never
// lets an action reach orders it hides.

/** No row selected: the same list from one render to the next (what is made of it is kept). */
const NONE: readonly OrderSummary[] = [];

export function useSelection(shown: readonly OrderSummary[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selectedRows = useMemo(
    () => (selected.size === 0 ? NONE : shown.filter((r) => selected.has(r.key))),
    [shown, selected],
  );
  const keys = useMemo(() => selectedRows.map((r) => r.key), [selectedRows]);
  const toggle = (key: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const toggleAll = (on: boolean) => setSelected(on ? new Set(shown.map((r) => r.key)) : new Set());
  return { selected, selectedRows, keys, toggle, toggleAll };
}
