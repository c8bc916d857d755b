import { useId, useMemo } from 'react';
import { useDataset } from '@/lib/dataset-context';
import { fill, type Lang } from '@/lib/i18n';
import { useViewStore } from '@/stores/view-store';
import { filterMessages as m } from '@/features/filters/messages';
import { dateOfOption, dateOptions, monthsOf } from '@/features/filters/month-options';

/** Report-date range by month; shown only with the months that the data's reports carry, since many state no date. */
export function DateFilter() {
  const { data } = useDataset();
  const lang = useViewStore((s) => s.lang);
  const dateFrom = useViewStore((s) => s.dateFrom);
  const dateTo = useViewStore((s) => s.dateTo);
  const setView = useViewStore((s) => s.set);
  const { months, undated } = useMemo(() => {
    const dates = data.reports.map((r) => r.publishedAt);
    return { months: monthsOf(dates), undated: dates.filter((d) => !d).length };
  }, [data]);
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
                setView({ dateFrom: date });
              }}
            />
            <RangeEnd
              end="to"
              months={months}
              chosen={dateTo}
              other={dateFrom}
              lang={lang}
              onChange={(date) => {
                setView({ dateTo: date });
              }}
            />
          </div>
          <div className="filter-actions">
            <button
              type="button"
              disabled={!dateFrom && !dateTo}
              onClick={() => {
                setView({ dateFrom: null, dateTo: null });
              }}
            >
              {m.clear[lang]}
            </button>
          </div>
          {undated > 0 && <p className="muted small">{fill(m.dateNote[lang], { n: undated })}</p>}
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
  const inverts = (option: string) => {
    const date = dateOfOption(option, end);
    return !!other && !!date && (end === 'from' ? date > other : date < other);
  };
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
          <option key={o.value} value={o.value} disabled={inverts(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}
