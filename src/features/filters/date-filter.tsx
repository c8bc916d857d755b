import { useId, useMemo, useState } from 'react';
import { useDataset } from '@/lib/dataset-context';
import { hasDateFilter } from '@/lib/filter-figures';
import { fill, type Lang } from '@/lib/i18n';
import { useViewStore } from '@/stores/view-store';
import { filterMessages as m } from '@/features/filters/messages';
import { dateOfOption, dateOptions, invertsRange, monthsOf } from '@/features/filters/month-options';

/** Report-date range by month; shown only with the months that the data's reports carry, since many state no date. */
export function DateFilter() {
  const { data } = useDataset();
  const lang = useViewStore((s) => s.lang);
  const dateFrom = useViewStore((s) => s.dateFrom);
  const dateTo = useViewStore((s) => s.dateTo);
  const includeUndated = useViewStore((s) => s.includeUndated);
  const setView = useViewStore((s) => s.set);
  const setIncludeUndated = useViewStore((s) => s.setIncludeUndated);
  const [refused, setRefused] = useState<'from' | 'to' | null>(null);
  const { months, undated } = useMemo(() => {
    const dates = data.reports.map((r) => r.publishedAt);
    return { months: monthsOf(dates), undated: dates.filter((d) => !d).length };
  }, [data]);
  const dated = hasDateFilter({ dateFrom, dateTo });
  const choose = (end: 'from' | 'to', date: string | null) => {
    // Months that would invert the range are disabled, but a reversed range must never pass silently
    // (it would show an empty dashboard): refuse it here too, say so, and keep what was chosen.
    if (invertsRange(end, date, end === 'from' ? dateTo : dateFrom)) {
      setRefused(end);
      return;
    }
    setRefused(null);
    setView(end === 'from' ? { dateFrom: date } : { dateTo: date });
  };
  return (
    <fieldset className="filter filter-date">
      <legend className="filter-label">{m.date[lang]}</legend>
      {months.length === 0 ? (
        <p className="muted small">{m.noDates[lang]}</p>
      ) : (
        <>
          <div className="date-row">
            <RangeEnd
              end="from"
              months={months}
              chosen={dateFrom}
              other={dateTo}
              lang={lang}
              onChange={(date) => {
                choose('from', date);
              }}
            />
            <RangeEnd
              end="to"
              months={months}
              chosen={dateTo}
              other={dateFrom}
              lang={lang}
              onChange={(date) => {
                choose('to', date);
              }}
            />
          </div>
          {refused && (
            <p role="alert" className="filter-problem">
              {refused === 'to' ? m.endBeforeStart[lang] : m.startAfterEnd[lang]}
            </p>
          )}
          <div className="filter-actions">
            <button
              type="button"
              disabled={!dated}
              onClick={() => {
                setRefused(null);
                setView({ dateFrom: null, dateTo: null });
              }}
            >
              {m.clear[lang]}
            </button>
          </div>
          {undated > 0 && (
            <>
              {/* Enabled only under a date filter: without one, undated reports are counted anyway. */}
              <label className="check">
                <input
                  type="checkbox"
                  checked={includeUndated}
                  disabled={!dated}
                  onChange={(e) => {
                    setIncludeUndated(e.target.checked);
                  }}
                />
                <span>{m.includeUndated[lang]}</span>
              </label>
              <p className="muted small">
                {fill((includeUndated ? m.dateNoteIncluded : m.dateNote)[lang], { n: undated })}
              </p>
            </>
          )}
        </>
      )}
    </fieldset>
  );
}

/** One end of the range; months that would put it past the other end are disabled, so the range never inverts. */
function RangeEnd(props: {
  end: 'from' | 'to';
  months: readonly string[];
  chosen: string | null;
  other: string | null;
  lang: Lang;
  onChange: (date: string | null) => void;
}) {
  const { end, months, chosen, other, lang, onChange } = props;
  const id = useId();
  const { options, value } = dateOptions(months, chosen, end, lang);
  return (
    <>
      <label htmlFor={id}>{end === 'from' ? m.dateFrom[lang] : m.dateTo[lang]}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          onChange(dateOfOption(e.target.value, end));
        }}
      >
        <option value="">{m.anyDate[lang]}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={invertsRange(end, dateOfOption(o.value, end), other)}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}
