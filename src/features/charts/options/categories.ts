import { sumFigures } from '@/lib/sum-figures';
import { ACTIVITY_CATEGORIES, ACTIVITY_CATEGORY_LABELS, type ActivityCategory } from '@/lib/activity-categories';
import type { ChartOption } from '@/lib/echarts';
import type { Lang } from '@/lib/i18n';
import { regionLabel } from '@/lib/region-label';
import type { CategoryBreakdown } from '@/features/charts/chart-data';
import { chartMessages as m } from '@/features/charts/messages';
import {
  cellTooltip,
  escapeHtml,
  labelText,
  legendHeight,
  NARROW_WIDTH,
  PALETTE,
  valueText,
  type CallbackItem,
} from '@/features/charts/options/common';
import { barDatum, regionBarsOption } from '@/features/charts/options/region-bars';

type BreakdownRow = CategoryBreakdown['rows'][number];

/** Legend swatches narrower than ECharts' default, so more categories share a line. */
export const LEGEND_SYMBOL = 14;

const notReported = (r: BreakdownRow) => !r.total;

/** What the stacked chart says where no region has a bar (null where one has); the spec names the canvas with it too. */
export function categoriesEmptyText(breakdown: CategoryBreakdown, lang: Lang): string | null {
  return breakdown.rows.every(notReported) ? m.noneReported[lang] : null;
}

/** Chart 2: the chosen metric by region, stacked by activity category. */
export function buildCategoryOption(
  breakdown: CategoryBreakdown,
  metricName: string,
  lang: Lang,
  width = NARROW_WIDTH,
  missingLabel?: (code: string) => string,
  hidden: ReadonlySet<string> = new Set(),
): ChartOption {
  const { rows, categories } = breakdown;
  // The totals beside the stacks add up only the categories the legend shows, so a hidden one leaves them too.
  const shown = categories.filter((c) => !hidden.has(ACTIVITY_CATEGORY_LABELS[c][lang]));
  const totals = rows.map((r) =>
    shown.length === categories.length ? r.total : sumFigures(shown.flatMap((c) => r.byCategory.get(c)?.figures ?? [])),
  );
  const names = categories.map((c) => ACTIVITY_CATEGORY_LABELS[c][lang]);
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const tooltip = (row: BreakdownRow) => {
    // With legend items hidden, the tooltip adds up what the bar shows, as the label beside it does.
    const parts = shown.flatMap((c) => {
      const cell = row.byCategory.get(c);
      return cell ? [`${escapeHtml(ACTIVITY_CATEGORY_LABELS[c][lang])}: ${escapeHtml(valueText(cell, lang))}`] : [];
    });
    const visible = totals[rowIndex.get(row) ?? -1];
    const total =
      shown.length === categories.length
        ? cellTooltip(
            regionLabel(row.region, lang),
            `${metricName} · ${m.total[lang]}`,
            row.total,
            lang,
            missingLabel?.(row.region.code),
          )
        : `<strong>${escapeHtml(regionLabel(row.region, lang))}</strong> · ${escapeHtml(m.shownTotal[lang])}: <strong>${
            visible ? escapeHtml(valueText(visible, lang)) : escapeHtml(m.notReported[lang])
          }</strong>`;
    return parts.length ? `${total}<br/><br/>${parts.join('<br/>')}` : total;
  };
  return {
    ...regionBarsOption(rows, {
      lang,
      notReported,
      ...(missingLabel ? { missingLabel } : {}),
      tooltip,
      grid: {
        left: 8,
        right: 64,
        top: legendHeight(names, width, LEGEND_SYMBOL) + 12,
        bottom: 24,
      },
      emptyText: m.noneReported[lang],
      // Only the categories: the totals' series has no colour of its own to explain.
      legend: {
        top: 0,
        left: 0,
        right: 0,
        itemWidth: LEGEND_SYMBOL,
        itemHeight: 10,
        data: names,
        selected: Object.fromEntries(names.map((n) => [n, !hidden.has(n)])),
      },
    }),
    series: [
      ...categories.map((category) => ({
        type: 'bar' as const,
        name: ACTIVITY_CATEGORY_LABELS[category][lang],
        itemStyle: { color: categoryColor(category) },
        stack: 'total',
        barMaxWidth: 22,
        emphasis: { focus: 'series' as const },
        data: rows.map((r) => barDatum(r.byCategory.get(category))),
      })),
      totalLabels(totals, lang),
    ],
  };
}

/**
 * Each category keeps its colour whichever others are present: by position among the series, a filter that
 * dropped one category repainted the rest (Party branch life purple in one view, yellow in the next).
 */
function categoryColor(category: ActivityCategory): string {
  return PALETTE[ACTIVITY_CATEGORIES.indexOf(category) % PALETTE.length] ?? '#4e79a7';
}

/**
 * A zero-width bar on top of each stack that carries the region's total as its label, as the ranking's bars
 * do: beside a large region, a small region's stack is too thin to see and looked the same as not reported.
 */
function totalLabels(
  totals: readonly (Pick<BreakdownRow['total'] & object, 'value' | 'qualifier'> | null)[],
  lang: Lang,
) {
  return {
    type: 'bar' as const,
    name: m.total[lang],
    stack: 'total',
    silent: true,
    barMaxWidth: 22,
    itemStyle: { color: 'transparent' },
    data: totals.map((t) => (t ? { value: 0 } : { value: null })),
    label: {
      show: true,
      position: 'right' as const,
      formatter: (p: CallbackItem) => {
        const total = totals[p.dataIndex];
        return total ? labelText(total, lang) : '';
      },
    },
  };
}
