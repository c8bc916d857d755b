import type { ChartOption } from '@/lib/echarts';
import type { Lang } from '@/lib/i18n';
import { regionLabel } from '@/lib/region-label';
import type { Timeline } from '@/features/charts/chart-data';
import { chartMessages as m } from '@/features/charts/messages';
import {
  axisValueFormatter,
  baseOption,
  cellTooltip,
  firstItem,
  labelText,
  legendHeight,
  NARROW_WIDTH,
  type CallbackItem,
} from '@/features/charts/options/common';

const DAY_MS = 24 * 3600 * 1000;
const PAD_MS = 20 * DAY_MS;

/**
 * What the time chart says where it has no line (null where it has one): undated figures exist but cannot be
 * placed in time, or nothing reports the metric at all.
 */
export function timelineEmptyText(timeline: Timeline, lang: Lang): string | null {
  if (timeline.series.length > 0) return null;
  return (timeline.undated > 0 ? m.noDated : m.noneReported)[lang];
}

/** Chart 4: the chosen metric per region at each report date (reports without a date cannot be placed). */
export function buildTimelineOption(
  timeline: Timeline,
  metricName: string,
  lang: Lang,
  width = NARROW_WIDTH,
): ChartOption {
  const emptyText = timelineEmptyText(timeline, lang);
  const empty = emptyText !== null;
  return {
    ...baseOption(),
    title: empty
      ? {
          text: emptyText,
          left: 'center',
          top: 'middle',
          // The theme's text colour: a fixed grey fell under 4.5:1 contrast on the light theme's white.
          textStyle: { fontSize: 14, fontWeight: 'normal' },
        }
      : undefined,
    legend: empty ? undefined : { top: 0, left: 0, right: 0 },
    grid: {
      left: 8,
      right: 32,
      top:
        legendHeight(
          timeline.series.map((x) => regionLabel(x.region, lang)),
          width,
        ) + 16,
      bottom: 24,
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: CallbackItem | CallbackItem[]) => {
        const p = firstItem(params);
        if (!p) return '';
        const s = timeline.series[p.seriesIndex ?? -1];
        const point = s?.points[p.dataIndex];
        if (!s || !point) return '';
        return cellTooltip(`${regionLabel(s.region, lang)} · ${point.date}`, metricName, point.cell, lang);
      },
    },
    xAxis: {
      type: 'time',
      // An empty time axis would still draw its line under the message: a blank chart, not a statement.
      show: !empty,
      // Padding keeps the first and last report's points and labels off the chart's edges.
      min: (range: { min: number }) => range.min - PAD_MS,
      max: (range: { max: number }) => range.max + PAD_MS,
      minInterval: DAY_MS * 28,
      axisLabel: {
        hideOverlap: true,
        // Every label carries its year: a campaign spans 2021 and 2022, and a span inside one year shows no year tick.
        formatter:
          lang === 'zh'
            ? { year: '{yyyy}年', month: '{yyyy}年{M}月', day: '{yyyy}年{M}月{d}日' }
            : { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{MMM} {d}, {yyyy}' },
      },
    },
    yAxis: {
      type: 'value',
      show: !empty,
      boundaryGap: ['0%', '15%'],
      axisLabel: { formatter: axisValueFormatter(lang) },
    },
    series: timeline.series.map((s) => ({
      type: 'line' as const,
      name: regionLabel(s.region, lang),
      symbolSize: 9,
      connectNulls: false,
      labelLayout: { hideOverlap: true },
      // Value labels help with a few lines; with more they pile on each other (tooltips still give values).
      label: {
        show: timeline.series.length <= 3,
        position: 'top' as const,
        formatter: (p: CallbackItem) => {
          const point = s.points[p.dataIndex];
          return point ? labelText(point.cell, lang) : '';
        },
      },
      data: s.points.map((point) => ({ value: [point.date, point.cell.value], cellId: point.cell.id })),
    })),
  };
}
