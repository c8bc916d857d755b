import type { ActivityCategory } from '@/lib/activity-categories';
import type { Figure } from '@/lib/figures-schema';
import { expandRegionSelection, type DatasetIndex } from '@/lib/dataset-index';
import { atLevel, type LevelChoice } from '@/lib/levels';
import type { ChartMetric, ParticipantMeasure } from '@/lib/metrics';

/** What every view filters figures by: the store holds the choices, this is the contract views read. */
export interface FigureFilters {
  regions: readonly string[];
  categories: readonly ActivityCategory[];
  dateFrom: string | null;
  dateTo: string | null;
  /** Optional for callers that compare every level (the default). */
  level?: LevelChoice;
  /** Under a date filter, keep figures of reports that state no date. */
  includeUndated?: boolean;
}

/** What a chart view reads: every filter resolved (the level chosen or defaulted), plus the metric shown. */
export type ChartView = Required<FigureFilters> & { metric: ChartMetric; measure: ParticipantMeasure };

/** Whether a date filter is set: reports without a date are then outside it unless included. */
export function hasDateFilter(filters: Pick<FigureFilters, 'dateFrom' | 'dateTo'>): boolean {
  return filters.dateFrom !== null || filters.dateTo !== null;
}

/**
 * Figures under the region, level, category and date filters (not the metric: the table lists every
 * metric, charts pick theirs). A date filter keeps only reports that state a date, unless undated ones are
 * included.
 */
export function filterFigures(figures: readonly Figure[], index: DatasetIndex, filters: FigureFilters): Figure[] {
  const regions = expandRegionSelection(index, filters.regions);
  const categories = filters.categories.length ? new Set(filters.categories) : null;
  const level = filters.level ?? 'all';
  const { dateFrom, dateTo } = filters;
  return figures.filter((f) => {
    // A report not placed lies in no selected region, and at no level.
    if (regions && (f.regionCode === null || !regions.has(f.regionCode))) return false;
    // A report not yet placed is at no level: it stays listed (never summed) until someone names its region.
    if (level !== 'all' && f.regionCode !== null) {
      const region = index.regionByCode.get(f.regionCode);
      if (!region || !atLevel(region, level)) return false;
    }
    if (categories && !categories.has(f.category)) return false;
    if (dateFrom || dateTo) {
      const date = index.dateByReport.get(f.reportId);
      if (!date) return filters.includeUndated === true;
      if (dateFrom && date < dateFrom) return false;
      if (dateTo && date > dateTo) return false;
    }
    return true;
  });
}
