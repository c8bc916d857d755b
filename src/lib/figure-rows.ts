import * as OpenCC from 'opencc-js/t2cn';
import type { Dataset, Figure, Qualifier, Region, Report } from '@/lib/figures-schema';
import type { DatasetIndex } from '@/lib/dataset-index';
import { filterFigures, type FigureFilters } from '@/lib/filter-figures';
import { formatNumber, formatWritten, writtenQualifier } from '@/lib/format';
import { NOT_STATED, type Bilingual, type Lang } from '@/lib/i18n';
import { METRIC_LABELS } from '@/lib/metrics';
import { ACTIVITY_CATEGORY_LABELS } from '@/lib/activity-categories';
import type { TableSortKey, ViewState } from '@/stores/view-store';
import type { TableCell, TableExportColumn, TableExportSpec } from '@/lib/export/export-spec';
import { describeFilters } from '@/lib/describe-filters';
import { regionLabel, rowRegionLabel } from '@/lib/region-label';
import { filterFileStem } from '@/lib/export/file-names';

/**
 * The figures table's row model, shared by the table on screen and its CSV/Excel export so both
 * hold the same rows in the same order: filters → sort → search. Pure (no React) so it can be
 * tested and benchmarked in Node.
 */

export interface FigureRow {
  figure: Figure;
  region: Region | undefined;
  /** The reporting unit of the figure's report, where it is narrower than the region (a bureau). */
  unit: string | null;
  date: string | null;
  /** Position in the data file: the last tie-break of every sort, so equal keys keep the file's order. */
  order: number;
}

export type FigureSort = ViewState['tableSort'];

export interface FigureRowQuery {
  filters: FigureFilters;
  search: string;
  sort: FigureSort;
  lang: Lang;
}

const STATUS_LABELS: Record<Figure['status'], Bilingual> = {
  done: { zh: '已开展', en: 'Done' },
  planned: { zh: '计划', en: 'Planned' },
};

/** Qualifiers in words, for the export's own column (the table shows them as 余/近 or +/~ on the number). */
export const QUALIFIER_WORDS: Record<Qualifier, Bilingual> = {
  exact: { zh: '确数', en: 'exact' },
  atLeast: { zh: '以上', en: 'at least' },
  approx: { zh: '约数', en: 'approximately' },
};

export interface FigureColumn {
  id: TableSortKey;
  header: Bilingual;
  align: 'start' | 'end';
  /** Sorting first by this column starts descending (largest, latest first). */
  descFirst: boolean;
  text: (row: FigureRow, lang: Lang) => string;
  /** Numbers sort numerically, strings by the UI language's collation, null always last. */
  sortValue: (row: FigureRow, lang: Lang) => string | number | null;
}

const metricText = (row: FigureRow, lang: Lang) => METRIC_LABELS[row.figure.metric][lang];
const statusText = (row: FigureRow, lang: Lang) => STATUS_LABELS[row.figure.status][lang];
const regionText = (row: FigureRow, lang: Lang) => rowRegionLabel(row.region, row.unit, lang, row.figure.regionCode);

/** A column that shows words and sorts by the words it shows (A→Z first). */
function wordsColumn(id: TableSortKey, header: Bilingual, text: FigureColumn['text']): FigureColumn {
  return { id, header, align: 'start', descFirst: false, text, sortValue: text };
}

export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  wordsColumn('region', { zh: '地区', en: 'Region' }, regionText),
  wordsColumn('metric', { zh: '指标', en: 'Metric' }, metricText),
  wordsColumn('activity', { zh: '活动', en: 'Activity' }, (row) => row.figure.activity),
  {
    id: 'value',
    header: { zh: '数值', en: 'Value' },
    align: 'end',
    descFirst: true,
    text: (row, lang) => formatWritten(row.figure, lang),
    sortValue: (row) => row.figure.value,
  },
  wordsColumn('unit', { zh: '单位', en: 'Unit' }, (row) => row.figure.unit),
  wordsColumn('status', { zh: '状态', en: 'Status' }, statusText),
  {
    id: 'date',
    header: { zh: '日期', en: 'Date' },
    align: 'start',
    descFirst: true,
    text: (row, lang) => row.date ?? NOT_STATED[lang],
    // Not the shown text: undated rows sort last in either direction, not among the words.
    sortValue: (row) => row.date,
  },
  wordsColumn('quote', { zh: '原文摘录', en: 'Quote' }, (row) => row.figure.quote),
];

