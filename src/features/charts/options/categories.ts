import { ACTIVITY_CATEGORY_LABELS } from '@/lib/activity-categories';
import type { ChartOption } from '@/lib/echarts';
import type { Lang } from '@/lib/i18n';
import { METRIC_LABELS, type ChartMetric } from '@/lib/metrics';
import { regionLabel } from '@/lib/region-label';
import type { CategoryBreakdown } from '@/features/charts/chart-data';
import { chartMessages as m } from '@/features/charts/messages';
import {
  axisValueFormatter,
  baseOption,
  categoryZoom,
  cellTooltip,
  escapeHtml,
  firstItem,
  legendHeight,
  regionAxisLabels,
  valueText,
  type CallbackItem,
} from '@/features/charts/options/common';

/** Chart 2: the chosen metric by region, stacked by activity category. */
export function buildCategoryOption(breakdown: CategoryBreakdown, metric: ChartMetric, lang: Lang): ChartOption {
  const { rows, categories } = breakdown;
  const notReported = new Set(rows.filter((r) => !r.total).map((r) => r.region.code));
  const metricName = METRIC_LABELS[metric][lang];
  return {
    ...baseOption(),
    legend: { top: 0, left: 0, right: 0, itemWidth: 14, itemHeight: 10 },
    grid: {
      left: 8,
      right: 24,
      top: legendHeight(categories.map((c) => ACTIVITY_CATEGORY_LABELS[c][lang])) + 12,
      bottom: 24,
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: CallbackItem | CallbackItem[]) => {
        const row = rows[firstItem(params)?.dataIndex ?? -1];
        if (!row) return '';
        const parts = categories.flatMap((c) => {
          const cell = row.byCategory.get(c);
          return cell ? [`${escapeHtml(ACTIVITY_CATEGORY_LABELS[c][lang])}: ${escapeHtml(valueText(cell, lang))}`] : [];
        });
        const total = cellTooltip(regionLabel(row.region, lang), `${metricName} · ${m.total[lang]}`, row.total, lang);
        return parts.length ? `${total}<br/><br/>${parts.join('<br/>')}` : total;
      },
    },
    xAxis: { type: 'value', axisLabel: { formatter: axisValueFormatter(lang), hideOverlap: true } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.region.code),
      axisTick: { show: false },
      axisLabel: regionAxisLabels(
        rows.map((r) => r.region),
        notReported,
        lang,
      ),
    },
    ...categoryZoom(rows.length, 'y'),
    series: categories.map((category) => ({
      type: 'bar' as const,
      name: ACTIVITY_CATEGORY_LABELS[category][lang],
      stack: 'total',
      barMaxWidth: 22,
      emphasis: { focus: 'series' as const },
      data: rows.map((r) => {
        const cell = r.byCategory.get(category);
        return cell ? { value: cell.value, figureId: cell.largestFigureId } : { value: null };
      }),
    })),
  };
}
