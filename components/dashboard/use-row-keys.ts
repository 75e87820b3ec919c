import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ROW_HEIGHT } from './row-cells';

// The orders table's keyboard: one row is a tab stop (a roving tabindex); the arrow keys,
// Page Up/Down, Home and End move between rows, scrolling the one reached into view; Space on a
// row toggles its selection, Enter opens its order page. Rows are virtualized, so a row moved to
// may not be rendered yet: it takes the focus once it is.

export interface RowKeys {
  /** The row that is the tab stop (the active row while in view, else the first row in view). */
  tabStop: number;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocusCapture: (event: FocusEvent) => void;
  /** Focuses the row a key moved to, if now rendered: called once the table's rows are painted. */
  focusPending: () => void;
}

export function useRowKeys(options: {
  scroller: RefObject<HTMLElement | null>;
  rowCount: number;
  /** The rows rendered: [start, end). */
  window: { start: number; end: number };
  /** Scroll offset of the view, for the first row in view. */
  top: number;
  /** The view moved (a key scrolled it): the table renders the rows now in view. */
  onScrolled: (view: { top: number; height: number }) => void;
  /** Space on the row at `index`. */
  onToggle: (index: number) => void;
}): RowKeys {
  const { scroller, rowCount, window, top, onScrolled, onToggle } = options;
  const [active, setActive] = useState(0);
  /** The row to focus once rendered (after a key moved to it, possibly out of the window). */
  const pendingFocus = useRef<number | null>(null);

  const focusPending = () => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (!row) return;
    pendingFocus.current = null;
    row.focus({ preventScroll: true });
  };

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(rowCount - 1, index));
    const element = scroller.current;
    if (element) {
      const rowTop = target * ROW_HEIGHT;
      if (rowTop < element.scrollTop) element.scrollTop = rowTop;
      else if (rowTop + ROW_HEIGHT > element.scrollTop + element.clientHeight)
        element.scrollTop = rowTop + ROW_HEIGHT - element.clientHeight;
      onScrolled({ top: element.scrollTop, height: element.clientHeight });
    }
    setActive(target);
    pendingFocus.current = target;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const tr = target.closest<HTMLElement>('tr[data-index]');
    if (!tr) return;
    const index = Number(tr.dataset.index);
    const onRow = target === tr;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = index + 1;
        break;
      case 'ArrowUp':
        next = index - 1;
        break;
      case 'PageDown':
        next = index + page;
        break;
      case 'PageUp':
        next = index - page;
        break;
      case 'Home':
        if (onRow) next = 0;
        break;
      case 'End':
        if (onRow) next = rowCount - 1;
        break;
      case ' ':
        if (onRow && index < rowCount) {
          event.preventDefault();
          onToggle(index);
        }
        return;
      case 'Enter':
        if (onRow) {
          event.preventDefault();
          tr.querySelector<HTMLAnchorElement>('.orderId a')?.click();
        }
        return;
    }
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    }
  };

  const onFocusCapture = (event: FocusEvent) => {
    const tr = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    if (tr) setActive(Number(tr.dataset.index));
  };

  const tabStop =
    active >= window.start && active < window.end
      ? active
      : Math.max(0, Math.min(rowCount - 1, Math.floor(top / ROW_HEIGHT)));
  return { tabStop, onKeyDown, onFocusCapture, focusPending };
}
