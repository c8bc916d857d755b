import type { Figure } from '@/lib/figures-schema';
import { expandRegionSelection, type DatasetIndex } from '@/lib/dataset-index';
import type { ViewState } from '@/stores/view-store';

export type FigureFilters = Pick<ViewState, 'regions' | 'categories' | 'dateFrom' | 'dateTo'>;

/**
 * Figures under the region, category and date filters (not the metric: the table lists every
 * metric, charts pick theirs). A date filter keeps only reports that state a date.
 */
export function filterFigures(figures: readonly Figure[], index: DatasetIndex, filters: FigureFilters): Figure[] {
  const regions = expandRegionSelection(index, filters.regions);
  const categories = filters.categories.length ? new Set(filters.categories) : null;
  const { dateFrom, dateTo } = filters;
  return figures.filter((f) => {
    // A report not placed lies in no selected region.
    if (regions && (f.regionCode === null || !regions.has(f.regionCode))) return false;
    if (categories && !categories.has(f.category)) return false;
    if (dateFrom || dateTo) {
      const date = index.dateByReport.get(f.reportId);
      if (!date) return false;
      if (dateFrom && date < dateFrom) return false;
      if (dateTo && date > dateTo) return false;
    }
    return true;
  });
}
