import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { Chart, type ChartItemClick } from '@/components/chart';
import { ChartExportButtons } from '@/components/chart-export-buttons';
import { useDataset } from '@/lib/dataset-context';
import { COLON, type Lang } from '@/lib/i18n';
import { useViewStore } from '@/stores/view-store';
import { useChartView } from '@/stores/use-figure-filters';
import { buildChartSpecs, type ChartSpec, type Explanation } from '@/features/charts/chart-specs';
import { ExplainDialog } from '@/features/charts/explain-dialog';
import { chartMessages as m } from '@/features/charts/messages';
import { VISIBLE_ROWS } from '@/features/charts/options/common';
import { useChartWidth } from '@/features/charts/use-chart-width';

/** The comparative charts of the current view. */
export function ChartsSection() {
  const { data, index } = useDataset();
  const view = useChartView();
  const lang = useViewStore((s) => s.lang);
  const theme = useViewStore((s) => s.theme);
  const gridRef = useRef<HTMLDivElement>(null);
  const width = useChartWidth(gridRef);
  // Nothing is built before the width is known: the measuring render is an empty grid, before paint.
  const specs = useMemo(
    () => (width === null ? [] : buildChartSpecs(data, index, view, lang, width)),
    [data, index, view, lang, width],
  );
  const [explained, setExplained] = useState<Explanation | null>(null);
  const open = useCallback((explanation: Explanation) => {
    setExplained(explanation);
  }, []);
  return (
    <div className="chart-grid" ref={gridRef}>
      {specs.map((spec) => (
        <ChartFigure key={spec.id} spec={spec} lang={lang} theme={theme} onOpen={open} />
      ))}
      <ExplainDialog
        explanation={explained}
        lang={lang}
        onClose={() => {
          setExplained(null);
        }}
      />
    </div>
  );
}

/** The explanation a click on the chart asks for: a bar's cell, or a region name's first value. */
function explanationOf(item: ChartItemClick, spec: ChartSpec): Explanation | null {
  const data = item.data;
  if (data && typeof data === 'object' && 'cellId' in data && typeof data.cellId === 'string') {
    return spec.explanations.get(data.cellId) ?? null;
  }
  if (item.componentType === 'yAxis' && typeof item.value === 'string') {
    const row = spec.table.rows.find((r) => r.key === item.value);
    const id = row?.values.find((v) => v.explainId)?.explainId;
    return id ? (spec.explanations.get(id) ?? null) : null;
  }
  return null;
}

function ChartFigure(props: {
  spec: ChartSpec;
  lang: Lang;
  theme: 'light' | 'dark';
  onOpen: (explanation: Explanation) => void;
}) {
  const { spec: built, lang, theme, onOpen } = props;
  const titleId = useId();
  // Legend items the reader switched off, for this build of the spec only: a new filter starts with all shown.
  const [legend, setLegend] = useState<{ of: ChartSpec; hidden: ReadonlySet<string> } | null>(null);
  const hidden = legend?.of === built ? legend.hidden : null;
  const spec = useMemo(
    () => (hidden && hidden.size > 0 && built.withHidden ? { ...built, option: built.withHidden(hidden) } : built),
    [built, hidden],
  );
  const onLegendChange = useCallback(
    (selected: Record<string, boolean>) => {
      if (!built.withHidden) return;
      const off = new Set(Object.entries(selected).flatMap(([name, on]) => (on ? [] : [name])));
      setLegend({ of: built, hidden: off });
    },
    [built],
  );
  // The table is built only when opened: with thousands of regions it would otherwise weigh on every filter change.
  const [tableOpen, setTableOpen] = useState(false);
  // The rows on the first screen of a scrolling chart are drawn at once; the rest when scrolled to.
  const [glyphs, laterGlyphs] = useMemo(() => {
    const text = (rows: ChartSpec['table']['rows']) =>
      rows.map((r) => r.header + r.values.map((v) => v.text).join('')).join('');
    return [text(spec.table.rows.slice(0, VISIBLE_ROWS)), text(spec.table.rows.slice(VISIBLE_ROWS))];
  }, [spec.table]);
  const onItemClick = useCallback(
    (item: ChartItemClick) => {
      const explanation = explanationOf(item, spec);
      if (explanation) onOpen(explanation);
    },
    [onOpen, spec],
  );
  return (
    <figure className="chart-card" aria-labelledby={titleId} data-chart={spec.id}>
      <figcaption className="chart-head">
        <div>
          <h3 id={titleId} className="chart-title">
            {spec.title}
          </h3>
          <p className="chart-subtitle">{spec.subtitle}</p>
        </div>
        <div className="chart-actions">
          <ChartExportButtons spec={spec} />
        </div>
      </figcaption>
      <Chart
        option={spec.option}
        height={spec.height}
        lang={lang}
        theme={theme}
        glyphs={glyphs}
        laterGlyphs={laterGlyphs}
        label={`${spec.title}${COLON[lang]}${spec.emptyText ?? m.chartLabel[lang]}`}
        onItemClick={onItemClick}
        onLegendChange={onLegendChange}
      />
      {spec.note && <p className="chart-note">{spec.note}</p>}
      <details
        className="chart-data"
        onToggle={(e) => {
          setTableOpen(e.currentTarget.open);
        }}
      >
        <summary>
          {m.dataTable[lang]}{' '}
          {/* No hint to click a bar where the chart draws no bar (or point), only its empty message. */}
          {spec.emptyText === null && (
            <span className="chart-hint">{(spec.id === 'timeline' ? m.clickPointHint : m.clickHint)[lang]}</span>
          )}
        </summary>
        {tableOpen && <ChartDataTable spec={spec} lang={lang} onOpen={onOpen} />}
      </details>
    </figure>
  );
}

function ChartDataTable(props: { spec: ChartSpec; lang: Lang; onOpen: (explanation: Explanation) => void }) {
  const { spec, lang, onOpen } = props;
  const { table } = spec;
  return (
    <div className="table-scroll">
      <table className="data-table" data-chart-table={spec.id}>
        <caption className="sr-only">{`${spec.title} (${m.dataTable[lang]})`}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} data-region={row.key.slice(0, 6)}>
              <th scope="row">{row.header}</th>
              {row.values.map((v, i) => (
                <td
                  key={i}
                  data-value={v.value ?? undefined}
                  data-qualifier={v.qualifier ?? undefined}
                  className={v.value === null ? 'muted' : undefined}
                >
                  {v.explainId ? (
                    <button
                      type="button"
                      className="link-button"
                      title={m.explain[lang]}
                      aria-haspopup="dialog"
                      onClick={() => {
                        const explanation = v.explainId ? spec.explanations.get(v.explainId) : undefined;
                        if (explanation) onOpen(explanation);
                      }}
                    >
                      {v.text}
                    </button>
                  ) : (
                    v.text
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
