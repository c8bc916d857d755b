import type { ViewState } from '@/stores/view-store';

/**
 * The print report is a page of its own (a modal dialog made Chromium ignore its landscape @page rule): the
 * dashboard's address plus view=print, and the table's search and sort, which the dashboard's address leaves out.
 */
export const PRINT_PARAM = 'view';

export function isPrintAddress(search: string): boolean {
  return new URLSearchParams(search).get(PRINT_PARAM) === 'print';
}

export function printAddress(location: Pick<Location, 'pathname' | 'search'>, view: ViewState): string {
  const params = new URLSearchParams(location.search);
  params.set(PRINT_PARAM, 'print');
  if (view.tableSearch) params.set('search', view.tableSearch);
  if (view.tableSort) params.set('sort', `${view.tableSort.key}.${view.tableSort.direction}`);
  return `${location.pathname}?${params.toString()}`;
}

/** The table's search and sort from a print address (anything unreadable is simply not applied). */
export function tableQueryOf(search: string): Pick<ViewState, 'tableSearch' | 'tableSort'> {
  const params = new URLSearchParams(search);
  const [key, direction] = (params.get('sort') ?? '').split('.');
  const keys = ['region', 'metric', 'activity', 'value', 'unit', 'status', 'date', 'quote'] as const;
  const sortKey = keys.find((k) => k === key);
  return {
    tableSearch: params.get('search') ?? '',
    tableSort: sortKey && (direction === 'asc' || direction === 'desc') ? { key: sortKey, direction } : null,
  };
}
