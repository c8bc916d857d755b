import type { EChartsCoreOption } from 'echarts/core';

/** What a chart hands to the exporter: the exporter re-renders `option` off-screen at export size. */
export interface ChartExportSpec {
  option: EChartsCoreOption;
  /** The chart's visible title. */
  title: string;
  /** The active filters in words, e.g. "城市：拉萨市、济南市；指标：开展场次". */
  subtitle: string;
  /** File name stem without date or extension, in the UI language, e.g. "各地区开展场次排名". */
  fileStem: string;
  /** A caveat the chart shows under it (what it leaves out), which its image must carry too. */
  note?: string | null;
}

export interface TableExportColumn {
  id: string;
  header: string;
  /** `date` cells hold YYYY-MM-DD text (Excel writes a real date), `link` cells a URL (Excel a hyperlink). */
  kind: 'text' | 'number' | 'date' | 'link';
}

export type TableCell = string | number | null;

/** Exactly the rows the table shows (filters, search, sort applied), as cell values per column. */
export interface TableExportSpec {
  columns: TableExportColumn[];
  rows: readonly (readonly TableCell[])[];
  title: string;
  /** The active filters and search in words. */
  subtitle: string;
  fileStem: string;
}

/** What every exported file says about where its numbers come from. */
export interface ExportContext {
  lang: 'zh' | 'en';
  /** Unlabelled (sourceText), e.g. 5篇地方新闻报道（党史学习教育）；数据截至2021-10-22: each file labels it its own way. */
  source: string;
  /** Date put in file names (see exportDate). */
  date: string;
}
