import { useEffect, useRef } from 'react';
import { CHART_FONT_FAMILY, echarts, type ChartOption } from '@/lib/echarts';
import { collectStrings } from '@/lib/export/chart-image';
import type { Lang } from '@/lib/i18n';

export interface ChartItemClick {
  seriesIndex: number | undefined;
  dataIndex: number;
  data: unknown;
  /** 'series' for a bar or point; 'yAxis' for a region's name (axes that set triggerEvent). */
  componentType: string;
  /** An axis label's value: the region code. */
  value: unknown;
}

interface ChartProps {
  option: ChartOption;
  height: number;
  lang: Lang;
  theme: 'light' | 'dark';
  /** Text that formatters draw at first (region names, values), so its glyphs are loaded before the canvas draws. */
  glyphs?: string;
  /**
   * Text drawn only later, e.g. rows further down a scrolling axis: loaded after the first draw, then
   * the chart redraws. Waiting for every glyph of 2,000 region names held up the first chart.
   */
  laterGlyphs?: string;
  /** Accessible description of the canvas; the figure around it carries the title. */
  label: string;
  onItemClick?: (item: ChartItemClick) => void;
  /** Legend items switched on or off, by series name: the owner may answer with a new option. */
  onLegendChange?: (selected: Record<string, boolean>) => void;
}

/** For the performance timeline (DevTools, bench/page-load.bench.ts): when the page's first chart is drawn. */
let firstDrawMarked = false;

/** The one place that owns an ECharts instance: init, resize, setOption and dispose. */
export function Chart(props: ChartProps) {
  const { option, height, lang, theme, glyphs = '', laterGlyphs = '', label, onItemClick, onLegendChange } = props;
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onItemClick);
  const legendRef = useRef(onLegendChange);
  useEffect(() => {
    clickRef.current = onItemClick;
    legendRef.current = onLegendChange;
  }, [onItemClick, onLegendChange]);

  // Locale is fixed at init, so a language or theme change builds a new instance.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, theme === 'dark' ? 'dark' : undefined, {
      locale: lang === 'zh' ? 'ZH' : 'EN',
      renderer: 'canvas',
    });
    instance.on('click', (params) => {
      clickRef.current?.({
        seriesIndex: params.seriesIndex,
        dataIndex: params.dataIndex,
        data: params.data,
        componentType: params.componentType,
        value: params.value,
      });
    });
    instance.on('legendselectchanged', (params) => {
      const selected = (params as { selected?: Record<string, boolean> }).selected;
      if (selected) legendRef.current?.(selected);
    });
    const observer = new ResizeObserver(() => {
      instance.resize();
    });
    observer.observe(el);
    chartRef.current = instance;
    return () => {
      observer.disconnect();
      instance.dispose();
      chartRef.current = null;
    };
  }, [lang, theme]);

  // Runs after the init effect above (same commit, declaration order), so the instance is current.
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    let cancelled = false;
    const draw = () => {
      if (cancelled || chart.isDisposed()) return;
      chart.setOption(option, { notMerge: true });
      if (!firstDrawMarked) {
        firstDrawMarked = true;
        performance.mark('chart:first-draw');
      }
    };
    // Canvas text does not make the browser fetch a web font's subsets, so load the glyphs first;
    // otherwise the first draw falls back to whatever system font exists (boxes on machines without CJK).
    const font = `12px ${CHART_FONT_FAMILY}`;
    const loaded = (chars: string) =>
      typeof document === 'undefined' || !('fonts' in document) || document.fonts.check(font, chars);
    const text = uniqueChars(`${glyphs}${[...collectStrings(option)].join('')}`);
    const later = uniqueChars(laterGlyphs);
    const drawThenLoadLater = () => {
      draw();
      if (loaded(later)) return;
      // resize() lays the chart out again without animation, so text drawn since gets the loaded glyphs.
      const redraw = () => {
        if (!cancelled && !chart.isDisposed()) chart.resize();
      };
      document.fonts.load(font, later).then(redraw, redraw);
    };
    if (loaded(text)) drawThenLoadLater();
    else document.fonts.load(font, text).then(drawThenLoadLater, drawThenLoadLater);
    return () => {
      cancelled = true;
    };
  }, [option, glyphs, laterGlyphs, lang, theme]);

  return <div ref={ref} className="chart-canvas" style={{ height }} role="img" aria-label={label} />;
}

/** Font loading only needs each character once; long region lists repeat most of them. */
function uniqueChars(text: string): string {
  return [...new Set(text)].join('');
}
