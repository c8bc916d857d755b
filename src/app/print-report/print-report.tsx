import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ChartExportSpec, TableExportSpec } from '@/lib/export/export-spec';
import { fill, NOT_STATED, type Lang } from '@/lib/i18n';
import { printMessages as m } from '@/app/print-report/messages';
import '@/app/print-report/print-report.css';

/** Printing 100,000 rows makes thousands of pages; past this the report points to CSV/Excel instead. */
const MAX_PRINT_ROWS = 2000;

export interface PrintReportProps {
  lang: Lang;
  charts: readonly ChartExportSpec[];
  table: TableExportSpec;
  /** The view's filters in words. */
  filters: string;
  /** Source and data date line. */
  source: string;
  /** Today's date, for the report header. */
  generated: string;
  onClose: () => void;
}

/**
 * Export all: every chart as a freshly rendered static image plus the filtered figures, laid out in
 * pages for the browser's print dialog ("Save as PDF"). A modal dialog on screen, the only content in print.
 */
export function PrintReport({ lang, charts, table, filters, source, generated, onClose }: PrintReportProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [images, setImages] = useState<(string | undefined)[]>([]);
  const [loaded, setLoaded] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const printed = useRef(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // While this is open, printing prints the report alone (print-report.css).
    const root = document.documentElement;
    root.classList.add('report-open');
    return () => {
      root.classList.remove('report-open');
    };
  }, []);

  useEffect(() => {
    // An object, not a let: the loop reads it after awaits, which type narrowing cannot see.
    const run = { cancelled: false };
    const urls: string[] = [];
    void (async () => {
      const { renderChartPng } = await import('@/lib/export/chart-render');
      // One at a time: each render holds a full-size canvas.
      for (const [i, spec] of charts.entries()) {
        const blob = await renderChartPng(spec, { footer: source, lang }, 2);
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
  }, [charts, source, lang]);

  const ready = loaded >= charts.length && error === null;
  useEffect(() => {
    if (!ready || printed.current) return;
    printed.current = true;
    window.print();
  }, [ready]);

  const numberFormat = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 4 });
  const shown = table.rows.slice(0, MAX_PRINT_ROWS);
  const total = numberFormat.format(table.rows.length);
  const count = fill(m.rows[lang], { n: total });
  const tableHeading = lang === 'zh' ? `${table.title}（${count}）` : `${table.title} (${count})`;
  // Said in words above the rows, not left to a reader to notice the count: a cut list must never pass for all.
  const truncated =
    table.rows.length > shown.length ? fill(m.truncated[lang], { total, n: numberFormat.format(shown.length) }) : null;

  return createPortal(
    <dialog
      ref={dialogRef}
      className="print-report"
      aria-labelledby="print-report-heading"
      onClose={onClose}
      data-ready={ready ? 'true' : 'false'}
    >
      <div className="print-toolbar">
        <span role="status">
          {error ?? (ready ? m.ready[lang] : fill(m.preparing[lang], { done: loaded, total: charts.length }))}
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
        <button type="button" autoFocus onClick={() => dialogRef.current?.close()}>
          {m.close[lang]}
        </button>
      </div>
      <div className="print-body" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        <header className="print-page print-cover">
          <h1 id="print-report-heading">{m.heading[lang]}</h1>
          <dl>
            <dt>{m.filters[lang]}</dt>
            <dd>{filters}</dd>
            <dt>{m.generated[lang]}</dt>
            <dd>{generated}</dd>
          </dl>
          <p className="print-source">{source}</p>
          <h2>{m.contents[lang]}</h2>
          <ol>
            {charts.map((c) => (
              <li key={c.fileStem}>{c.title}</li>
            ))}
            <li>{tableHeading}</li>
          </ol>
        </header>
        {charts.map((c, i) => (
          <section key={c.fileStem} className="print-page print-chart" aria-label={c.title}>
            {images[i] ? (
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
          </section>
        ))}
        <section className="print-table-page" aria-labelledby="print-table-heading">
          <h2 id="print-table-heading">{tableHeading}</h2>
          <p>{table.subtitle}</p>
          <p className="print-source">{source}</p>
          {truncated && (
            <p className="print-truncated" role="note">
              {truncated}
            </p>
          )}
          <table className="print-table">
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.id} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row, r) => (
                <tr key={r}>
                  {table.columns.map((c, i) => {
                    const v = row[i] ?? null;
                    return (
                      <td key={c.id} className={c.kind === 'number' ? 'num' : undefined}>
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
      </div>
    </dialog>,
    document.body,
  );
}
