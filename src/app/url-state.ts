import { ACTIVITY_CATEGORIES, type ActivityCategory } from '@/lib/activity-categories';
import { LANGS, type Lang } from '@/lib/i18n';
import { isLevelChoice } from '@/lib/levels';
import { isChartMetric, isParticipantMeasure } from '@/lib/metrics';
import { initialViewState, isTableSortKey, type SortDirection, type ViewState } from '@/stores/view-store';

/** Every choice of the view that the address holds (ui-contract.md: "the address is the view"). */
export type UrlView = Pick<
  ViewState,
  | 'lang'
  | 'regions'
  | 'metric'
  | 'measure'
  | 'level'
  | 'categories'
  | 'dateFrom'
  | 'dateTo'
  | 'includeUndated'
  | 'tableSort'
  | 'tableSearch'
>;

export interface UrlIssue {
  param: string;
  value: string;
  /** Why a well-formed value was still ignored, where "not recognised" would mislead. */
  reason?: 'reversedRange';
}

/** The value of `undated` that includes reports without a date under a date filter. */
const UNDATED_INCLUDE = 'include';

const REGION_CODE = /^\d{6}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isLang(v: string): v is Lang {
  return (LANGS as readonly string[]).includes(v);
}
function isCategory(v: string): v is ActivityCategory {
  return (ACTIVITY_CATEGORIES as readonly string[]).includes(v);
}
function isRealDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}
function isDirection(v: string): v is SortDirection {
  return v === 'asc' || v === 'desc';
}
/**
 * encodeURIComponent, and also the quote and brackets it leaves: browsers escape ' in a query, so the address
 * read back would differ from the one written and look like a new view.
 */
function encodeParam(v: string): string {
  return encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function splitList(raw: string): string[] {
  return [...new Set(raw.split(',').map((s) => s.trim()))].filter(Boolean);
}

/**
 * Reads the view from a query string. Absent parameters take their defaults (so Back to a bare
 * address restores the default view); unusable values are dropped and reported, never fatal.
 * `knownRegion` checks codes against the loaded data.
 */
export function parseQuery(
  search: string,
  knownRegion?: (code: string) => boolean,
): { view: UrlView; issues: UrlIssue[] } {
  const params = new URLSearchParams(search);
  const issues: UrlIssue[] = [];
  const view: UrlView = {
    lang: initialViewState.lang,
    regions: [],
    metric: initialViewState.metric,
    measure: initialViewState.measure,
    level: initialViewState.level,
    categories: [],
    dateFrom: null,
    dateTo: null,
    includeUndated: false,
    tableSort: null,
    tableSearch: '',
  };
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) view.lang = lang;
    else issues.push({ param: 'lang', value: lang });
  }
  const metric = params.get('metric');
  if (metric !== null) {
    if (isChartMetric(metric)) view.metric = metric;
    else issues.push({ param: 'metric', value: metric });
  }
  const regions = params.get('regions');
  if (regions !== null) {
    for (const code of splitList(regions)) {
      if (REGION_CODE.test(code) && (!knownRegion || knownRegion(code))) view.regions.push(code);
      else issues.push({ param: 'regions', value: code });
    }
  }
  const categories = params.get('categories');
  if (categories !== null) {
    const valid = new Set<ActivityCategory>();
    for (const c of splitList(categories)) {
      if (isCategory(c)) valid.add(c);
      else issues.push({ param: 'categories', value: c });
    }
    view.categories = ACTIVITY_CATEGORIES.filter((c) => valid.has(c));
  }
  for (const [param, key] of [
    ['from', 'dateFrom'],
    ['to', 'dateTo'],
  ] as const) {
    const value = params.get(param);
    if (value === null) continue;
    if (isRealDate(value)) view[key] = value;
    else issues.push({ param, value });
  }
  // A reversed range matches nothing: the start is kept (the first thing a reader sets), the end refused.
  if (view.dateFrom && view.dateTo && view.dateFrom > view.dateTo) {
    issues.push({ param: 'to', value: view.dateTo, reason: 'reversedRange' });
    view.dateTo = null;
  }
  const undated = params.get('undated');
  if (undated !== null) {
    if (undated === UNDATED_INCLUDE) view.includeUndated = true;
    else issues.push({ param: 'undated', value: undated });
  }
  const measure = params.get('measure');
  if (measure !== null) {
    if (isParticipantMeasure(measure)) view.measure = measure;
    else issues.push({ param: 'measure', value: measure });
  }
  const level = params.get('level');
  if (level !== null) {
    if (isLevelChoice(level)) view.level = level;
    else issues.push({ param: 'level', value: level });
  }
  const sort = params.get('sort');
  const dir = params.get('dir');
  if (dir !== null && !isDirection(dir)) issues.push({ param: 'dir', value: dir });
  if (sort !== null) {
    if (isTableSortKey(sort)) view.tableSort = { key: sort, direction: dir === 'desc' ? 'desc' : 'asc' };
    else issues.push({ param: 'sort', value: sort });
  } else if (dir !== null && isDirection(dir)) {
    // A direction without a column sorts nothing; saying so beats silently dropping it.
    issues.push({ param: 'dir', value: dir });
  }
  view.tableSearch = params.get('q') ?? '';
  return { view, issues };
}

/** The query string for a view (no leading "?"); defaults are left out so the plain address is the default view. */
export function toQuery(view: UrlView): string {
  // Built by hand so region lists keep readable commas (URLSearchParams would write %2C).
  const parts: string[] = [];
  if (view.lang !== initialViewState.lang) parts.push(`lang=${view.lang}`);
  if (view.regions.length) parts.push(`regions=${view.regions.map(encodeURIComponent).join(',')}`);
  if (view.metric !== initialViewState.metric) parts.push(`metric=${view.metric}`);
  if (view.measure !== initialViewState.measure) parts.push(`measure=${view.measure}`);
  if (view.level) parts.push(`level=${view.level}`);
  if (view.categories.length) parts.push(`categories=${view.categories.join(',')}`);
  if (view.dateFrom) parts.push(`from=${view.dateFrom}`);
  if (view.dateTo) parts.push(`to=${view.dateTo}`);
  if (view.includeUndated) parts.push(`undated=${UNDATED_INCLUDE}`);
  if (view.tableSort) parts.push(`sort=${view.tableSort.key}`, `dir=${view.tableSort.direction}`);
  if (view.tableSearch) parts.push(`q=${encodeParam(view.tableSearch)}`);
  return parts.join('&');
}

export function sameUrlView(a: UrlView, b: UrlView): boolean {
  return toQuery(a) === toQuery(b);
}

/** Whether two views differ in the table search and nothing else the address holds. */
export function onlySearchDiffers(a: UrlView, b: UrlView): boolean {
  return a.tableSearch !== b.tableSearch && sameUrlView({ ...a, tableSearch: '' }, { ...b, tableSearch: '' });
}
