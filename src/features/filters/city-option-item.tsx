import { memo, useId } from 'react';
import type { Region } from '@/lib/figures-schema';
import { fill, type Lang } from '@/lib/i18n';
import { regionName } from '@/lib/region-label';
import { filterMessages as m } from '@/features/filters/messages';

interface CityOptionItemProps {
  city: Region;
  districts: readonly Region[];
  lang: Lang;
  /** Codes ticked in the filter (a city's code stands for its districts too). */
  chosen: ReadonlySet<string>;
  expanded: boolean;
  onToggleRegion: (code: string) => void;
  onExpand: (cityCode: string, expanded: boolean) => void;
}

/**
 * One city of the region filter, its districts behind a disclosure button: with every district of
 * a large dataset listed, the filter alone held ten thousand elements. Districts show when opened,
 * when the search matches them, or when one of them is ticked.
 */
export const CityOptionItem = memo(function CityOptionItem(props: CityOptionItemProps) {
  const { city, districts, lang, chosen, expanded, onToggleRegion, onExpand } = props;
  const listId = useId();
  const cityChecked = chosen.has(city.code);
  const someDistricts = districts.some((d) => chosen.has(d.code));
  const name = regionName(city, lang);
  return (
    <li>
      <div className="city-row">
        {districts.length > 0 ? (
          <button
            type="button"
            className="disclosure"
            aria-expanded={expanded}
            aria-controls={expanded ? listId : undefined}
            aria-label={fill(m.showDistricts[lang], { city: name, n: districts.length })}
            onClick={() => {
              onExpand(city.code, !expanded);
            }}
          >
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="disclosure-space" />
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={cityChecked}
            ref={(el) => {
              if (el) el.indeterminate = !cityChecked && someDistricts;
            }}
            onChange={() => {
              onToggleRegion(city.code);
            }}
          />
          <span>{name}</span>
          {city.province !== city.name && (
            <span className="check-aside" aria-hidden="true">
              {lang === 'zh' ? city.province : city.provinceEn}
            </span>
          )}
        </label>
      </div>
      {expanded && (
        <ul id={listId} className="district-list">
          {districts.map((d) => (
            <li key={d.code}>
              <label className="check" title={cityChecked ? m.includedByCity[lang] : undefined}>
                <input
                  type="checkbox"
                  checked={cityChecked || chosen.has(d.code)}
                  disabled={cityChecked}
                  onChange={() => {
                    onToggleRegion(d.code);
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
});