export function figureColumn(id: TableSortKey): FigureColumn {
  const column = FIGURE_COLUMNS.find((c) => c.id === id);
  if (!column) throw new Error(`unknown column ${id}`);
  return column;
}

const preparedRows = new WeakMap<Dataset, readonly FigureRow[]>();

/**
 * Each figure with its region and report date looked up, once per dataset: the table and the
 * export-all report get the same array, so the sort and search caches below (keyed by it) serve both.
 */
export function prepareFigureRows(data: Dataset, index: DatasetIndex): readonly FigureRow[] {
  let rows = preparedRows.get(data);
  if (!rows) {
    rows = data.figures.map((figure, order) => ({
      figure,
      region: index.regionByCode.get(figure.regionCode),
      unit: index.reportById.get(figure.reportId)?.reportingUnit ?? null,
      date: index.dateByReport.get(figure.reportId) ?? null,
      order,
    }));
    preparedRows.set(data, rows);
  }
  return rows;
}

const rowByFigure = new WeakMap<readonly FigureRow[], Map<Figure, FigureRow>>();

/** The region, category and date filters, through the same filterFigures the charts use. */
export function filterFigureRows(rows: readonly FigureRow[], index: DatasetIndex, filters: FigureFilters): FigureRow[] {
  if (!filters.regions.length && !filters.categories.length && !filters.dateFrom && !filters.dateTo) {
    return rows.slice();
  }
  let byFigure = rowByFigure.get(rows);
  if (!byFigure) {
    byFigure = new Map(rows.map((r) => [r.figure, r]));
    rowByFigure.set(rows, byFigure);
  }
  const lookup = byFigure;
  return filterFigures(
    rows.map((r) => r.figure),
    index,
    filters,
  ).flatMap((f) => {
    const row = lookup.get(f);
    return row ? [row] : [];
  });
}

const collators: Record<Lang, Intl.Collator> = {
  // Pinyin order is what a Chinese reader expects of a sorted list of names.
  zh: new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true }),
  en: new Intl.Collator('en', { numeric: true, sensitivity: 'base' }),
};

/**
 * Sort ranks per (rows, column, lang), computed once: collating each distinct string once and
 * sorting integers is far faster than calling the collator for every comparison of 100,000 rows.
 */
const rankCache = new WeakMap<readonly FigureRow[], Map<string, Float64Array>>();

function sortRanks(all: readonly FigureRow[], column: FigureColumn, lang: Lang): Float64Array {
  let perKey = rankCache.get(all);
  if (!perKey) {
    perKey = new Map();
    rankCache.set(all, perKey);
  }
  const cacheKey = `${column.id}:${lang}`;
  const cached = perKey.get(cacheKey);
  if (cached) return cached;
  const ranks = new Float64Array(all.length);
  const values = all.map((r) => column.sortValue(r, lang));
  const distinct = [...new Set(values.filter((v): v is string => typeof v === 'string'))];
  distinct.sort(collators[lang].compare);
  const rankOf = new Map(distinct.map((s, i) => [s, i]));
  values.forEach((v, i) => {
    ranks[i] = v === null ? Number.NaN : typeof v === 'number' ? v : (rankOf.get(v) ?? 0);
  });
  perKey.set(cacheKey, ranks);
  return ranks;
}

/**
 * Rows sorted by one column; missing values (no date) go last in either direction, and equal
 * keys keep the data file's order. `all` is the prepared dataset (the cache key), `rows` a subset.
 */
