import { useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '@/lib/dataset-context';
import { PRINT_LAYOUT } from '@/lib/export/chart-image';
import { buildTableExportSpec, prepareFigureRows, selectFigureRows } from '@/lib/figure-rows';
import { fill, NOT_STATED } from '@/lib/i18n';
import { useViewStore } from '@/stores/view-store';
import { printMessages as m } from '@/app/print-report/messages';
import { chartViewOf } from '@/stores/use-figure-filters';
import { buildReportContent } from '@/app/report/report-content';
import { reportMessages as r } from '@/app/report/report-messages';
import '@/app/print-report/print-report.css';

/** Printing 100,000 rows makes thousands of pages; past this the report points to CSV/Excel instead. */
const MAX_PRINT_ROWS = 2000;

/** The table's columns on paper: the sources columns stay in CSV/Excel, the landscape page has room for these. */
const PRINTED_COLUMNS = [
  'region',
  'metric',
  'activity',
  'category',
  'value',
  'qualifier',
  'unit',
  'status',
  'date',
  'quote',
];
/** Short values that must never break a character per line (限定, 单位, 状态 did). */
const NO_WRAP = new Set(['metric', 'category', 'value', 'qualifier', 'unit', 'status', 'date']);

/**
 * Export all: a page of its own (?view=print), so the browser prints it on A4 landscape: the headline figures,
 * every chart as a fresh image filling the width with its caption and caveat, the data notes, and the
 * filtered figures. Opens the print dialog once the images are in.
 */
export function PrintReportPage({ dataset }: { dataset: LoadedDataset }) {
  const lang = useViewStore((s) => s.lang);
  const state = useViewStore.getState();
  const { tableSearch, tableSort } = state;
  const view = useMemo(() => chartViewOf(state, dataset.data, dataset.index), [state, dataset]);
  const content = useMemo(() => buildReportContent(dataset, view, lang), [dataset, view, lang]);
  const table = useMemo(() => {
    const filters = view;
    const rows = selectFigureRows(prepareFigureRows(dataset.data, dataset.index), dataset.index, {
      filters,
      search: tableSearch,
      sort: tableSort,
      lang,
    });
    return buildTableExportSpec(rows, dataset.index, { filters, search: tableSearch, lang });
  }, [dataset, view, lang, tableSearch, tableSort]);
  const drawn = content.charts.filter((c) => c.emptyText === null);
  const [images, setImages] = useState<(string | undefined)[]>([]);
  const [loaded, setLoaded] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const printed = useRef(false);

  useEffect(() => {
    const run = { cancelled: false };
    const urls: string[] = [];
    void (async () => {
      const { renderChartPng } = await import('@/lib/export/chart-render');
      for (const [i, spec] of content.charts.entries()) {
        if (spec.emptyText !== null) continue;
        // The caveat is printed under the caption; the picture carries the title, filters and source.
        const blob = await renderChartPng(
          { ...spec, note: null },
          { footer: content.source, lang, layout: PRINT_LAYOUT },
          PRINT_LAYOUT.dpi / PRINT_LAYOUT.pxPerInch,
        );
        if (run.cancelled) return;
        const url = URL.createObjectURL(blob);
        urls.push(url);
        setImages((prev) => {
          const next = prev.slice();
          next[i] = url;
          return next;
        });
      }
    })().catch((e: unknown) => {
      if (!run.cancelled) setError(m.failed[lang] + (e instanceof Error ? e.message : String(e)));
    });
    return () => {
      run.cancelled = true;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [content, lang]);

  const ready = loaded >= drawn.length && error === null;
  useEffect(() => {
    if (!ready || printed.current) return;
    printed.current = true;
    window.print();
  }, [ready]);

  const columns = table.columns.flatMap((c, i) => (PRINTED_COLUMNS.includes(c.id) ? [{ ...c, at: i }] : []));
  const numberFormat = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 4 });
  const shown = table.rows.slice(0, MAX_PRINT_ROWS);
  const total = numberFormat.format(table.rows.length);
  const count = fill(m.rows[lang], { n: total });
  const tableHeading = lang === 'zh' ? `${table.title}（${count}）` : `${table.title} (${count})`;
  // Said in words above the rows, not left to a reader to notice the count: a cut list must never pass for all.
  const truncated =
    table.rows.length > shown.length ? fill(m.truncated[lang], { total, n: numberFormat.format(shown.length) }) : null;

  return (
    <main className="print-report" data-ready={ready ? 'true' : 'false'} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <div className="print-toolbar">
        <span role="status">
          {error ?? (ready ? m.ready[lang] : fill(m.preparing[lang], { done: loaded, total: drawn.length }))}
        </span>
        <button
          type="button"
          onClick={() => {
            window.print();
          }}
          disabled={!ready}
        >
          {m.print[lang]}
        </button>
        <button
          type="button"
          onClick={() => {
            window.close();
          }}
        >
          {m.close[lang]}
        </button>
      </div>
      <section className="print-page print-cover" aria-labelledby="print-report-heading">
        <h1 id="print-report-heading">{m.heading[lang]}</h1>
        <dl className="print-meta">
          <dt>{m.filters[lang]}</dt>
          <dd>{content.filters}</dd>
          <dt>{m.generated[lang]}</dt>
          <dd>{content.generated}</dd>
        </dl>
        <p className="print-source">{content.source}</p>
        <h2>{r.headline[lang]}</h2>
        <dl className="print-cards">
          {content.headline.map((h) => (
            <div className="print-card" key={h.label}>
              <dt>{h.label}</dt>
              <dd className="print-card-value">{h.value}</dd>
              <dd className="print-card-note">{h.note}</dd>
            </div>
          ))}
        </dl>
        <p className="print-caveat">{r.qualifiers[lang]}</p>
        <h2>{r.notes[lang]}</h2>
        <ol className="print-notes">
          {content.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ol>
      </section>
      {content.charts.map((c, i) => (
        <section key={c.id} className="print-page print-chart" aria-label={c.title}>
          {c.emptyText !== null ? (
            <p className="print-pending">{`${c.title}: ${c.emptyText}`}</p>
          ) : images[i] ? (
            <img
              src={images[i]}
              alt={`${c.title}. ${c.subtitle}`}
              onLoad={() => {
                setLoaded((n) => n + 1);
              }}
            />
          ) : (
            <p className="print-pending">{c.title}</p>
          )}
          <p className="print-caption">{`${fill(r.figure[lang], { n: i + 1 })} ${c.title}`}</p>
          {c.note?.trim() && <p className="print-caveat">{`${r.chartNote[lang]}${c.note.trim()}`}</p>}
        </section>
      ))}
      <section className="print-table-page" aria-labelledby="print-table-heading">
        <h2 id="print-table-heading">{tableHeading}</h2>
        <p>{table.subtitle}</p>
        <p className="print-source">{content.source}</p>
        {truncated && (
          <p className="print-truncated" role="note">
            {truncated}
          </p>
        )}
        <table className="print-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.id} scope="col" className={`col-${c.id}`}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, n) => (
              <tr key={n}>
                {columns.map((c) => {
                  const v = row[c.at] ?? null;
                  const cls = [c.kind === 'number' ? 'num' : '', NO_WRAP.has(c.id) ? 'nowrap' : ''].join(' ').trim();
                  return (
                    <td key={c.id} className={cls || undefined}>
                      {typeof v === 'number' ? (
                        numberFormat.format(v)
                      ) : v === null ? (
                        // Worded as on screen (a date the report leaves out): on paper a blank cell looks like a printing gap.
                        <span className="muted">{NOT_STATED[lang]}</span>
                      ) : (
                        v
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
