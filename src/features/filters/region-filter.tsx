import { useCallback, useId, useMemo, useState } from 'react';
import { useDataset } from '@/lib/dataset-context';
import { fill } from '@/lib/i18n';
import { useViewStore } from '@/stores/view-store';
import { filterMessages as m } from '@/features/filters/messages';
import { CityOptionItem } from '@/features/filters/city-option-item';
import {
  buildCityOptions,
  filterCityOptions,
  regionMatches,
  selectShown,
  toggleRegion,
} from '@/features/filters/region-options';

const NO_OVERRIDES: ReadonlyMap<string, boolean> = new Map();

/** Cities, each with its districts on demand, as a group of checkboxes named 城市 / City (ui-contract.md). */
export function RegionFilter() {
  const { index } = useDataset();
  const lang = useViewStore((s) => s.lang);
  const selected = useViewStore((s) => s.regions);
  const setView = useViewStore((s) => s.set);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const options = useMemo(() => buildCityOptions(index), [index]);
  const shown = useMemo(() => filterCityOptions(options, query), [options, query]);
  const chosen = useMemo(() => new Set(selected), [selected]);
  const searching = query.trim() !== '';
  // Cities the reader opened or closed, for the current search only: a new search starts from its matches.
  const [expandedByUser, setExpandedByUser] = useState({ query, open: new Map<string, boolean>() });
  const overrides = expandedByUser.query === query ? expandedByUser.open : NO_OVERRIDES;
  const setRegions = (regions: string[]) => {
    setView({ regions });
  };
  // Stable across renders, so a city's item re-renders only when its own props change.
  const toggle = useCallback(
    (code: string) => {
      setView({ regions: toggleRegion(useViewStore.getState().regions, code, index) });
    },
    [index, setView],
  );
  const expand = useCallback(
    (cityCode: string, open: boolean) => {
      setExpandedByUser((prev) => ({
        query,
        open: new Map(prev.query === query ? prev.open : NO_OVERRIDES).set(cityCode, open),
      }));
    },
    [query],
  );
  const summary = selected.length
    ? fill(m.selectedCount[lang], { n: selected.length })
    : fill(m.allRegions[lang], { n: options.length });

  return (
    <fieldset className="filter region-filter filter-region">
      <legend className="filter-label">{m.city[lang]}</legend>
      <label className="sr-only" htmlFor={searchId}>
        {m.searchCity[lang]}
      </label>
      <input
        id={searchId}
        type="search"
        className="search-input"
        placeholder={m.searchPlaceholder[lang]}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
        }}
      />
      <div className="filter-actions">
        <button
          type="button"
          disabled={shown.length === 0}
          onClick={() => {
            setRegions(selectShown(selected, shown, index));
          }}
        >
          {searching ? m.selectAllShown[lang] : m.selectAll[lang]}
        </button>
        <button
          type="button"
          disabled={selected.length === 0}
          onClick={() => {
            setRegions([]);
          }}
        >
          {m.clear[lang]}
        </button>
        <span className="filter-summary" aria-live="polite">
          {summary}
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{m.noMatch[lang]}</p>
      ) : (
        <ul className="region-list">
          {shown.map(({ city, districts }) => (
            <CityOptionItem
              key={city.code}
              city={city}
              districts={districts}
              lang={lang}
              chosen={chosen}
              expanded={
                overrides.get(city.code) ??
                (districts.some((d) => chosen.has(d.code)) ||
                  (searching && districts.some((d) => regionMatches(d, query))))
              }
              onToggleRegion={toggle}
              onExpand={expand}
            />
          ))}
        </ul>
      )}
    </fieldset>
  );
}
