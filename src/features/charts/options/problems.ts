import type { ChartOption } from '@/lib/echarts';
import { formatPercent } from '@/lib/format';
import { COLON, type Lang } from '@/lib/i18n';
import { METRIC_LABELS } from '@/lib/metrics';
import { regionLabel } from '@/lib/region-label';
import type { ProblemsRow } from '@/features/charts/chart-data';
import { chartMessages as m } from '@/features/charts/messages';
import { cellTooltip, labelText, PALETTE, type CallbackItem } from '@/features/charts/options/common';
import { barDatum, regionBarsOption } from '@/features/charts/options/region-bars';

const notReported = (r: ProblemsRow) => !r.collected && !r.resolved && !r.unpairedCollected && !r.unpairedResolved;

/** What the problems chart says where no region reports either count (null where one does); also the canvas's name. */
export function problemsEmptyText(rows: readonly ProblemsRow[], lang: Lang): string | null {
  return rows.every(notReported) ? m.noProblems[lang] : null;
}

/** Chart 3: problems collected beside problems resolved, per region, with the resolution rate where both exist. */
export function buildProblemsOption(
  rows: readonly ProblemsRow[],
  lang: Lang,
  missingLabel?: (code: string) => string,
): ChartOption {
  const collectedName = METRIC_LABELS.problemsCollected[lang];
  const resolvedName = METRIC_LABELS.problemsResolved[lang];
  const unpairedCollectedName = m.unpairedCollected[lang];
  const unpairedResolvedName = m.unpairedResolved[lang];
  const bar = (pick: (r: ProblemsRow) => ProblemsRow['collected'], name: string, color: string, decal = false) => ({
    type: 'bar' as const,
    name,
    barMaxWidth: 12,
    // Unpaired counts are hatched: no rate divides them, and the eye should not pair them with their neighbour.
    itemStyle: decal
      ? { color, decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: 0.8 } }
      : { color },
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
    const loose = [
      row.unpairedCollected ? cellTooltip(name, unpairedCollectedName, row.unpairedCollected, lang) : '',
      row.unpairedResolved ? cellTooltip(name, unpairedResolvedName, row.unpairedResolved, lang) : '',
    ].filter(Boolean);
    return [
      `${cellTooltip(name, collectedName, row.collected, lang)}<br/><br/>${cellTooltip(name, resolvedName, row.resolved, lang)}${rate}`,
      ...loose,
    ].join('<br/><br/>');
  };
  return {
    ...regionBarsOption(rows, {
      lang,
      notReported,
      ...(missingLabel ? { missingLabel } : {}),
      tooltip,
      grid: { left: 8, right: 64, top: 56, bottom: 24 },
      emptyText: m.noProblems[lang],
      legend: { top: 0, left: 0 },
    }),
    series: [
      bar((r) => r.collected, collectedName, PALETTE[0] ?? '#4e79a7'),
      bar((r) => r.resolved, resolvedName, PALETTE[4] ?? '#59a14f'),
      ...(rows.some((r) => r.unpairedCollected)
        ? [bar((r) => r.unpairedCollected, unpairedCollectedName, PALETTE[9] ?? '#bab0ac', true)]
        : []),
      ...(rows.some((r) => r.unpairedResolved)
        ? [bar((r) => r.unpairedResolved, unpairedResolvedName, PALETTE[8] ?? '#9c755f', true)]
        : []),
    ],
  };
}
