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

/** A figure of a report whose region is known: only those can be summed into a region. */
export type PlacedFigure = Figure & { regionCode: string };
const isPlaced = (f: Figure): f is PlacedFigure => f.regionCode !== null;

/**
 * The counted figures among ones already filtered, less the sub-counts (其中线上宣讲8,400场) whose total
 * is counted too: the total's value already includes them, so summing both would count them twice. A
 * sub-count stays where a filter (an activity category) left its total out, else its part would vanish.
 * The walk follows partOf upwards, so a part of a part is left out as soon as any total above it is counted.
 */
export function countedOf(filtered: readonly Figure[], index: Pick<DatasetIndex, 'figureById'>): PlacedFigure[] {
  // A report not placed is listed in the table and the data notes, never added to any region's total.
  const done = filtered.filter(isPlaced).filter(isCounted);
  // The usual data has no sub-counts: no set to build.
  if (!done.some((f) => f.partOf)) return done;
  const ids = new Set(done.map((f) => f.id));
  const insideCounted = (f: PlacedFigure) => {
    const seen = new Set<string>();
    for (let up = f.partOf; up !== undefined && !seen.has(up); up = index.figureById.get(up)?.partOf) {
      if (ids.has(up)) return true;
      seen.add(up);
    }
    return false;
  };
  return done.filter((f) => !f.partOf || !insideCounted(f));
}

/** The figures the cards and the charts add up: under the filters, and counted. */
export function countedFigures(data: Dataset, index: DatasetIndex, filters: FigureFilters): PlacedFigure[] {
  return countedOf(filterFigures(data.figures, index, filters), index);
}
