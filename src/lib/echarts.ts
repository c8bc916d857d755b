import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendPlainComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

// Only what the dashboard draws, so the first page load carries no unused chart types: legends are
// plain (never scrolling), and the SVG renderer comes with the export code (chart-render.ts) when asked for.
echarts.use([
  BarChart,
  LineChart,
  DataZoomComponent,
  GridComponent,
  LegendPlainComponent,
  TitleComponent,
  TooltipComponent,
  LabelLayout,
  CanvasRenderer,
]);

export { echarts };

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | DataZoomComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

/**
 * The bundled font (see src/styles), so canvas text renders Chinese on machines without a CJK system font.
 * The system CJK fonts after it are for a canvas drawn before (or without) it: a bare sans-serif can pick a
 * Latin-only face there and draw boxes or mixed glyphs. document.fonts.load/check only act on the web font.
 */
export const CHART_FONT_FAMILY = [
  '"Noto Sans SC"',
  '"Microsoft YaHei"',
  '"PingFang SC"',
  '"Noto Sans CJK SC"',
  '"WenQuanYi Micro Hei"',
  '"Source Han Sans SC"',
  'sans-serif',
].join(', ');
