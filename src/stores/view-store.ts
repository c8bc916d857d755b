import { create } from 'zustand';
import type { Lang } from '@/lib/i18n';
import type { ChartMetric, ParticipantMeasure } from '@/lib/metrics';
import type { LevelChoice } from '@/lib/levels';
import type { ActivityCategory } from '@/lib/activity-categories';

export type SortDirection = 'asc' | 'desc';
/** The table's sortable columns; a list (not only a type) so a sort from the address can be checked. */
export const TABLE_SORT_KEYS = ['region', 'metric', 'activity', 'value', 'unit', 'status', 'date', 'quote'] as const;
export type TableSortKey = (typeof TABLE_SORT_KEYS)[number];

export function isTableSortKey(value: string): value is TableSortKey {
  return (TABLE_SORT_KEYS as readonly string[]).includes(value);
}

/**
 * What the user chose, and nothing else: everything shown is derived from this and the dataset.
 * `regions`/`metric`/`lang` mirror the address (ui-contract.md); the rest is page state.
 */
export interface ViewState {
  lang: Lang;
  /** GB/T 2260 codes; a city's code stands for the city with its districts. Empty = all regions. */
  regions: string[];
  metric: ChartMetric;
  /** Which participants measure the charts show: person-times and people are never summed together. */
  measure: ParticipantMeasure;
  /** Regions of which level the charts compare; null = the default for the loaded data (defaultLevel). */
  level: LevelChoice | null;
  /** Under a date filter, keep the figures of reports that state no date (they are otherwise outside it). */
  includeUndated: boolean;
  /** Empty = all categories. */
  categories: ActivityCategory[];
  dateFrom: string | null;
  dateTo: string | null;
  theme: 'light' | 'dark';
  tableSearch: string;
  tableSort: { key: TableSortKey; direction: SortDirection } | null;
  /** The figure whose source is open, if any. */
  openFigureId: string | null;
}

export interface ViewActions {
  set: (patch: Partial<ViewState>) => void;
  setLevel: (level: LevelChoice) => void;
  setMeasure: (measure: ParticipantMeasure) => void;
  setIncludeUndated: (includeUndated: boolean) => void;
}

export const initialViewState: ViewState = {
  lang: 'zh',
  regions: [],
  metric: 'sessions',
  measure: 'personTimes',
  level: null,
  includeUndated: false,
  categories: [],
  dateFrom: null,
  dateTo: null,
  theme: 'light',
  tableSearch: '',
  tableSort: null,
  openFigureId: null,
};

export const useViewStore = create<ViewState & ViewActions>()((set) => ({
  ...initialViewState,
  set: (patch) => {
    set(patch);
  },
  setLevel: (level) => {
    set({ level });
  },
  setMeasure: (measure) => {
    set({ measure });
  },
  setIncludeUndated: (includeUndated) => {
    set({ includeUndated });
  },
}));
