import type { ChartExportSpec } from '@/lib/export/export-spec';
import { ACTIVITY_CATEGORY_LABELS } from '@/lib/activity-categories';
import { countedFigures } from '@/lib/counted-figures';
import type { DatasetIndex } from '@/lib/dataset-index';
import { describeFilters, type DescribedFilters } from '@/lib/describe-filters';
import { filterFileStem } from '@/lib/export/file-names';
import type { Dataset } from '@/lib/figures-schema';
import { formatPercent } from '@/lib/format';
import { fill, type Lang } from '@/lib/i18n';
import { METRIC_LABELS } from '@/lib/metrics';
import { regionLabel } from '@/lib/region-label';
import {
  axisRegions,
  selectCategoryBreakdown,
  selectProblems,
  selectRanking,
  selectTimeline,
  type Cell,
} from '@/features/charts/chart-data';
import { chartMessages as m } from '@/features/charts/messages';
import { buildCategoryOption, categoriesEmptyText, LEGEND_SYMBOL } from '@/features/charts/options/categories';
import { legendHeight, NARROW_WIDTH, valueText, VISIBLE_ROWS } from '@/features/charts/options/common';
import { barChartHeight } from '@/features/charts/options/region-bars';
import { buildProblemsOption, problemsEmptyText } from '@/features/charts/options/problems';
import { buildRankingOption, rankingEmptyText } from '@/features/charts/options/ranking';
import { buildTimelineOption, timelineEmptyText } from '@/features/charts/options/timeline';

const EMPTY_TIMELINE_HEIGHT = 160;

export type ChartId = 'ranking' | 'categories' | 'problems' | 'timeline';

/** A value cell of a chart's data table: shown text, plus the number behind it for machines. */
export interface TableValue {
  text: string;
  value: number | null;
  qualifier: Cell['qualifier'] | null;
  figureId: string | null;
}

export interface ChartTable {
  columns: string[];
  rows: { key: string; header: string; values: TableValue[] }[];
}

/** Everything one chart of the current view needs: the export spec plus what the page draws around it. */
export interface ChartSpec extends ChartExportSpec {
  id: ChartId;
  height: number;
  /** Under the chart, for screen readers and keyboard users (and the chart's numbers in words). */
  table: ChartTable;
  /** A note under the title, e.g. how many undated figures a time chart leaves out. */
  note: string | null;
  /** What the chart says in its plot when it has nothing to draw, for the canvas's accessible name too. */
  emptyText: string | null;
}

function tableValue(cell: Cell | null | undefined, lang: Lang): TableValue {
  if (!cell) return textValue(m.notReported[lang]);
  return { text: valueText(cell, lang), value: cell.value, qualifier: cell.qualifier, figureId: cell.largestFigureId };
}

/** A cell that is not a reported sum: a date, a rate, or '–' where there is nothing to add up. */
function textValue(text: string, value: number | null = null): TableValue {
  return { text, value, qualifier: null, figureId: null };
}

/**
 * Every chart of the view, in page order. Pure: the page renders these, and the export-all report
 * renders the same list off-screen, so the two can never disagree. `width` is the charts' width on the
 * page, for the room that wrapping legends take; an export lays its legend out again at its own size.
 */
