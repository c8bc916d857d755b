import type { ChartOption } from '@/lib/echarts';
import type { Lang } from '@/lib/i18n';
import { regionLabel } from '@/lib/region-label';
import type { RegionValue } from '@/features/charts/chart-data';
import { chartMessages as m } from '@/features/charts/messages';
import { cellTooltip, labelText, type CallbackItem } from '@/features/charts/options/common';
import { barDatum, regionBarsOption } from '@/features/charts/options/region-bars';

const notReported = (r: RegionValue) => !r.cell;

/** What the ranking says where no region has a bar (null where one has); the spec names the canvas with it too. */
export function rankingEmptyText(rows: readonly RegionValue[], lang: Lang): string | null {
  return rows.every(notReported) ? m.noneReported[lang] : null;
}

/** Chart 1: the chosen metric by region, largest first; regions without a figure listed as not reported. */
export function buildRankingOption(
  rows: readonly RegionValue[],
  name: string,
  lang: Lang,
  missingLabel?: (code: string) => string,
): ChartOption {
  return {
    ...regionBarsOption(rows, {
      lang,
      notReported,
      ...(missingLabel ? { missingLabel } : {}),
      tooltip: (r) => cellTooltip(regionLabel(r.region, lang), name, r.cell, lang, missingLabel?.(r.region.code)),
      grid: { left: 8, right: 64, top: 8, bottom: 24 },
      emptyText: m.noneReported[lang],
    }),
    series: [
      {
        type: 'bar',
        name,
        barMaxWidth: 22,
        data: rows.map((r) => barDatum(r.cell)),
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
