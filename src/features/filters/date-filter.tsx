import { useId, useMemo } from 'react';
import { useDataset } from '@/lib/dataset-context';
import { fill } from '@/lib/i18n';
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
  const fromId = useId();
  const toId = useId();
  const { months, undated } = useMemo(() => {
    const dates = data.reports.map((r) => r.publishedAt);
    return { months: monthsOf(dates), undated: dates.filter((d) => !d).length };
  }, [data]);
  const from = dateOptions(months, dateFrom, 'from', lang);
  const to = dateOptions(months, dateTo, 'to', lang);
  return (
    <fieldset className="filter filter-date">
      <legend className="filter-label">{m.date[lang]}</legend>
      {months.length === 0 ? (
        <p className="muted small">{m.noDates[lang]}</p>
      ) : (
        <>
          <div className="date-row">
            <label htmlFor={fromId}>{m.dateFrom[lang]}</label>
            <select
              id={fromId}
              value={from.value}
              onChange={(e) => {
                setView({ dateFrom: dateOfOption(e.target.value, 'from') });
              }}
            >
              <option value="">{m.anyDate[lang]}</option>
              {from.options.map((o) => (
                <option key={o.value} value={o.value} disabled={!!dateTo && dateOfOption(o.value, 'from')! > dateTo}>
                  {o.label}
                </option>
              ))}
            </select>
            <label htmlFor={toId}>{m.dateTo[lang]}</label>
            <select
              id={toId}
              value={to.value}
              onChange={(e) => {
                setView({ dateTo: dateOfOption(e.target.value, 'to') });
              }}
            >
              <option value="">{m.anyDate[lang]}</option>
              {to.options.map((o) => (
                <option key={o.value} value={o.value} disabled={!!dateFrom && dateOfOption(o.value, 'to')! < dateFrom}>
                  {o.label}
                </option>
              ))}
            </select>
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