export function buildChartSpecs(
  data: Dataset,
  index: DatasetIndex,
  view: Required<DescribedFilters>,
  lang: Lang,
  width = NARROW_WIDTH,
): ChartSpec[] {
  const figures = countedFigures(data, index, view);
  const regions = axisRegions(data, index, view.regions);
  const metric = METRIC_LABELS[view.metric];
  const subtitle = describeFilters(view, index, lang);
  const zh = lang === 'zh';
  const scrolledNote = (rows: number) =>
    rows > VISIBLE_ROWS
      ? fill(m.scrolled[lang], { n: rows.toLocaleString(zh ? 'zh-CN' : 'en-US'), shown: VISIBLE_ROWS })
      : null;

  const ranking = selectRanking(figures, regions, view.metric, index);
  const rankingTitle = zh ? `各地区${metric.zh}排名` : `${metric.en} by region`;

  const breakdown = selectCategoryBreakdown(figures, regions, view.metric, index);
  const categoriesTitle = zh ? `各地区${metric.zh}（按活动类别）` : `${metric.en} by activity type`;

  const problems = selectProblems(figures, regions, index);
  const problemsTitle = zh ? '各地区收集与解决问题' : 'Problems collected and resolved by region';

  const timeline = selectTimeline(figures, regions, view.metric, index);
  const timelineTitle = zh ? `${metric.zh}（按报道日期）` : `${metric.en} by report date`;

  return [
    {
      id: 'ranking',
      title: rankingTitle,
      subtitle,
      fileStem: filterFileStem(view, index, lang, rankingTitle),
      option: buildRankingOption(ranking, view.metric, lang),
      height: barChartHeight(ranking.length, 28),
      note: scrolledNote(ranking.length),
      emptyText: rankingEmptyText(ranking, lang),
      table: {
        columns: [m.region[lang], metric[lang]],
        rows: ranking.map((r) => ({
          key: r.region.code,
          header: regionLabel(r.region, lang),
          values: [tableValue(r.cell, lang)],
        })),
      },
    },
    {
      id: 'categories',
      title: categoriesTitle,
      subtitle,
      fileStem: filterFileStem(view, index, lang, categoriesTitle),
      option: buildCategoryOption(breakdown, view.metric, lang, width),
      height: barChartHeight(
        breakdown.rows.length,
        28,
        60 +
          legendHeight(
            breakdown.categories.map((c) => ACTIVITY_CATEGORY_LABELS[c][lang]),
            width,
            LEGEND_SYMBOL,
          ),
      ),
      note: scrolledNote(breakdown.rows.length),
      emptyText: categoriesEmptyText(breakdown, lang),
      table: {
        columns: [m.region[lang], m.total[lang], ...breakdown.categories.map((c) => ACTIVITY_CATEGORY_LABELS[c][lang])],
        rows: breakdown.rows.map((r) => ({
          key: r.region.code,
          header: regionLabel(r.region, lang),
          values: [
            tableValue(r.total, lang),
            // Inside a reported region an absent category is a blank part of the stack, not "not reported".
            ...breakdown.categories.map((c) => {
              const cell = r.byCategory.get(c);
              return cell || !r.total ? tableValue(cell, lang) : textValue('–');
            }),
          ],
        })),
      },
    },
    {
      id: 'problems',
      title: problemsTitle,
      subtitle: describeFilters(view, index, lang, { metric: false }),
      fileStem: filterFileStem(view, index, lang, problemsTitle),
      option: buildProblemsOption(problems, lang),
      height: barChartHeight(problems.length, 40, 100),
      note: scrolledNote(problems.length),
      emptyText: problemsEmptyText(problems, lang),
      table: {
        columns: [
          m.region[lang],
          METRIC_LABELS.problemsCollected[lang],
          METRIC_LABELS.problemsResolved[lang],
          m.rate[lang],
        ],
        rows: problems.map((r) => ({
          key: r.region.code,
          header: regionLabel(r.region, lang),
          values: [
            tableValue(r.collected, lang),
            tableValue(r.resolved, lang),
            r.rate === null ? textValue('–') : textValue(formatPercent(r.rate, lang), r.rate),
          ],
        })),
      },
    },
    {
      id: 'timeline',
      title: timelineTitle,
      subtitle,
      fileStem: filterFileStem(view, index, lang, timelineTitle),
      option: buildTimelineOption(timeline, view.metric, lang, width),
      // Without a line to draw, the message needs no plot's height.
      height:
        timeline.series.length === 0
          ? EMPTY_TIMELINE_HEIGHT
          : 280 +
            legendHeight(
              timeline.series.map((x) => regionLabel(x.region, lang)),
              width,
            ),
      emptyText: timelineEmptyText(timeline, lang),
      note:
        [
          timeline.omitted > 0 ? fill(m.omitted[lang], { n: timeline.series.length }) : '',
          timeline.undated > 0 ? fill(m.undated[lang], { n: timeline.undated }) : '',
        ].join(' ') || null,
      table: {
        columns: [m.region[lang], m.date[lang], metric[lang]],
        rows: timeline.series.flatMap((s) =>
          s.points.map((p) => ({
            key: `${s.region.code}-${p.date}`,
            header: regionLabel(s.region, lang),
            values: [textValue(p.date), tableValue(p.cell, lang)],
          })),
        ),
      },
    },
  ];
}
