/**
 * The print report is a page of its own (a modal dialog made Chromium ignore its landscape @page rule): the
 * dashboard's address, which holds the whole view (table sort and search included), plus view=print.
 */
export const PRINT_PARAM = 'view';

export function isPrintAddress(search: string): boolean {
  return new URLSearchParams(search).get(PRINT_PARAM) === 'print';
}

export function printAddress(location: Pick<Location, 'pathname' | 'search'>): string {
  const params = new URLSearchParams(location.search);
  params.set(PRINT_PARAM, 'print');
  return `${location.pathname}?${params.toString()}`;
}
