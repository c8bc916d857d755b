import type { ActivityCategory } from '@/lib/activity-categories';
import { ACTIVITY_CATEGORIES } from '@/lib/activity-categories';
import { expandRegionSelection, type DatasetIndex } from '@/lib/dataset-index';
import type { Dataset, Figure, Qualifier, Region } from '@/lib/figures-schema';
import type { Metric, ParticipantMeasure } from '@/lib/metrics';
import { ofMetric } from '@/lib/missing-reason';
import { pairProblems } from '@/lib/problem-pairs';
import { atLevel, type LevelChoice } from '@/lib/levels';
import { sumFigures } from '@/lib/sum-figures';

/** A report behind a value, as a tooltip names it. */
export interface SourceRef {
  id: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  file: string;
}

/** One drawn value: the sum of some figures, with what a tooltip and a click need. */
export interface Cell {
  /** Names the cell inside one build of a chart's spec, so a click on its bar can find it. */
  id: string;
  /** The figures the value sums, listed when the bar is clicked. */
  readonly figures: readonly Figure[];
  value: number;
  qualifier: Qualifier;
  count: number;
  readonly units: string[];
  readonly sources: SourceRef[];
  /** Opened when the bar is clicked: the figure that contributes most. */
  largestFigureId: string;
}

let cellCount = 0;

export function cellOf(figures: readonly Figure[], index: DatasetIndex): Cell | null {
  const sum = sumFigures(figures);
  const first = figures[0];
  if (!sum || !first) return null;
  let largest = first;
  for (const f of figures) if (f.value > largest.value) largest = f;
  let units: string[] | undefined;
  let sources: SourceRef[] | undefined;
  // Only a tooltip reads units and sources: built when one is shown, not for each of the tens of
  // thousands of cells a large dataset's charts hold (that was most of their build time and garbage).
  cellCount += 1;
  return {
    ...sum,
    id: `c${cellCount.toString(36)}`,
    figures,
    largestFigureId: largest.id,
    get units() {
      units ??= [...new Set(figures.flatMap((f) => (f.unit ? [f.unit] : [])))];
      return units;
    },
    get sources() {
      sources ??= sourcesOf(figures, index);
      return sources;
    },
  };
}

function sourcesOf(figures: readonly Figure[], index: DatasetIndex): SourceRef[] {
  const sources = new Map<string, SourceRef>();
  for (const f of figures) {
    if (sources.has(f.reportId)) continue;
    const report = index.reportById.get(f.reportId);
    sources.set(f.reportId, {
      id: f.reportId,
      title: report?.title ?? null,
      publisher: report?.publisher ?? report?.reportingUnit ?? null,
      date: report?.publishedAt ?? null,
      file: report?.file ?? f.reportId,
    });
  }
  return [...sources.values()];
}

/**
 * The regions a chart lists: every region with a report under the selection (a city's district
 * reports under the district, since regions differ in level), plus any selected region under which
 * nothing reports at all, so that it shows as not reported rather than vanishing.
 */
export function axisRegions(
  data: Dataset,
  index: DatasetIndex,
  selected: readonly string[],
  level: LevelChoice = 'all',
): Region[] {
  const scope = expandRegionSelection(index, selected);
  const reporting = new Set(data.reports.flatMap((r) => (r.regionCode === null ? [] : [r.regionCode])));
  const out = new Map<string, Region>();
  for (const code of reporting) {
    const region = index.regionByCode.get(code);
    if (region && (!scope || scope.has(code)) && atLevel(region, level)) out.set(code, region);
  }
  for (const code of selected) {
    const covered = [code, ...(index.codesInCity.get(code) ?? [])].some((c) => out.has(c));
    const region = index.regionByCode.get(code);
    if (!covered && region && atLevel(region, level)) out.set(code, region);
  }
  return [...out.values()];
}

function groupBy<T, K>(figures: readonly T[], key: (f: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const f of figures) {
    const k = key(f);
    const list = map.get(k);
    if (list) list.push(f);
    else map.set(k, [f]);
  }
  return map;
}

export interface RegionValue {
  region: Region;
  cell: Cell | null;
}

/** Reported regions by value, largest first; then the not-reported ones in their given order. */
function rank<T extends { region: Region }>(rows: T[], valueOf: (row: T) => number | null): T[] {
  const withValue = rows.filter((r) => valueOf(r) !== null);
  const without = rows.filter((r) => valueOf(r) === null);
  withValue.sort((a, b) => (valueOf(b) ?? 0) - (valueOf(a) ?? 0) || a.region.code.localeCompare(b.region.code));
  return [...withValue, ...without];
}

