import type { ActivityCategory } from '@/lib/activity-categories';
import { ACTIVITY_CATEGORIES } from '@/lib/activity-categories';
import { expandRegionSelection, type DatasetIndex } from '@/lib/dataset-index';
import type { Dataset, Figure, Qualifier, Region } from '@/lib/figures-schema';
import type { Metric } from '@/lib/metrics';
import { pairProblems, type ProblemPair } from '@/lib/problem-pairs';
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
  value: number;
  qualifier: Qualifier;
  count: number;
  readonly units: string[];
  readonly sources: SourceRef[];
  /** Opened when the bar is clicked: the figure that contributes most. */
  largestFigureId: string;
}

function cellOf(figures: readonly Figure[], index: DatasetIndex): Cell | null {
  const sum = sumFigures(figures);
  const first = figures[0];
  if (!sum || !first) return null;
  let largest = first;
  for (const f of figures) if (f.value > largest.value) largest = f;
  let units: string[] | undefined;
  let sources: SourceRef[] | undefined;
  // Only a tooltip reads units and sources: built when one is shown, not for each of the tens of
  // thousands of cells a large dataset's charts hold (that was most of their build time and garbage).
  return {
    ...sum,
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
export function axisRegions(data: Dataset, index: DatasetIndex, selected: readonly string[]): Region[] {
  const scope = expandRegionSelection(index, selected);
  const reporting = new Set(data.reports.flatMap((r) => (r.regionCode === null ? [] : [r.regionCode])));
  const out = new Map<string, Region>();
  for (const code of reporting) {
    const region = index.regionByCode.get(code);
    if (region && (!scope || scope.has(code))) out.set(code, region);
  }
  for (const code of selected) {
    const covered = [code, ...(index.codesInCity.get(code) ?? [])].some((c) => out.has(c));
    const region = index.regionByCode.get(code);
    if (!covered && region) out.set(code, region);
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
): RegionValue[] {
  const byRegion = groupBy(
    figures.filter((f) => f.metric === metric),
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
): CategoryBreakdown {
  const ofMetric = figures.filter((f) => f.metric === metric);
  const present = new Set(ofMetric.map((f) => f.category));
  const byRegion = groupBy(ofMetric, (f) => f.regionCode);
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
  collected: Cell | null;
  resolved: Cell | null;
  /** resolved ÷ collected over the pairs its reports state (pairProblems); null where there is none. */
  rate: number | null;
}

function pairedRate(pairs: readonly ProblemPair[]): number | null {
  const collected = pairs.reduce((sum, p) => sum + p.collected.value, 0);
  return collected > 0 ? pairs.reduce((sum, p) => sum + p.resolved.value, 0) / collected : null;
}

export function selectProblems(
  figures: readonly Figure[],
  regions: readonly Region[],
  index: DatasetIndex,
): ProblemsRow[] {
  const collected = groupBy(
    figures.filter((f) => f.metric === 'problemsCollected'),
    (f) => f.regionCode,
  );
  const resolved = groupBy(
    figures.filter((f) => f.metric === 'problemsResolved'),
    (f) => f.regionCode,
  );
  const pairs = groupBy(pairProblems(figures).pairs, (p) => p.resolved.regionCode);
  const rows = regions.map((region) => {
    const c = cellOf(collected.get(region.code) ?? [], index);
    const r = cellOf(resolved.get(region.code) ?? [], index);
    return { region, collected: c, resolved: r, rate: pairedRate(pairs.get(region.code) ?? []) };
  });
  return rank(rows, (r) =>
    r.collected || r.resolved ? Math.max(r.collected?.value ?? 0, r.resolved?.value ?? 0) : null,
  );
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
): Timeline {
  const ofMetric = figures.filter((f) => f.metric === metric);
  const dated = ofMetric.filter((f) => index.dateByReport.get(f.reportId));
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
    undated: ofMetric.length - dated.length,
    omitted: series.length - kept.length,
  };
}
