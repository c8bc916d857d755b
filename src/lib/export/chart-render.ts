import { init, use as registerEcharts, type EChartsCoreOption } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, TitleComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import {
  buildExportOption,
  collectStrings,
  exportSize,
  SLIDE_LAYOUT,
  type ExportFrame,
  type ExportLayout,
  type MeasureText,
} from '@/lib/export/chart-image';
import { pngWithDpi } from '@/lib/export/png-dpi';
import { loadExportFont, fontsReady } from '@/lib/export/export-font';
import type { ChartExportSpec } from '@/lib/export/export-spec';

// Loaded only when an export is asked for: what the dashboard's charts draw (bars, lines, a plain
// legend, the title that carries the header) plus the SVG renderer; the rest comes through echarts/core.
registerEcharts([
  BarChart,
  LineChart,
  GridComponent,
  LegendPlainComponent,
  TitleComponent,
  LabelLayout,
  CanvasRenderer,
  SVGRenderer,
]);

const measureContext = document.createElement('canvas').getContext('2d');

const canvasMeasure: MeasureText = (text, fontSize, bold) => {
  if (!measureContext) return text.length * fontSize;
  measureContext.font = `${bold ? 'bold ' : ''}${fontSize}px "Noto Sans SC", sans-serif`;
  return measureContext.measureText(text).width;
};

export interface RenderOptions {
  /** Source and date line for the footer. */
  footer: string;
  /** Sets ECharts' locale too, so time axes read "Jun" rather than "6月" in English. */
  lang: 'zh' | 'en';
  /** Page (Word, 16 cm), slide (16:9) or print (landscape A4); slide where not said. */
  layout?: ExportLayout;
}

export interface RenderedChart {
  option: EChartsCoreOption;
  width: number;
  height: number;
}

function textOfSvg(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return doc.documentElement.textContent;
}

const locale = (lang: RenderOptions['lang']) => (lang === 'zh' ? 'ZH' : 'EN');

function renderSvgString(
  option: EChartsCoreOption,
  width: number,
  height: number,
  lang: RenderOptions['lang'],
): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height, locale: locale(lang) });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Builds the export option with the bundled font loaded for every glyph it shows. Formatters can print text
 * that is in no option string (units, 万), so a first SVG pass collects what is really drawn.
 */
async function prepareChart(
  spec: ChartExportSpec,
  { footer, lang, layout = SLIDE_LAYOUT }: RenderOptions,
): Promise<RenderedChart> {
  const { width, height } = exportSize(spec.option, layout);
  const note = spec.note?.trim() || null;
  const frame: ExportFrame = { title: spec.title, subtitle: spec.subtitle, note, footer, width, height };
  const strings = [
    ...collectStrings(spec.option),
    spec.title,
    spec.subtitle,
    note ?? '',
    footer,
    '0123456789.,%+-~≈≥万亿余近',
  ];
  await loadExportFont(strings.join(''), spec.title);
  let option = buildExportOption(spec.option, frame, canvasMeasure, layout);
  const drawn = textOfSvg(renderSvgString(option, width, height, lang));
  if (!fontsReady(drawn)) {
    await loadExportFont(drawn, spec.title);
    option = buildExportOption(spec.option, frame, canvasMeasure, layout);
  }
  return { option, width, height };
}

export async function renderChartPng(spec: ChartExportSpec, opts: RenderOptions, pixelRatio: number): Promise<Blob> {
  const { option, width, height } = await prepareChart(spec, opts);
  // A detached element: the image never depends on the page's layout, theme or zoom.
  const host = document.createElement('div');
  const chart = init(host, null, {
    renderer: 'canvas',
    width,
    height,
    devicePixelRatio: pixelRatio,
    locale: locale(opts.lang),
  });
  try {
    chart.setOption(option);
    const canvas = chart.renderToCanvas({ backgroundColor: '#fff', pixelRatio });
    const blob = await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((b) => {
        if (b) resolve(b);
        else reject(new Error('canvas.toBlob returned nothing'));
      }, 'image/png');
    });
    // The physical size it was drawn for, so Word inserts it at that width with its type at the intended points.
    const bytes = pngWithDpi(
      new Uint8Array(await blob.arrayBuffer()),
      pixelRatio * (opts.layout ?? SLIDE_LAYOUT).pxPerInch,
    );
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  } finally {
    chart.dispose();
  }
}

export async function renderChartSvg(spec: ChartExportSpec, opts: RenderOptions): Promise<string> {
  const { option, width, height } = await prepareChart(spec, opts);
  const svg = renderSvgString(option, width, height, opts.lang);
  // ECharts omits the XML declaration; with it, Office and image viewers read the Chinese text as UTF-8.
  return svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}
