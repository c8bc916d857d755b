import { useEffect, useId, useMemo, useRef } from 'react';
import { useModalDialog } from '@/components/use-modal-dialog';
import { useDataset } from '@/lib/dataset-context';
import { reportFigures } from '@/lib/dataset-index';
import type { Figure, Report } from '@/lib/figures-schema';
import { regionLabel } from '@/lib/region-label';
import { formatQualified } from '@/lib/format';
import { fill, type Lang } from '@/lib/i18n';
import { METRIC_LABELS } from '@/lib/metrics';
import { useViewStore } from '@/stores/view-store';
import { locateQuote, segmentText } from '@/features/source-view/highlight';
import { useReportText } from '@/features/source-view/report-text';
import { sourceMessages as m } from '@/features/source-view/messages';
import '@/features/source-view/source-view.css';

/**
 * A figure in words. The unit and activity are the report's own Chinese words: on the English page they are
 * marked as Chinese, so a screen reader reads them with a Chinese voice instead of spelling them out.
 */
function FigureLabel({ f, lang }: { f: Figure; lang: Lang }) {
  const planned = f.status === 'planned' ? (lang === 'zh' ? `（${m.planned.zh}）` : ` (${m.planned.en})`) : '';
  const value = formatQualified(f.value, f.qualifier, lang);
  const metric = METRIC_LABELS[f.metric][lang];
  if (lang === 'zh') return <>{`${metric} ${value}${f.unit} · ${f.activity}${planned}`}</>;
  return (
    <>
      {`${metric} ${value} `}
      <span lang="zh-CN">{f.unit}</span>
      {' · '}
      <span lang="zh-CN">{f.activity}</span>
      {planned}
    </>
  );
}

/**
 * The report behind a figure, in a modal dialog: its text with the figure's quote marked and
 * scrolled into view, what the report says about itself, and its other figures. Opens whenever
 * openFigureId is set (a table row or a chart), and clears it when closed (Esc, the close button,
 * or a click outside). The native <dialog> keeps focus inside and returns it on close.
 */
export function SourceView() {
  const openFigureId = useViewStore((s) => s.openFigureId);
  const setView = useViewStore((s) => s.set);
  const dialogRef = useModalDialog(openFigureId !== null);
  const kickerId = useId();
  const titleId = useId();

  const close = () => {
    if (useViewStore.getState().openFigureId !== null) setView({ openFigureId: null });
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog sv"
      aria-labelledby={`${kickerId} ${titleId}`}
      onClose={close}
      onClick={(e) => {
        // Only the backdrop hits the dialog element itself: its content fills it edge to edge.
        if (e.target === e.currentTarget) close();
      }}
    >
      {openFigureId && <SourceBody figureId={openFigureId} kickerId={kickerId} titleId={titleId} onClose={close} />}
    </dialog>
  );
}

function SourceBody(props: { figureId: string; kickerId: string; titleId: string; onClose: () => void }) {
  const { index } = useDataset();
  const lang = useViewStore((s) => s.lang);
  const figure = index.figureById.get(props.figureId);
  const report = figure ? index.reportById.get(figure.reportId) : undefined;

  const header = (title: string) => (
    <header className="modal-dialog-header">
      <h2 className="modal-dialog-title">
        <span id={props.kickerId} className="sv-kicker">
          {m.kicker[lang]}
        </span>
        <span id={props.titleId} className="sv-title" lang="zh-CN">
          {title}
        </span>
      </h2>
      <button type="button" className="sv-close" onClick={props.onClose}>
        {m.close[lang]}
      </button>
    </header>
  );

  if (!figure || !report) {
    return (
      <div className="sv-frame">
        {header(props.figureId)}
        <p role="alert" className="sv-alert">
          {fill(m.unknownFigure[lang], { id: props.figureId })}
        </p>
      </div>
    );
  }
  return (
    <div className="sv-frame">
      {header(report.title ?? m.untitled[lang])}
      <div className="sv-body">
        <ReportText figure={figure} report={report} lang={lang} />
        <ReportFacts figure={figure} report={report} lang={lang} />
      </div>
    </div>
  );
}

