import type { ChartOption } from '@/lib/echarts';
import { formatPercent } from '@/lib/format';
import { COLON, type Lang } from '@/lib/i18n';
import { METRIC_LABELS } from '@/lib/metrics';
import { regionLabel } from '@/lib/region-label';
import type { ProblemsRow } from '@/features/charts/chart-data';
import { chartMessages as m } from '@/features/charts/messages';
import { cellTooltip, labelText, PALETTE, type CallbackItem } from '@/features/charts/options/common';
import { barDatum, regionBarsOption } from '@/features/charts/options/region-bars';

const notReported = (r: ProblemsRow) => !r.collected && !r.resolved;

/** What the problems chart says where no region reports either count (null where one does); also the canvas's name. */
export function problemsEmptyText(rows: readonly ProblemsRow[], lang: Lang): string | null {
  return rows.every(notReported) ? m.noProblems[lang] : null;
}

/** Chart 3: problems collected beside problems resolved, per region, with the resolution rate where both exist. */
export function buildProblemsOption(rows: readonly ProblemsRow[], lang: Lang): ChartOption {
  const collectedName = METRIC_LABELS.problemsCollected[lang];
  const resolvedName = METRIC_LABELS.problemsResolved[lang];
  const bar = (pick: (r: ProblemsRow) => ProblemsRow['collected'], name: string, color: string) => ({
    type: 'bar' as const,
    name,
    barMaxWidth: 16,
    itemStyle: { color },
    data: rows.map((r) => barDatum(pick(r))),
    label: {
      show: true,
      position: 'right' as const,
      fontSize: 11,
      formatter: (p: CallbackItem) => {
        const row = rows[p.dataIndex];
        const cell = row ? pick(row) : null;
        return cell ? labelText(cell, lang) : '';
      },
    },
  });
  const tooltip = (row: ProblemsRow) => {
    const name = regionLabel(row.region, lang);
    const rate =
      row.rate === null ? '' : `<br/>${m.rate[lang]}${COLON[lang]}<strong>${formatPercent(row.rate, lang)}</strong>`;
    return `${cellTooltip(name, collectedName, row.collected, lang)}<br/><br/>${cellTooltip(name, resolvedName, row.resolved, lang)}${rate}`;
  };
  return {
    ...regionBarsOption(rows, {
      lang,
      notReported,
      tooltip,
      grid: { left: 8, right: 64, top: 36, bottom: 24 },
      emptyText: m.noProblems[lang],
      legend: { top: 0, left: 0 },
    }),
    series: [
      bar((r) => r.collected, collectedName, PALETTE[0] ?? '#4e79a7'),
      bar((r) => r.resolved, resolvedName, PALETTE[4] ?? '#59a14f'),
    ],
  };
}
