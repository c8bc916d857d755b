import type { ChartOption } from '@/lib/echarts';
import type { Lang } from '@/lib/i18n';
import { METRIC_LABELS, type ChartMetric } from '@/lib/metrics';
import { regionLabel } from '@/lib/region-label';
import type { RegionValue } from '@/features/charts/chart-data';
import {
  axisValueFormatter,
  baseOption,
  categoryZoom,
  cellTooltip,
  firstItem,
  labelText,
  regionAxisLabels,
  type CallbackItem,
} from '@/features/charts/options/common';

/** Chart 1: the chosen metric by region, largest first; regions without a figure listed as not reported. */
export function buildRankingOption(rows: readonly RegionValue[], metric: ChartMetric, lang: Lang): ChartOption {
  const name = METRIC_LABELS[metric][lang];
  const notReported = new Set(rows.filter((r) => !r.cell).map((r) => r.region.code));
  return {
    ...baseOption(),
    grid: { left: 8, right: 64, top: 8, bottom: 24 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: CallbackItem | CallbackItem[]) => {
        const row = rows[firstItem(params)?.dataIndex ?? -1];
        return row ? cellTooltip(regionLabel(row.region, lang), name, row.cell, lang) : '';
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
    series: [
      {
        type: 'bar',
        name,
        barMaxWidth: 22,
        data: rows.map((r) => (r.cell ? { value: r.cell.value, figureId: r.cell.largestFigureId } : { value: null })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: CallbackItem) => {
            const cell = rows[p.dataIndex]?.cell;
            return cell ? labelText(cell, lang) : '';
          },
        },
      },
    ],
  };
}
