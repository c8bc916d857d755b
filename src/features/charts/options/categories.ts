import { ACTIVITY_CATEGORY_LABELS } from '@/lib/activity-categories';
import type { ChartOption } from '@/lib/echarts';
import type { Lang } from '@/lib/i18n';
import { METRIC_LABELS, type ChartMetric } from '@/lib/metrics';
import { regionLabel } from '@/lib/region-label';
import type { CategoryBreakdown } from '@/features/charts/chart-data';
import { chartMessages as m } from '@/features/charts/messages';
import { cellTooltip, escapeHtml, legendHeight, valueText } from '@/features/charts/options/common';
import { barDatum, regionBarsOption } from '@/features/charts/options/region-bars';

type BreakdownRow = CategoryBreakdown['rows'][number];

/** Chart 2: the chosen metric by region, stacked by activity category. */
export function buildCategoryOption(breakdown: CategoryBreakdown, metric: ChartMetric, lang: Lang): ChartOption {
  const { rows, categories } = breakdown;
  const metricName = METRIC_LABELS[metric][lang];
  const tooltip = (row: BreakdownRow) => {
    const parts = categories.flatMap((c) => {
      const cell = row.byCategory.get(c);
      return cell ? [`${escapeHtml(ACTIVITY_CATEGORY_LABELS[c][lang])}: ${escapeHtml(valueText(cell, lang))}`] : [];
    });
    const total = cellTooltip(regionLabel(row.region, lang), `${metricName} · ${m.total[lang]}`, row.total, lang);
    return parts.length ? `${total}<br/><br/>${parts.join('<br/>')}` : total;
  };
  return {
    ...regionBarsOption(rows, {
      lang,
      notReported: (r) => !r.total,
      tooltip,
      grid: {
        left: 8,
        right: 24,
        top: legendHeight(categories.map((c) => ACTIVITY_CATEGORY_LABELS[c][lang])) + 12,
        bottom: 24,
      },
      emptyText: m.noneReported[lang],
      legend: { top: 0, left: 0, right: 0, itemWidth: 14, itemHeight: 10 },
    }),
    series: categories.map((category) => ({
      type: 'bar' as const,
      name: ACTIVITY_CATEGORY_LABELS[category][lang],
      stack: 'total',
      barMaxWidth: 22,
      emphasis: { focus: 'series' as const },
      data: rows.map((r) => barDatum(r.byCategory.get(category))),
    })),
  };
}
