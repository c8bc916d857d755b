import type { ChartExportSpec } from '@/lib/export/export-spec';
import { ACTIVITY_CATEGORY_LABELS } from '@/lib/activity-categories';
import { countedFigures } from '@/lib/counted-figures';
import type { DatasetIndex } from '@/lib/dataset-index';
import { describeFilters } from '@/lib/describe-filters';
import type { ChartView } from '@/lib/filter-figures';
import { filterFileStem } from '@/lib/export/file-names';
import type { Dataset, Region } from '@/lib/figures-schema';
import { formatPercent } from '@/lib/format';
import { fill, type Lang } from '@/lib/i18n';
import { METRIC_LABELS, metricLabel } from '@/lib/metrics';
import { explainMissing, isOutsideFilter, leftOutByFilter, type Missing } from '@/lib/missing-reason';
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
  /** What a click on the value (or its bar) explains: the figures it sums, or why there is none. */
  explainId: string | null;
}

/** What the dialog behind a bar or a 未报告 says: the figures summed, or why the region has no value. */
export interface Explanation {
  id: string;
  /** 拉萨市 · 开展场次 */
  heading: string;
  cell: Cell | null;
  missing: Missing | null;
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
  /** The option with some legend items hidden, where hiding one changes what the chart's labels add up. */
  withHidden?: (hidden: ReadonlySet<string>) => ChartExportSpec['option'];
  /** The explanations of the chart's values, by id (a bar's cell id, or `region:<code>` for a missing row). */
  explanations: ReadonlyMap<string, Explanation>;
}

/** A cell that is not a reported sum: a date, a rate, or '–' where there is nothing to add up. */
function textValue(text: string, value: number | null = null): TableValue {
  return { text, value, qualifier: null, explainId: null };
}

/** The words in place of a missing value: 未报告, or 不在筛选范围 where the filter hid what the region stated. */
export function missingText(missing: Missing | null, lang: Lang): string {
  return isOutsideFilter(missing) ? m.outsideFilter[lang] : m.notReported[lang];
}

/**
 * Every chart of the view, in page order. Pure: the page renders these, and the export-all report
 * renders the same list off-screen, so the two can never disagree. `width` is the charts' width on the
 * page, for the room that wrapping legends take; an export lays its legend out again at its own size.
 */