function ReportFacts({ figure, report, lang }: { figure: Figure; report: Report; lang: Lang }) {
  const { index } = useDataset();
  const setView = useViewStore((s) => s.set);
  const siblings = useReportFigures(report.id);
  const region = index.regionByCode.get(report.regionCode);
  const notStated = <span className="muted">{m.notStated[lang]}</span>;
  return (
    <aside className="sv-facts">
      <dl className="sv-meta">
        <dt>{m.region[lang]}</dt>
        <dd>
          <span lang="zh-CN">{regionLabel(region, 'zh', report.regionCode)}</span>
          {' · '}
          <span lang="en">{regionLabel(region, 'en', report.regionCode)}</span>
        </dd>
        <dt>{m.publisher[lang]}</dt>
        <dd lang="zh-CN">{report.publisher ?? notStated}</dd>
        <dt>{m.date[lang]}</dt>
        <dd>{report.publishedAt ?? notStated}</dd>
        {report.reportingUnit && (
          <>
            <dt>{m.reportingUnit[lang]}</dt>
            <dd lang="zh-CN">{report.reportingUnit}</dd>
          </>
        )}
        {report.url && (
          <>
            <dt>{m.url[lang]}</dt>
            <dd>
              <a href={report.url} target="_blank" rel="noreferrer" className="sv-url">
                {report.url}
              </a>
            </dd>
          </>
        )}
        <dt>{m.file[lang]}</dt>
        <dd className="sv-file">{report.file}</dd>
      </dl>
      <h3 className="sv-subheading">{m.figures[lang]}</h3>
      <ol className="sv-figures">
        {siblings.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              aria-current={f.id === figure.id ? 'true' : undefined}
              data-figure-id={f.id}
              onClick={() => {
                setView({ openFigureId: f.id });
              }}
            >
              <FigureLabel f={f} lang={lang} />
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}

/** Figures of one report in the order they appear in its text (grouped once per dataset, see reportFigures). */
function useReportFigures(reportId: string): readonly Figure[] {
  const { data } = useDataset();
  return useMemo(() => reportFigures(data, reportId), [data, reportId]);
}

function ReportText(props: { figure: Figure; report: Report; lang: Lang }) {
  const { figure, report, lang } = props;
  const { baseUrl } = useDataset();
  const siblings = useReportFigures(report.id);
  const url = new URL(report.textPath, new URL(baseUrl, document.baseURI)).href;
  const { state, retry } = useReportText(url);
  const markRef = useRef<HTMLElement>(null);
  const text = state.status === 'ready' ? state.text : null;

  const view = useMemo(() => {
    if (text === null) return null;
    const location = locateQuote(text, figure);
    const others = siblings.filter((f) => f.id !== figure.id).flatMap((f) => locateQuote(text, f) ?? []);
    return { location, segments: segmentText(text, location, others) };
  }, [text, figure, siblings]);

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [view]);

  return (
    <section className="sv-reading" aria-label={m.text[lang]}>
      <p className="sv-current">
        <span className="sv-current-label">{m.figure[lang]}</span> <FigureLabel f={figure} lang={lang} />
      </p>
      {state.status === 'loading' && (
        <p role="status" className="sv-status">
          {m.loading[lang]}
        </p>
      )}
      {state.status === 'error' && (
        <div role="alert" className="sv-alert">
          <p>{fill(m.loadError[lang], { url: state.url, reason: state.reason })}</p>
          <button type="button" onClick={retry}>
            {m.retry[lang]}
          </button>
        </div>
      )}
      {view && !view.location && (
        <p role="alert" className="sv-alert">
          {fill(m.missing[lang], { quote: figure.quote })}
        </p>
      )}
      {view?.location && !view.location.atStoredOffsets && (
        <p role="status" className="sv-status">
          {m.moved[lang]}
        </p>
      )}
      {view && (
        // Focusable so the text can be scrolled from the keyboard.
        <div className="sv-text" lang="zh-CN" tabIndex={0} data-testid="report-text">
          {view.segments.map((s, i) =>
            s.kind === 'active' ? (
              <mark key={i} ref={markRef} className="sv-mark">
                {s.text}
              </mark>
            ) : s.kind === 'other' ? (
              <span key={i} className="sv-other">
                {s.text}
              </span>
            ) : (
              s.text
            ),
          )}
        </div>
      )}
      {lang === 'en' && <p className="sv-note muted">{m.textLanguage.en}</p>}
    </section>
  );
}
