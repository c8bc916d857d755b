import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { defaultLevelFor, type DatasetIndex } from '@/lib/dataset-index';
import { useDataset } from '@/lib/dataset-context';
import type { ChartView } from '@/lib/filter-figures';
import type { Dataset } from '@/lib/figures-schema';
import { useViewStore, type ViewState } from '@/stores/view-store';

type Picked = Pick<
  ViewState,
  'regions' | 'categories' | 'dateFrom' | 'dateTo' | 'level' | 'includeUndated' | 'metric' | 'measure'
>;

const pick = (s: ViewState): Picked => ({
  regions: s.regions,
  categories: s.categories,
  dateFrom: s.dateFrom,
  dateTo: s.dateTo,
  level: s.level,
  includeUndated: s.includeUndated,
  metric: s.metric,
  measure: s.measure,
});

/** The view's filters resolved against the data: the level chosen, or the data's default for the selection. */
export function chartViewOf(state: Picked, data: Pick<Dataset, 'reports'>, index: DatasetIndex): ChartView {
  return { ...pick(state as ViewState), level: state.level ?? defaultLevelFor(data, index, state.regions) };
}

/**
 * The filters every view applies, resolved once: cards, charts, table and exports read this one object, so
 * they cannot pick different filters.
 */
export function useChartView(): ChartView {
  const { data, index } = useDataset();
  const picked = useViewStore(useShallow(pick));
  return useMemo(() => chartViewOf(picked, data, index), [picked, data, index]);
}