export function buildChartSpecs(
  data: Dataset,
  index: DatasetIndex,
  view: ChartView,
  lang: Lang,
  width = NARROW_WIDTH,
): ChartSpec[] {
  const figures = countedFigures(data, index, view);
  const regions = axisRegions(data, index, view.regions, view.level);
  const metricName = metricLabel(view.metric, view.measure, lang);
  const subtitle = describeFilters(view, index, lang);
  const zh = lang === 'zh';
  const explanations = new Map<string, Explanation>();
  const missingOf = new Map<string, Missing>();
  const missingFor = (code: string, forMetric: ChartView['metric'] = view.metric) => {
    const key = `${forMetric}:${code}`;
    let found = missingOf.get(key);
    if (!found) {
      found = explainMissing(data.figures, { metric: forMetric, measure: view.measure }, code);
      missingOf.set(key, found);
    }
    return found;
  };
  /** A value of the table and the dialog behind it; `forMetric` names what a missing value lacks. */
  const tableValue = (
    region: Region,
    cell: Cell | null | undefined,
    heading: string,
    forMetric: ChartView['metric'] | null = view.metric,
  ): TableValue => {
    if (cell) {
      explanations.set(cell.id, { id: cell.id, heading, cell, missing: null });
      return { text: valueText(cell, lang), value: cell.value, qualifier: cell.qualifier, explainId: cell.id };
    }
    if (forMetric === null) return textValue(m.notReported[lang]);
    const missing = missingFor(region.code, forMetric);
    // The heading names the chart's value (a category's, a metric's), so two charts' rows never share an id.
    const id = `region:${forMetric}:${region.code}:${heading}`;
    explanations.set(id, { id, heading, cell: null, missing });
    return { text: missingText(missing, lang), value: null, qualifier: null, explainId: id };
  };
  const headingOf = (region: Region, what: string) => `${regionLabel(region, lang)} · ${what}`;
  /** "The filter left out N figures (no date, other activity types)", for the note under a chart and its export. */
  const leftOutNoteOf = (leftOut: readonly { reportId: string }[]) => {
    if (leftOut.length === 0) return '';
    const undated = leftOut.filter((f) => !index.dateByReport.get(f.reportId)).length;
    return fill(m.leftOut[lang], {
      n: leftOut.length,
      what: [undated > 0 ? m.leftOutUndated[lang] : '', leftOut.length > undated ? m.leftOutCategory[lang] : '']
        .filter(Boolean)
        .join(zh ? '、' : ', '),
    });
  };
  const leftOutNote = leftOutNoteOf(leftOutByFilter(data.figures, index, view));
  const problemsLeftOutNote = leftOutNoteOf([
    ...leftOutByFilter(data.figures, index, view, 'problemsCollected'),
    ...leftOutByFilter(data.figures, index, view, 'problemsResolved'),
  ]);
  const withLeftOut = (note: string | null) => [note ?? '', leftOutNote].filter(Boolean).join(' ') || null;
  const scrolledNote = (rows: number) =>
    rows > VISIBLE_ROWS
      ? fill(m.scrolled[lang], { n: rows.toLocaleString(zh ? 'zh-CN' : 'en-US'), shown: VISIBLE_ROWS })
      : null;

  const ranking = selectRanking(figures, regions, view.metric, index, view.measure);
  const rankingTitle = zh ? `各地区${metricName}排名` : `${metricName} by region`;

  const breakdown = selectCategoryBreakdown(figures, regions, view.metric, index, view.measure);
  const categoriesTitle = zh ? `各地区${metricName}（按活动类别）` : `${metricName} by activity type`;

  const problems = selectProblems(figures, regions, index);
  const problemsTitle = zh ? '各地区收集与解决问题' : 'Problems collected and resolved by region';

  const timeline = selectTimeline(figures, regions, view.metric, index, undefined, view.measure);
  const timelineTitle = zh ? `${metricName}（按报道日期）` : `${metricName} by report date`;

  // Tables first: they fill `explanations` and the missing reasons the options label their rows with.
  const rankingRows = ranking.map((r) => ({
    key: r.region.code,
    header: regionLabel(r.region, lang),
    values: [tableValue(r.region, r.cell, headingOf(r.region, metricName))],
  }));
  const categoryRows = breakdown.rows.map((r) => ({
    key: r.region.code,
    header: regionLabel(r.region, lang),
    values: [
      tableValue(r.region, r.total, headingOf(r.region, metricName)),
      // Inside a reported region an absent category is a blank part of the stack, not "not reported".
      ...breakdown.categories.map((c) => {
        const cell = r.byCategory.get(c);
        const heading = headingOf(r.region, `${metricName} · ${ACTIVITY_CATEGORY_LABELS[c][lang]}`);
        return cell || !r.total ? tableValue(r.region, cell, heading) : textValue('–');
      }),
    ],
  }));
  const collectedName = METRIC_LABELS.problemsCollected[lang];
  const resolvedName = METRIC_LABELS.problemsResolved[lang];
  const problemRows = problems.map((r) => {
    const loose = (cell: Cell | null, name: string) =>
      cell ? tableValue(r.region, cell, headingOf(r.region, name), null) : textValue('–');
    return {
      key: r.region.code,
      header: regionLabel(r.region, lang),
      values: [
        // A count stated without its partner is in its own column: the pair's cell is then no pair, not missing.
        r.collected || !r.unpairedCollected
          ? tableValue(r.region, r.collected, headingOf(r.region, collectedName), 'problemsCollected')
          : textValue('–'),
        r.resolved || !r.unpairedResolved
          ? tableValue(r.region, r.resolved, headingOf(r.region, resolvedName), 'problemsResolved')
          : textValue('–'),
        r.rate === null ? textValue('–') : textValue(formatPercent(r.rate, lang), r.rate),
        loose(r.unpairedCollected, m.unpairedCollected[lang]),
        loose(r.unpairedResolved, m.unpairedResolved[lang]),
      ],
    };
  });
  const missingLabel = (code: string) => missingText(missingOf.get(`${view.metric}:${code}`) ?? null, lang);
  const problemsMissingLabel = (code: string) => missingText(missingOf.get(`problemsCollected:${code}`) ?? null, lang);

  return [
    {
      id: 'ranking',
      title: rankingTitle,
      subtitle,
      fileStem: filterFileStem(view, index, lang, rankingTitle),
      option: buildRankingOption(ranking, metricName, lang, missingLabel),
      height: barChartHeight(ranking.length, 28),
      note: withLeftOut(scrolledNote(ranking.length)),
      emptyText: rankingEmptyText(ranking, lang),
      explanations,
      table: { columns: [m.region[lang], metricName], rows: rankingRows },
    },
    {
      id: 'categories',
      title: categoriesTitle,
      subtitle,
      fileStem: filterFileStem(view, index, lang, categoriesTitle),
      option: buildCategoryOption(breakdown, metricName, lang, width, missingLabel),
      withHidden: (hidden) => buildCategoryOption(breakdown, metricName, lang, width, missingLabel, hidden),
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
      note: withLeftOut(scrolledNote(breakdown.rows.length)),
      emptyText: categoriesEmptyText(breakdown, lang),
      explanations,
      table: {
        columns: [m.region[lang], m.total[lang], ...breakdown.categories.map((c) => ACTIVITY_CATEGORY_LABELS[c][lang])],
        rows: categoryRows,
      },
    },
    {
      id: 'problems',
      title: problemsTitle,
      subtitle: describeFilters(view, index, lang, { metric: false }),
      fileStem: filterFileStem(view, index, lang, problemsTitle),
      option: buildProblemsOption(problems, lang, problemsMissingLabel),
      height: barChartHeight(problems.length, 48, 110),
      note: [m.pairedNote[lang], scrolledNote(problems.length), problemsLeftOutNote].filter(Boolean).join(' '),
      emptyText: problemsEmptyText(problems, lang),
      explanations,
      table: {
        columns: [
          m.region[lang],
          collectedName,
          resolvedName,
          m.rate[lang],
          m.unpairedCollected[lang],
          m.unpairedResolved[lang],
        ],
        rows: problemRows,
      },
    },
    {
      id: 'timeline',
      title: timelineTitle,
      subtitle,
      fileStem: filterFileStem(view, index, lang, timelineTitle),
      option: buildTimelineOption(timeline, metricName, lang, width),
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
      note: withLeftOut(
        [
          timeline.omitted > 0 ? fill(m.omitted[lang], { n: timeline.series.length }) : '',
          timeline.undated > 0 ? fill(m.undated[lang], { n: timeline.undated }) : '',
        ]
          .filter(Boolean)
          .join(' ') || null,
      ),
      explanations,
      table: {
        columns: [m.region[lang], m.date[lang], metricName],
        rows: timeline.series.flatMap((s) =>
          s.points.map((p) => ({
            key: `${s.region.code}-${p.date}`,
            header: regionLabel(s.region, lang),
            values: [textValue(p.date), tableValue(s.region, p.cell, `${headingOf(s.region, metricName)} · ${p.date}`)],
          })),
        ),
      },
    },
  ];
}
