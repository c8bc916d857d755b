import { CHART_FONT_FAMILY, type ChartOption } from '@/lib/echarts';
import { formatCompact, formatNumber, formatWritten, qualifierMark } from '@/lib/format';
import { COLON, type Lang } from '@/lib/i18n';
import type { Cell } from '@/features/charts/chart-data';
import { chartMessages as m } from '@/features/charts/messages';

/** Ten hues that stay apart on white and on the dark theme's background (Tableau 10). */
export const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/** Rows per screen before a long region list scrolls inside the chart. */
export const VISIBLE_ROWS = 24;

export function baseOption(): ChartOption {
  return {
    backgroundColor: 'transparent',
    color: PALETTE,
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    animationDuration: 300,
  };
}

/** A value in full, for tooltips and data tables: ≥2.8005万 / ≈15,000 (the sum's weakest claim stays visible). */
export function valueText(cell: Pick<Cell, 'value' | 'qualifier'> & { figures?: Cell['figures'] }, lang: Lang): string {
  // One figure is shown as its report words it (不少于4); a sum by its weakest claim (≥, ≈).
  const only = cell.figures?.length === 1 ? cell.figures[0] : undefined;
  if (only) return formatWritten(only, lang);
  return `${qualifierMark(cell.qualifier)}${formatNumber(cell.value, lang)}`;
}

/** A value as a bar or point label, short: ≥2.8万 / ≥16.44万 / ≈6.34M (the exact value is in the tooltip). */
export function labelText(cell: Pick<Cell, 'value' | 'qualifier'>, lang: Lang): string {
  return `${qualifierMark(cell.qualifier)}${formatCompact(cell.value, lang, cell.qualifier)}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sourceLine(cell: Cell, lang: Lang): string {
  const shown = cell.sources.slice(0, 3).map((s) => {
    const name = s.title ?? s.publisher ?? s.file;
    const short = name.length > 36 ? `${name.slice(0, 35)}…` : name;
    const extra = [s.title ? s.publisher : null, s.date].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
    return `${escapeHtml(short)}${extra ? ` <span style="opacity:.7">(${escapeHtml(extra)})</span>` : ''}`;
  });
  const more = cell.sources.length - shown.length;
  const list = shown.join('<br/>');
  return more > 0 ? `${list}<br/>${m.moreSources[lang]} ${more}` : list;
}

/** Tooltip for one drawn value: what it is, how sure, in what unit, from which reports. */
export function cellTooltip(
  heading: string,
  seriesName: string | null,
  cell: Cell | null,
  lang: Lang,
  /** What stands in for a missing value: 未报告, or 不在筛选范围 where the filter hid it. */
  missing?: string,
): string {
  const head = `<strong>${escapeHtml(heading)}</strong>${seriesName ? ` · ${escapeHtml(seriesName)}` : ''}`;
  if (!cell) return `${head}<br/>${escapeHtml(missing ?? m.notReported[lang])}`;
  const note =
    cell.qualifier === 'atLeast' ? m.atLeastNote[lang] : cell.qualifier === 'approx' ? m.approxNote[lang] : '';
  const units = cell.units.join(lang === 'zh' ? '、' : ', ');
  return [
    head,
    `${m.value[lang]}${COLON[lang]}<strong>${escapeHtml(valueText(cell, lang))}</strong>${escapeHtml(note)}`,
    units ? `${m.unit[lang]}${COLON[lang]}${escapeHtml(units)}` : '',
    `${cell.count} ${m.figuresCount[lang]}`,
    `${m.sources[lang]}${COLON[lang]}<br/>${sourceLine(cell, lang)}`,
  ]
    .filter(Boolean)
    .join('<br/>');
}

const enAxisFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

/**
 * Value-axis ticks: 3万 / 30K. Ticks are round numbers, so the compact form is exact; full English
 * numbers (150,000) are so wide that ECharts hides every other tick at laptop widths and cuts the last one.
 */
export function axisValueFormatter(lang: Lang) {
  return (value: number) => (lang === 'en' ? enAxisFormat.format(value) : formatNumber(value, lang));
}

/** What ECharts passes to label and tooltip callbacks, narrowed to what the builders read. */
export interface CallbackItem {
  dataIndex: number;
  seriesIndex?: number;
  seriesName?: string;
}

/** Axis-triggered tooltips get a list, item-triggered ones a single item. */
export function firstItem(params: CallbackItem | CallbackItem[]): CallbackItem | undefined {
  return Array.isArray(params) ? params[0] : params;
}

/**
 * A chart's width when the page has not measured it (the export-all report, tests): a tablet column, so a
 * legend sized for it leaves at worst a gap on a wider chart.
 */
export const NARROW_WIDTH = 420;

/** 12px legend text: CJK glyphs are square; Latin ones average 5.5–6.2px in Noto Sans SC, with room for capitals. */
const CJK_CHAR = 12;
const LATIN_CHAR = 6.5;
/** ECharts' legend: 5px padding each side, 5px between symbol and text, 10px between items. */
const LEGEND_PADDING = 10;
const SYMBOL_GAP = 5;
const ITEM_GAP = 10;

/**
 * Height of a plain legend that wraps onto as many lines as its entries need at the chart's width,
 * so the grid starts below it: a scrolling legend would hide entries, and in print cut them off.
 * `symbolWidth` is the legend's itemWidth (ECharts' default 25).
 */
export function legendHeight(names: readonly string[], width = NARROW_WIDTH, symbolWidth = 25): number {
  if (names.length === 0) return 0;
  const room = width - LEGEND_PADDING;
  let lines = 1;
  let x = 0;
  for (const name of names) {
    let text = 0;
    for (const ch of name) text += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? CJK_CHAR : LATIN_CHAR;
    const item = symbolWidth + SYMBOL_GAP + text + ITEM_GAP;
    if (x > 0 && x + item - ITEM_GAP > room) {
      lines += 1;
      x = 0;
    }
    x += item;
  }
  return lines * 22;
}
