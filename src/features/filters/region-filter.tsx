import { useId, useMemo, useState } from 'react';
import { useDataset } from '@/lib/dataset-context';
import { regionName } from '@/lib/region-label';
import { useViewStore } from '@/stores/view-store';
import { filterMessages as m } from '@/features/filters/messages';
import { buildCityOptions, filterCityOptions, selectShown, toggleRegion } from '@/features/filters/region-options';

/** Cities, each with its districts, as a group of checkboxes named 城市 / City (ui-contract.md). */
export function RegionFilter() {
  const { index } = useDataset();
  const lang = useViewStore((s) => s.lang);
  const selected = useViewStore((s) => s.regions);
  const setView = useViewStore((s) => s.set);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const options = useMemo(() => buildCityOptions(index), [index]);
  const shown = useMemo(() => filterCityOptions(options, query), [options, query]);
  const chosen = new Set(selected);
  const setRegions = (regions: string[]) => {
    setView({ regions });
  };
  const summary = selected.length
    ? m.selectedCount[lang].replace('{n}', String(selected.length))
    : m.allRegions[lang].replace('{n}', String(options.length));

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
          {query.trim() ? m.selectAllShown[lang] : m.selectAll[lang]}
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
          {shown.map(({ city, districts }) => {
            const cityChecked = chosen.has(city.code);
            const someDistricts = districts.some((d) => chosen.has(d.code));
            return (
              <li key={city.code}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={cityChecked}
                    ref={(el) => {
                      if (el) el.indeterminate = !cityChecked && someDistricts;
                    }}
                    onChange={() => {
                      setRegions(toggleRegion(selected, city.code, index));
                    }}
                  />
                  <span>{regionName(city, lang)}</span>
                  {city.province !== city.name && (
                    <span className="check-aside" aria-hidden="true">
                      {lang === 'zh' ? city.province : city.provinceEn}
                    </span>
                  )}
                </label>
                {districts.length > 0 && (
                  <ul className="district-list">
                    {districts.map((d) => (
                      <li key={d.code}>
                        <label className="check" title={cityChecked ? m.includedByCity[lang] : undefined}>
                          <input
                            type="checkbox"
                            checked={cityChecked || chosen.has(d.code)}
                            disabled={cityChecked}
                            onChange={() => {
                              setRegions(toggleRegion(selected, d.code, index));
                            }}
                          />
                          <span>{regionName(d, lang)}</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