export function sortFigureRows(
  all: readonly FigureRow[],
  rows: readonly FigureRow[],
  sort: FigureSort,
  lang: Lang,
): FigureRow[] {
  if (!sort) return rows.slice().sort((a, b) => a.order - b.order);
  const ranks = sortRanks(all, figureColumn(sort.key), lang);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows.slice().sort((a, b) => {
    const ra = ranks[a.order] ?? Number.NaN;
    const rb = ranks[b.order] ?? Number.NaN;
    const aMissing = Number.isNaN(ra);
    const bMissing = Number.isNaN(rb);
    if (aMissing || bMissing) return aMissing === bMissing ? a.order - b.order : aMissing ? 1 : -1;
    return (ra - rb) * sign || a.order - b.order;
  });
}

/**
 * Folds Traditional to Simplified so 学习 finds a quote written 學習 (quotes stay as written in
 * their source, spec figures.md). opencc-js does the conversion: no hand-made character table.
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

function normalizeSearch(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}

/**
 * Everything a reader may type to find a row, in both languages, separated so terms never span two
 * fields. Only the report's own words can be Traditional, so only they go through the converter.
 */
function searchTextOf(row: FigureRow): string {
  const { figure, region } = row;
  const metric = METRIC_LABELS[figure.metric];
  const category = ACTIVITY_CATEGORY_LABELS[figure.category];
  const status = STATUS_LABELS[figure.status];
  const ours = [metric.zh, metric.en, category.zh, category.en, status.zh, status.en, figure.regionCode];
  // The value in every form a reader may type for it: a report's 2.8万 is found by 28000, 28,000 and 2.8万.
  // Formatting is skipped where it would only repeat the digits: it is most of the cost of building these strings.
  const abs = Math.abs(figure.value);
  ours.push(String(figure.value));
  if (abs >= 1e3) ours.push(formatNumber(figure.value, 'en'));
  if (abs >= 1e4) ours.push(formatNumber(figure.value, 'zh'));
  if (region) {
    ours.push(region.name, region.nameEn, region.city, region.cityEn, region.province, region.provinceEn);
    ours.push(regionLabel(region, 'zh'));
  }
  if (row.date) ours.push(row.date);
  const theirs = [figure.activity, figure.quote, figure.unit, figure.valueText].join('\n');
  return `${normalizeSearch(theirs)}\n${ours.join('\n').toLowerCase()}`;
}

const searchCache = new WeakMap<readonly FigureRow[], string[]>();

/**
 * Search strings of the whole dataset, built on the first search (not with the first page) and
 * then kept for the dataset's life: typing costs one substring test per row, nothing more.
 */
export function searchTexts(all: readonly FigureRow[]): string[] {
  let texts = searchCache.get(all);
  if (!texts) {
    texts = all.map(searchTextOf);
    searchCache.set(all, texts);
  }
  return texts;
}

