import type { EChartsCoreOption } from 'echarts/core';

/** What a chart hands to the exporter: the exporter re-renders `option` off-screen for print. */
export interface ChartExportSpec {
  option: EChartsCoreOption;
  /** The chart's visible title. */
  title: string;
  /** The active filters in words, e.g. "城市：拉萨市、济南市；指标：开展场次". */
  subtitle: string;
  /** File name stem without date or extension, in the UI language, e.g. "各地区开展场次排名". */
  fileStem: string;
}

// PLACEHOLDER owned by the export work (issue 4): replaced by real PNG/SVG/copy buttons.
export function ChartExportButtons(_props: { spec: ChartExportSpec }) {
  return null;
}