export function selectRanking(
  figures: readonly Figure[],
  regions: readonly Region[],
  metric: Metric,
  index: DatasetIndex,
  measure: ParticipantMeasure = 'personTimes',
): RegionValue[] {
  const byRegion = groupBy(
    figures.filter((f) => ofMetric(f, metric, measure)),
    (f) => f.regionCode,
  );
  const rows = regions.map((region) => ({ region, cell: cellOf(byRegion.get(region.code) ?? [], index) }));
  return rank(rows, (r) => r.cell?.value ?? null);
}

export interface CategoryBreakdown {
  /** Categories that have at least one figure, in the shared order. */
  categories: ActivityCategory[];
  rows: { region: Region; total: Cell | null; byCategory: Map<ActivityCategory, Cell> }[];
}

export function selectCategoryBreakdown(
  figures: readonly Figure[],
  regions: readonly Region[],
  metric: Metric,
  index: DatasetIndex,
  measure: ParticipantMeasure = 'personTimes',
): CategoryBreakdown {
  const shown = figures.filter((f) => ofMetric(f, metric, measure));
  const present = new Set(shown.map((f) => f.category));
  const byRegion = groupBy(shown, (f) => f.regionCode);
  const rows = regions.map((region) => {
    const list = byRegion.get(region.code) ?? [];
    const byCategory = new Map<ActivityCategory, Cell>();
    for (const [category, group] of groupBy(list, (f) => f.category)) {
      const cell = cellOf(group, index);
      if (cell) byCategory.set(category, cell);
    }
    return { region, total: cellOf(list, index), byCategory };
  });
  return {
    categories: ACTIVITY_CATEGORIES.filter((c) => present.has(c)),
    rows: rank(rows, (r) => r.total?.value ?? null),
  };
}

export interface ProblemsRow {
  region: Region;
  /** The pairs the rate divides (a collected count and the resolved count its report states for it). */
  collected: Cell | null;
  resolved: Cell | null;
  /** Problem counts without a partner in their report: shown apart, never in the rate. */
  unpairedCollected: Cell | null;
  unpairedResolved: Cell | null;
  /** resolved ÷ collected over the pairs; null where there is none. */
  rate: number | null;
}

export function selectProblems(
  figures: readonly Figure[],
  regions: readonly Region[],
  index: DatasetIndex,
): ProblemsRow[] {
  const { pairs, unpaired } = pairProblems(figures);
  const pairsByRegion = groupBy(pairs, (p) => p.resolved.regionCode);
  const unpairedByRegion = groupBy(unpaired, (f) => f.regionCode);
  const rows = regions.map((region) => {
    const own = pairsByRegion.get(region.code) ?? [];
    const loose = unpairedByRegion.get(region.code) ?? [];
    const collected = cellOf(
      own.map((p) => p.collected),
      index,
    );
    const resolved = cellOf(
      own.map((p) => p.resolved),
      index,
    );
    return {
      region,
      collected,
      resolved,
      unpairedCollected: cellOf(
        loose.filter((f) => f.metric === 'problemsCollected'),
        index,
      ),
      unpairedResolved: cellOf(
        loose.filter((f) => f.metric === 'problemsResolved'),
        index,
      ),
      rate: collected && resolved && collected.value > 0 ? resolved.value / collected.value : null,
    };
  });
  const largest = (r: ProblemsRow) => {
    const values = [r.collected, r.resolved, r.unpairedCollected, r.unpairedResolved].flatMap((c) =>
      c ? [c.value] : [],
    );
    return values.length ? Math.max(...values) : null;
  };
  return rank(rows, largest);
}

export interface Timeline {
  series: { region: Region; points: { date: string; cell: Cell }[] }[];
  /** Figures of the metric left out because their report states no date. */
  undated: number;
  /** Regions with dated figures beyond the `maxSeries` largest, left out so the lines stay readable. */
  omitted: number;
}

export function selectTimeline(
  figures: readonly Figure[],
  regions: readonly Region[],
  metric: Metric,
  index: DatasetIndex,
  maxSeries = 8,
  measure: ParticipantMeasure = 'personTimes',
): Timeline {
  const shown = figures.filter((f) => ofMetric(f, metric, measure));
  const dated = shown.filter((f) => index.dateByReport.get(f.reportId));
  const byRegion = groupBy(dated, (f) => f.regionCode);
  const series = regions.flatMap((region) => {
    const byDate = groupBy(byRegion.get(region.code) ?? [], (f) => index.dateByReport.get(f.reportId) ?? '');
    const points = [...byDate.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([date, group]) => {
        const cell = cellOf(group, index);
        return cell ? [{ date, cell }] : [];
      });
    return points.length ? [{ region, points }] : [];
  });
  const peak = (s: (typeof series)[number]) => Math.max(...s.points.map((p) => p.cell.value));
  const kept = [...series].sort((a, b) => peak(b) - peak(a)).slice(0, maxSeries);
  return {
    series: series.filter((s) => kept.includes(s)),
    undated: shown.length - dated.length,
    omitted: series.length - kept.length,
  };
}
