import type { DatasetIndex } from '@/lib/dataset-index';
import type { Dataset, Figure } from '@/lib/figures-schema';
import { filterFigures, type FigureFilters } from '@/lib/filter-figures';

/**
 * Whether a figure enters sums, charts and cards. Plans (将/计划/力争…) state intentions, not
 * what was done, so adding them to "sessions held" would overstate the work; they stay in the table.
 */
export function isCounted(figure: Pick<Figure, 'status'>): boolean {
  return figure.status === 'done';
}

/** The figures the cards and the charts add up: under the filters, and counted. */
export function countedFigures(data: Dataset, index: DatasetIndex, filters: FigureFilters): Figure[] {
  return filterFigures(data.figures, index, filters).filter(isCounted);
}
