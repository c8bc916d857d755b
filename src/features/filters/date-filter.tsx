import { useId, useMemo } from 'react';
import { useDataset } from '@/lib/dataset-context';
import { useViewStore } from '@/stores/view-store';
import { filterMessages as m } from '@/features/filters/messages';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Report-date range; shown only with its limits from the data, since many reports state no date. */
export function DateFilter() {
  const { data } = useDataset();
  const lang = useViewStore((s) => s.lang);
  const dateFrom = useViewStore((s) => s.dateFrom);
  const dateTo = useViewStore((s) => s.dateTo);
  const setView = useViewStore((s) => s.set);
  const fromId = useId();
  const toId = useId();
  const { min, max, undated } = useMemo(() => {
    const dates = data.reports.flatMap((r) => (r.publishedAt ? [r.publishedAt] : [])).sort();
    return { min: dates[0] ?? null, max: dates.at(-1) ?? null, undated: data.reports.length - dates.length };
  }, [data]);
  // A half-typed date is not a choice yet; only whole dates reach the store (and the address).
  const value = (v: string) => (ISO_DATE.test(v) ? v : null);
  return (
    <fieldset className="filter filter-date">
      <legend className="filter-label">{m.date[lang]}</legend>
      {min === null ? (
        <p className="muted small">{m.noDates[lang]}</p>
      ) : (
        <>
          <div className="date-row">
            <label htmlFor={fromId}>{m.dateFrom[lang]}</label>
            <input
              id={fromId}
              type="date"
              min={min}
              max={dateTo ?? max ?? undefined}
              value={dateFrom ?? ''}
              onChange={(e) => {
                setView({ dateFrom: value(e.target.value) });
              }}
            />
            <label htmlFor={toId}>{m.dateTo[lang]}</label>
            <input
              id={toId}
              type="date"
              min={dateFrom ?? min}
              max={max ?? undefined}
              value={dateTo ?? ''}
              onChange={(e) => {
                setView({ dateTo: value(e.target.value) });
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
          {undated > 0 && <p className="muted small">{m.dateNote[lang].replace('{n}', String(undated))}</p>}
        </>
      )}
    </fieldset>
  );
}
