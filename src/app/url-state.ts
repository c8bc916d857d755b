import { ACTIVITY_CATEGORIES, type ActivityCategory } from '@/lib/activity-categories';
import { LANGS, type Lang } from '@/lib/i18n';
import { isChartMetric } from '@/lib/metrics';
import { initialViewState, type ViewState } from '@/stores/view-store';

/** The part of the view that the address holds (ui-contract.md), plus categories and dates. */
export type UrlView = Pick<ViewState, 'lang' | 'regions' | 'metric' | 'categories' | 'dateFrom' | 'dateTo'>;

export interface UrlIssue {
  param: string;
  value: string;
}

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
    categories: [],
    dateFrom: null,
    dateTo: null,
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
  return { view, issues };
}

/** The query string for a view (no leading "?"); defaults are left out so the plain address is the default view. */
export function toQuery(view: UrlView): string {
  // Built by hand so region lists keep readable commas (URLSearchParams would write %2C).
  const parts: string[] = [];
  if (view.lang !== initialViewState.lang) parts.push(`lang=${view.lang}`);
  if (view.regions.length) parts.push(`regions=${view.regions.map(encodeURIComponent).join(',')}`);
  if (view.metric !== initialViewState.metric) parts.push(`metric=${view.metric}`);
  if (view.categories.length) parts.push(`categories=${view.categories.join(',')}`);
  if (view.dateFrom) parts.push(`from=${view.dateFrom}`);
  if (view.dateTo) parts.push(`to=${view.dateTo}`);
  return parts.join('&');
}

export function sameUrlView(a: UrlView, b: UrlView): boolean {
  return toQuery(a) === toQuery(b);
}
