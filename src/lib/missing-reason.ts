import { countedOf, isCounted } from '@/lib/counted-figures';
import type { DatasetIndex } from '@/lib/dataset-index';
import type { Figure } from '@/lib/figures-schema';
import { filterFigures, type ChartView } from '@/lib/filter-figures';
import type { Metric, ParticipantMeasure } from '@/lib/metrics';

/**
 * Why a region shows no value for a metric: it stated none; it stated only plans; it stated only the other
 * participants measure (人 where 人次 is shown); or what it stated is outside the filter (an undated report
 * under a date filter, another activity category). Only `outsideFilter` is not 未报告 (figures.md).
 */
export type MissingReason = 'nothing' | 'plannedOnly' | 'otherMeasure' | 'outsideFilter';

export interface Missing {
  reason: MissingReason;
  /** What the region did state for the metric (either measure, any status, any date), for the reader to see. */
  stated: readonly Figure[];
}

/** Whether a figure counts toward the metric shown: participants only in the measure chosen. */
export function ofMetric(f: Figure, metric: Metric, measure: ParticipantMeasure): boolean {
  return f.metric === metric && (metric !== 'participants' || f.measure === measure);
}

const byRegionCache = new WeakMap<readonly Figure[], Map<string, Figure[]>>();

/** All figures of a region, grouped once per dataset on first use (only a missing cell asks). */
function regionFigures(figures: readonly Figure[], code: string): readonly Figure[] {
  let byRegion = byRegionCache.get(figures);
  if (!byRegion) {
    byRegion = new Map();
    for (const f of figures) {
      if (f.regionCode === null) continue;
      const list = byRegion.get(f.regionCode);
      if (list) list.push(f);
      else byRegion.set(f.regionCode, [f]);
    }
    byRegionCache.set(figures, byRegion);
  }
  return byRegion.get(code) ?? [];
}

/** Why `code` has no value for the view's metric (its own figures only, as a bar counts them). */
export function explainMissing(
  figures: readonly Figure[],
  view: Pick<ChartView, 'metric' | 'measure'>,
  code: string,
  metric: Metric = view.metric,
): Missing {
  const own = regionFigures(figures, code);
  const stated = own.filter((f) => f.metric === metric);
  const measured = stated.filter((f) => ofMetric(f, metric, view.measure));
  const done = measured.filter(isCounted);
  if (done.length > 0) {
    // The region counts something for the metric, so a filter other than the region left it all out.
    return { reason: 'outsideFilter', stated };
  }
  if (measured.length > 0) return { reason: 'plannedOnly', stated };
  if (stated.some(isCounted)) return { reason: 'otherMeasure', stated };
  // Under the filters nothing at all: but a plan of the other measure is still something stated.
  return { reason: stated.length > 0 ? 'plannedOnly' : 'nothing', stated };
}

/** Whether a missing value is because of the filter, which the page says differently from 未报告. */
export function isOutsideFilter(missing: Missing | null): boolean {
  return missing?.reason === 'outsideFilter';
}

/** The figures a filter leaves out of a view that the same view without date and category filters would count. */
export function leftOutByFilter(
  figures: readonly Figure[],
  index: DatasetIndex,
  view: ChartView,
  metric: Metric = view.metric,
): Figure[] {
  // Without a date or category filter nothing is left out: no passes over the figures on every change.
  if (!view.dateFrom && !view.dateTo && view.categories.length === 0) return [];
  // What the view would sum without those filters (placed, done, no sub-count beside its total)…
  const unfiltered = countedOf(
    filterFigures(figures, index, { ...view, dateFrom: null, dateTo: null, categories: [] }),
    index,
  ).filter((f) => ofMetric(f, metric, view.measure));
  const kept = new Set(filterFigures(unfiltered, index, view));
  // …less what it sums with them.
  return unfiltered.filter((f) => !kept.has(f));
}
