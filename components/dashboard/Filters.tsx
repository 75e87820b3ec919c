import { FINDING_KINDS, SEVERITIES } from '../../core/model/finding-kinds';
import { isFindingKind, type TableFilter } from './table-query';
import type { DashboardTexts } from './texts';

interface Props {
  texts: DashboardTexts;
  filter: TableFilter;
  countries: readonly { countryCode: string; count: number }[];
  onChange: (filter: TableFilter) => void;
}

export function Filters({ texts, filter, countries, onChange }: Props) {
  const t = texts.filters;
  const set = (patch: Partial<TableFilter>) => onChange({ ...filter, ...patch });
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <fieldset class="filters" data-testid="filters">
      <input
        type="search"
        placeholder={t.search}
        aria-label={t.search}
        value={filter.search}
        onInput={(e) => set({ search: value(e) })}
        data-testid="search"
      />
      <label>
        {t.kind}
        <select
          value={filter.kind}
          onChange={(e) => {
            const v = value(e);
            set({ kind: v === 'none' || isFindingKind(v) ? v : '' });
          }}
          data-testid="filter-kind"
        >
          <option value="">{t.any}</option>
          {FINDING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {texts.kinds[kind]}
            </option>
          ))}
          <option value="none">{t.none}</option>
        </select>
      </label>
      <label>
        {t.severity}
        <select
          value={filter.severity}
          onChange={(e) => {
            const v = value(e);
            set({
              severity:
                v === 'none' || (SEVERITIES as readonly string[]).includes(v)
                  ? (v as TableFilter['severity'])
                  : '',
            });
          }}
          data-testid="filter-severity"
        >
          <option value="">{t.any}</option>
          {[...SEVERITIES].reverse().map((s) => (
            <option key={s} value={s}>
              {texts.severity[s]}
            </option>
          ))}
          <option value="none">{t.none}</option>
        </select>
      </label>
      <label>
        {t.marketplace}
        <select
          value={filter.countryCode}
          onChange={(e) => set({ countryCode: value(e) })}
          data-testid="filter-marketplace"
        >
          <option value="">{t.any}</option>
          {countries.map((c) => (
            <option key={c.countryCode} value={c.countryCode}>
              {c.countryCode} ({c.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.dateField}
        <select
          value={filter.dateField}
          onChange={(e) => set({ dateField: value(e) === 'shipDate' ? 'shipDate' : 'edd' })}
        >
          <option value="edd">{texts.columns.edd}</option>
          <option value="shipDate">{texts.columns.shipDate}</option>
        </select>
      </label>
      <label>
        {t.from}
        <input
          type="date"
          value={filter.from}
          onInput={(e) => set({ from: value(e) })}
          data-testid="filter-from"
        />
      </label>
      <label>
        {t.to}
        <input type="date" value={filter.to} onInput={(e) => set({ to: value(e) })} data-testid="filter-to" />
      </label>
    </fieldset>
  );
}
