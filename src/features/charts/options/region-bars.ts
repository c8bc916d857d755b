import type { ChartOption } from '@/lib/echarts';
import type { Region } from '@/lib/figures-schema';
import type { Lang } from '@/lib/i18n';
import { regionLabel } from '@/lib/region-label';
import type { Cell } from '@/features/charts/chart-data';
import { chartMessages as m } from '@/features/charts/messages';
import {
  axisValueFormatter,
  baseOption,
  firstItem,
  VISIBLE_ROWS,
  type CallbackItem,
} from '@/features/charts/options/common';

type Grid = Exclude<NonNullable<ChartOption['grid']>, readonly unknown[]>;

export interface RegionBarsFrame<T extends { region: Region }> {
  lang: Lang;
  /** Rows a region reports nothing in: no bar, and 未报告 / Not reported beside its name. */
  notReported: (row: T) => boolean;
  /** The words beside a row without a bar (未报告, or 不在筛选范围 where a filter hid its figures). */
  missingLabel?: (code: string) => string;
  /** The tooltip of one region's row (HTML, already escaped). */
  tooltip: (row: T) => string;
  grid: Grid;
  /** Said inside the plot when no row has anything to draw, so it never looks like a chart that failed to load. */
  emptyText: string;
  /** Left out when nothing is drawn: it would name series that have no bar. */
  legend?: ChartOption['legend'];
}

/**
 * The frame the horizontal bar charts share (ranking, categories, problems): one category row per
 * region in the given order, values along x, an axis tooltip per row and a scrolling axis for long
 * lists. Each builder adds its series (and legend) to what this returns.
 */
export function regionBarsOption<T extends { region: Region }>(
  rows: readonly T[],
  frame: RegionBarsFrame<T>,
): ChartOption {
  const { lang } = frame;
  const notReported = new Set(rows.filter(frame.notReported).map((r) => r.region.code));
  const empty = notReported.size === rows.length;
  return {
    ...baseOption(),
    grid: empty ? { ...frame.grid, top: EMPTY_TOP, bottom: 8 } : frame.grid,
    ...(frame.legend && !empty ? { legend: frame.legend } : {}),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: CallbackItem | CallbackItem[]) => {
        const row = rows[firstItem(params)?.dataIndex ?? -1];
        return row ? frame.tooltip(row) : '';
      },
    },
    xAxis: empty
      ? emptyValueAxis(frame.emptyText)
      : { type: 'value', axisLabel: { formatter: axisValueFormatter(lang), hideOverlap: true } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.region.code),
      axisTick: { show: false },
      // Without bars the axis line is half of an empty frame; the names and 未报告 say enough.
      axisLine: { show: !empty },
      // Clicking a region's name opens what its row stands for, also where it has no bar to click.
      triggerEvent: true,
      axisLabel: regionAxisLabels(
        rows.map((r) => r.region),
        notReported,
        lang,
        frame.missingLabel,
      ),
    },
    ...categoryZoom(rows.length),
  };
}

/** Room above the plot for the empty message. */
const EMPTY_TOP = 40;

/**
 * With nothing to draw, the value axis carries the message as its name, above the plot and right of the
 * region names, which stay listed as 未报告. An axis name rather than a title: the export moves the plot
 * under its own heading, and a title placed at a fixed height would then sit on top of that heading.
 */
function emptyValueAxis(text: string): NonNullable<ChartOption['xAxis']> {
  return {
    type: 'value',
    position: 'top',
    name: text,
    nameLocation: 'middle',
    nameGap: 16,
    nameTextStyle: { fontSize: 14 },
    axisLine: { show: false },
    axisTick: { show: false },
    axisLabel: { show: false },
    splitLine: { show: false },
  };
}

/** A bar's data item: its value and the cell whose figures a click lists, or no bar at all (never a zero) where nothing is reported. */
export function barDatum(cell: Cell | null | undefined): { value: number; cellId: string } | { value: null } {
  return cell ? { value: cell.value, cellId: cell.id } : { value: null };
}

/** Height in pixels for a horizontal bar chart of `rows` categories (capped: longer lists scroll). */
export function barChartHeight(rows: number, perRow: number, extra = 70): number {
  return Math.max(220, Math.min(rows, VISIBLE_ROWS) * perRow + extra);
}

/** Longest line, in characters, of a region's name beside the bars before it wraps onto the next. */
const LABEL_LINE_CHARS = 28;

/** Most lines a region's name takes beside the bars: a row is 28px high, two 14px lines. */
const LABEL_MAX_LINES = 2;

/**
 * A long English name (Ruoqiang County (Bayinguolengmenggu Autonomous Prefecture)) would take half the chart's
 * width; it wraps at spaces instead, onto at most `maxLines` lines, the last cut with … (the tooltip and the
 * data table give it whole): a third line ran into the rows above and below. By hand because ECharts' own
 * overflow: 'break' drops the explicit line break of rich-text labels (the grey Not reported under the name ran
 * into it).
 */
export function wrapLabel(name: string, max = LABEL_LINE_CHARS, maxLines = LABEL_MAX_LINES): string[] {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const rest = lines.slice(maxLines - 1).join(' ');
  return [...lines.slice(0, maxLines - 1), `${rest.slice(0, max - 1).trimEnd()}…`];
}

/**
 * Category-axis labels by region code: the region's name, and a grey 未报告 where the region
 * reports nothing, so missing regions stay listed without a bar (never a zero).
 */
function regionAxisLabels(
  regions: readonly Region[],
  notReported: ReadonlySet<string>,
  lang: Lang,
  missingLabel: (code: string) => string = () => m.notReported[lang],
) {
  const names = new Map(regions.map((r) => [r.code, regionLabel(r, lang)]));
  return {
    formatter: (code: string) => {
      const missing = notReported.has(code);
      // "Not reported" beside a long English name would squeeze the plot; on a line below, it costs no width,
      // and the name keeps one line so that the row stays two lines high.
      const ownLine = missing && lang === 'en';
      const name = wrapLabel((names.get(code) ?? code).replace(/[{}|]/g, ''), LABEL_LINE_CHARS, ownLine ? 1 : 2)
        .map((line) => `{name|${line}}`)
        .join('\n');
      if (!missing) return name;
      return `${name}${ownLine ? '\n' : ' '}{nr|${missingLabel(code).replace(/[{}|]/g, '')}}`;
    },
    // Italic, in the theme's label colour: the grey it had fell under 4.5:1 contrast on the light theme's white.
    rich: { name: { lineHeight: 14 }, nr: { fontStyle: 'italic' as const, lineHeight: 14 } },
  };
}

/** Scrolls a long region axis inside the chart rather than squeezing labels on top of each other. */
function categoryZoom(count: number): Pick<ChartOption, 'dataZoom'> {
  if (count <= VISIBLE_ROWS) return {};
  const range = { yAxisIndex: 0, startValue: 0, endValue: VISIBLE_ROWS - 1 };
  return {
    dataZoom: [
      { type: 'inside', ...range, zoomOnMouseWheel: false, moveOnMouseWheel: true },
      {
        type: 'slider',
        ...range,
        width: 12,
        right: 2,
        showDataShadow: false,
        showDetail: false,
        brushSelect: false,
      },
    ],
  };
}
