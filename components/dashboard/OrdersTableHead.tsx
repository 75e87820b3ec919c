import { SORT_COLUMNS, type SortColumn, type TableSort } from './table-query';
import type { DashboardTexts } from './texts';

interface Props {
  texts: DashboardTexts;
  sort: TableSort;
  onSort: (column: SortColumn) => void;
  /** Every row read is selected. */
  allSelected: boolean;
  onToggleAll: (selected: boolean) => void;
}

/** The orders table's head: select all, and a sort button per column (its order in `aria-sort`). */
export function OrdersTableHead({ texts, sort, onSort, allSelected, onToggleAll }: Props) {
  return (
    <thead>
      <tr class="row head">
        <th class="cell check">
          <input
            type="checkbox"
            aria-label={texts.selectAll}
            checked={allSelected}
            onChange={(e) => onToggleAll((e.currentTarget as HTMLInputElement).checked)}
            data-testid="select-all"
          />
        </th>
        {SORT_COLUMNS.map((column) => (
          <th
            key={column}
            class={`cell ${column}`}
            aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
          >
            <button type="button" onClick={() => onSort(column)} data-testid={`sort-${column}`}>
              {texts.columns[column]}
              {sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}
            </button>
          </th>
        ))}
      </tr>
    </thead>
  );
}