function searchTerms(search: string): string[] {
  return normalizeSearch(search)
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/** Rows whose text holds every whitespace-separated term (order of `rows` kept). */
export function searchFigureRows(all: readonly FigureRow[], rows: readonly FigureRow[], search: string): FigureRow[] {
  const terms = searchTerms(search);
  if (terms.length === 0) return rows.slice();
  const texts = searchTexts(all);
  return rows.filter((r) => {
    const text = texts[r.order] ?? '';
    return terms.every((t) => text.includes(t));
  });
}

/** The whole row model in one call, as the export needs it; the table runs the same three steps memoised one by one. */
export function selectFigureRows(all: readonly FigureRow[], index: DatasetIndex, query: FigureRowQuery): FigureRow[] {
  const filtered = filterFigureRows(all, index, query.filters);
  const sorted = sortFigureRows(all, filtered, query.sort, query.lang);
  return searchFigureRows(all, sorted, query.search);
}

export const TABLE_TITLE: Bilingual = { zh: '数据明细', en: 'Figures' };

const QUALIFIER_HEADER: Bilingual = { zh: '限定', en: 'Qualifier' };

/**
 * Columns the export adds after the table's: what a reader of a printed sheet needs to trace a row to its
 * report without the dashboard (the table shows these in the source view instead).
 */
const SOURCE_COLUMNS: readonly (Pick<TableExportColumn, 'id' | 'kind'> & { label: Bilingual })[] = [
  { id: 'category', kind: 'text', label: { zh: '活动类别', en: 'Activity type' } },
  { id: 'reportingUnit', kind: 'text', label: { zh: '报道单位', en: 'Reporting unit' } },
  { id: 'reportTitle', kind: 'text', label: { zh: '报道标题', en: 'Report title' } },
  { id: 'publisher', kind: 'text', label: { zh: '发布媒体', en: 'Publisher' } },
  { id: 'link', kind: 'link', label: { zh: '链接', en: 'Link' } },
];

/** The export's columns: as shown, with the value split into a plain number and its qualifier in words. */
function exportColumns(lang: Lang): TableExportColumn[] {
  return [
    ...FIGURE_COLUMNS.flatMap((c): TableExportColumn[] =>
      c.id === 'value'
        ? [
            { id: 'value', header: c.header[lang], kind: 'number' },
            { id: 'qualifier', header: QUALIFIER_HEADER[lang], kind: 'text' },
          ]
        : [{ id: c.id, header: c.header[lang], kind: c.id === 'date' ? 'date' : 'text' }],
    ),
    ...SOURCE_COLUMNS.map(({ id, kind, label }) => ({ id, kind, header: label[lang] })),
  ];
}

export function exportCells(row: FigureRow, lang: Lang, report?: Report): TableCell[] {
  const f = row.figure;
  // Written out rather than mapped over FIGURE_COLUMNS: this runs for every row of every export.
  return [
    regionText(row, lang),
    metricText(row, lang),
    f.activity,
    f.value,
    // The report's own word where it wrote one (不少于), so a planned "at least 4" is not read as "4-odd".
    (lang === 'zh' ? writtenQualifier(f) : null) ?? QUALIFIER_WORDS[f.qualifier][lang],
    f.unit,
    statusText(row, lang),
    row.date,
    f.quote,
    ACTIVITY_CATEGORY_LABELS[f.category][lang],
    report?.reportingUnit ?? null,
    report?.title ?? null,
    report?.publisher ?? null,
    report?.url ?? null,
  ];
}

/**
 * The active filters and search in words, worded as the charts' subtitles are (describeFilters,
 * without the chart metric: the table lists every metric), e.g. "城市：拉萨市；搜索：“宣讲”".
 */
export function describeTableQuery(index: DatasetIndex, query: Omit<FigureRowQuery, 'sort'>): string {
  const { lang } = query;
  const filters = describeFilters(query.filters, index, lang);
  const search = query.search.trim();
  if (!search) return filters;
  return lang === 'zh' ? `${filters}；搜索：“${search}”` : `${filters}; Search: "${search}"`;
}

/**
 * The export's spec. Its rows are built when the exporter reads them, not on every keystroke of
 * the search: 100,000 rows take a noticeable fraction of a second to turn into cells.
 */
export function buildTableExportSpec(
  rows: readonly FigureRow[],
  index: DatasetIndex,
  query: Omit<FigureRowQuery, 'sort'>,
): TableExportSpec {
  const { lang } = query;
  let cells: TableCell[][] | undefined;
  return {
    columns: exportColumns(lang),
    get rows() {
      cells ??= rows.map((r) => exportCells(r, lang, index.reportById.get(r.figure.reportId)));
      return cells;
    },
    title: TABLE_TITLE[lang],
    subtitle: describeTableQuery(index, query),
    fileStem: filterFileStem(query.filters, index, lang, TABLE_TITLE[lang]),
  };
}

/** "共 1,234 条" / "1,234 rows". */
export function rowCountText(count: number, lang: Lang): string {
  return lang === 'zh'
    ? `共 ${formatNumber(count, 'en')} 条`
    : `${formatNumber(count, 'en')} ${count === 1 ? 'row' : 'rows'}`;
}
