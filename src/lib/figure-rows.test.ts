import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '@/lib/dataset-index';
import type { Dataset, Figure } from '@/lib/figures-schema';
import { NO_FILTERS as noFilters, fig, region, report } from '@/lib/testing/dataset-fixture';
import {
  FIGURE_COLUMNS,
  buildTableExportSpec,
  describeTableQuery,
  figureColumn,
  filterFigureRows,
  prepareFigureRows,
  rowCountText,
  searchFigureRows,
  selectFigureRows,
  sortFigureRows,
  type FigureRowQuery,
} from '@/lib/figure-rows';
import type { FigureFilters } from '@/lib/filter-figures';

const lhasa = region('540100', '拉萨市', 'Lhasa', null, ['西藏自治区', 'Tibet']);
const wuhan = region('420100', '武汉市', 'Wuhan', null, ['湖北省', 'Hubei']);
const caidian = region('420114', '蔡甸区', 'Caidian District', wuhan);

/** Every figure here counts 场次 unless it says otherwise. */
const figure = (reportId: string, regionCode: string, patch: Partial<Figure>) =>
  fig(reportId, regionCode, { unit: '场次', ...patch });

const data: Dataset = {
  schemaVersion: 1,
  asOf: '2021-10-22',
  regions: [lhasa, wuhan, caidian],
  reports: [report('r-a1', '540100', null), report('r-b2', '420114', '2021-06-07'), report('r-c3', '420100', '2021-10-22')],
  figures: [
    figure('r-a1', '540100', { value: 2000, qualifier: 'atLeast', valueText: '2000余', unit: '人', metric: 'participants', activity: '培训市管干部', category: 'training', quote: '培训市管干部2000余人' }),
    figure('r-a1', '540100', { value: 15000, qualifier: 'approx', valueText: '近1.5万', activity: '党史宣讲', category: 'lecture', quote: '开展党史宣讲近1.5万场次' }),
    figure('r-b2', '420114', { value: 1145, valueText: '1145', activity: '党史宣讲', category: 'lecture', quote: '共开展党史宣讲1145场次' }),
    figure('r-b2', '420114', { value: 9, unit: '项', metric: 'problemsResolved', activity: '民生实事', category: 'service', status: 'planned', valueText: '9', quote: '将推进9项民生实事' }),
    figure('r-c3', '420100', { value: 46300, valueText: '4.63萬', unit: '本', metric: 'materials', activity: '學習書籍', category: 'publicity', quote: '購買發放學習書籍4.63萬本' }),
    figure('r-c3', '420100', { value: 1145, valueText: '1145', activity: '集中学习', quote: '组织集中学习1145场次' }),
  ],
  corrections: [],
}; // prettier-ignore

/** Many figures mixing every field's values (a fixed step through the lists, so runs are repeatable). */
function manyFigures(count: number): Dataset {
  const pick = <T>(list: readonly T[], i: number, step: number): T => list[(i * step) % list.length]!;
  const figures = Array.from({ length: count }, (_, i) => {
    const base = data.figures[i % data.figures.length]!;
    const r = pick(data.reports, i, 7);
    return {
      ...base,
      id: `f-${i.toString(16)}`,
      reportId: r.id,
      regionCode: pick(['540100', '420100', '420114'], i, 5),
      metric: pick(['sessions', 'participants', 'materials', 'other'] as const, i, 3),
      value: (i * 7919) % 1013,
      activity: pick(['集中学习', '党史宣讲', 'Ａ活动', '學習', '红色电影'], i, 11),
      unit: pick(['场次', '人次', '本', '个'], i, 13),
      status: pick(['done', 'planned'] as const, i, 17),
      quote: `${pick(['开展', '組織', '共有', 'zz'], i, 19)}${i % 97}`,
    };
  });
  return { ...data, figures };
}

const index = buildDatasetIndex(data);
const all = prepareFigureRows(data, index);
const quotes = (rows: readonly { figure: Figure }[]) => rows.map((r) => r.figure.quote);
const search = (term: string) => quotes(searchFigureRows(all, all, term));

describe('filters', () => {
  it('a city code selects the city with its districts; other cities stay out', () => {
    const rows = filterFigureRows(all, index, { ...noFilters, regions: ['420100'] });
    expect(rows.map((r) => r.figure.regionCode).sort()).toEqual(['420100', '420100', '420114', '420114']);
  });

  it('a date filter drops reports without a date', () => {
    const rows = filterFigureRows(all, index, { ...noFilters, dateFrom: '2021-01-01' });
    expect(rows.every((r) => r.figure.reportId !== 'r-a1')).toBe(true);
    expect(rows).toHaveLength(4);
  });

  it('search applies within the filters', () => {
    const query: FigureRowQuery = {
      filters: { ...noFilters, regions: ['540100'] },
      search: '宣讲',
      sort: null,
      lang: 'zh',
    };
    expect(quotes(selectFigureRows(all, index, query))).toEqual(['开展党史宣讲近1.5万场次']);
  });
});

describe('search', () => {
  it('finds Chinese words in quotes and activities', () => {
    expect(search('宣讲')).toEqual(['开展党史宣讲近1.5万场次', '共开展党史宣讲1145场次']);
  });

  it('finds regions by their English and Chinese names, any case', () => {
    expect(search('CAIDIAN')).toEqual(['共开展党史宣讲1145场次', '将推进9项民生实事']);
    expect(search('lhasa')).toHaveLength(2);
    expect(search('武汉')).toHaveLength(4);
  });

  it('finds metric labels in both languages', () => {
    expect(search('participants')).toEqual(['培训市管干部2000余人']);
    expect(search('参与人次')).toEqual(['培训市管干部2000余人']);
    expect(search('materials handed')).toEqual(['購買發放學習書籍4.63萬本']);
  });

  it('matches Traditional text with Simplified terms and the other way round', () => {
    expect(search('学习书籍')).toEqual(['購買發放學習書籍4.63萬本']);
    expect(search('學習')).toEqual(['購買發放學習書籍4.63萬本', '组织集中学习1145场次']);
  });

  it('requires every term and keeps the given order', () => {
    expect(search('宣讲 caidian')).toEqual(['共开展党史宣讲1145场次']);
    expect(search('  ')).toEqual(quotes(all));
    expect(search('没有这个词')).toEqual([]);
  });

  it('finds a value shown in 万 by its digits, with or without thousands separators', () => {
    const nearly15k = ['开展党史宣讲近1.5万场次'];
    expect(search('15000')).toEqual(nearly15k);
    expect(search('15,000')).toEqual(nearly15k);
    expect(search('1.5万')).toEqual(nearly15k);
    expect(search('１５，０００')).toEqual(nearly15k);
    const books = ['購買發放學習書籍4.63萬本'];
    expect(search('46300')).toEqual(books);
    expect(search('46,300')).toEqual(books);
    expect(search('4.63万')).toEqual(books);
    expect(search('1,145')).toEqual(['共开展党史宣讲1145场次', '组织集中学习1145场次']);
  });

  it('a number term does not join digits of two fields', () => {
    // 2000 (a value) and 540100 (its region code) sit on separate lines of the search text.
    expect(search('2000540100')).toEqual([]);
    expect(search('16,000')).toEqual([]);
  });

  it('finds units and full-width input', () => {
    expect(search('项')).toEqual(['将推进9项民生实事']);
    expect(search('ＬＨＡＳＡ')).toHaveLength(2);
  });
});

describe('sort', () => {
  const sorted = (key: FigureRowQuery['sort'], lang: 'zh' | 'en' = 'zh') => sortFigureRows(all, all, key, lang);

  it('by value, numerically, equal values in file order', () => {
    expect(sorted({ key: 'value', direction: 'desc' }).map((r) => r.figure.value)).toEqual([
      46300, 15000, 2000, 1145, 1145, 9,
    ]);
    const asc = sorted({ key: 'value', direction: 'asc' });
    expect(asc.map((r) => r.figure.value)).toEqual([9, 1145, 1145, 2000, 15000, 46300]);
    expect(quotes(asc.slice(1, 3))).toEqual(['共开展党史宣讲1145场次', '组织集中学习1145场次']);
  });

  it('by date, missing dates last in both directions', () => {
    expect(sorted({ key: 'date', direction: 'asc' }).map((r) => r.date)).toEqual([
      '2021-06-07',
      '2021-06-07',
      '2021-10-22',
      '2021-10-22',
      null,
      null,
    ]);
    expect(sorted({ key: 'date', direction: 'desc' }).map((r) => r.date)).toEqual([
      '2021-10-22',
      '2021-10-22',
      '2021-06-07',
      '2021-06-07',
      null,
      null,
    ]);
  });

  it('by region in the UI language: pinyin order in Chinese, alphabetical in English', () => {
    const zh = sorted({ key: 'region', direction: 'asc' }).map((r) => figureColumn('region').text(r, 'zh'));
    expect([...new Set(zh)]).toEqual(['拉萨市', '武汉市', '武汉市蔡甸区']);
    const en = sorted({ key: 'region', direction: 'asc' }, 'en').map((r) => figureColumn('region').text(r, 'en'));
    expect([...new Set(en)]).toEqual(['Caidian District (Wuhan)', 'Lhasa', 'Wuhan']);
  });

  it('without a sort, rows keep the data file order', () => {
    expect(quotes(sortFigureRows(all, all.slice().reverse(), null, 'zh'))).toEqual(quotes(all));
  });

  // Every column, checked against an independent comparison of what the cell shows.
  const largeRows = prepareFigureRows(manyFigures(3000), index);
  for (const lang of ['zh', 'en'] as const) {
    const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN-u-co-pinyin' : 'en', {
      numeric: true,
      sensitivity: 'base',
    });
    for (const column of FIGURE_COLUMNS) {
      for (const direction of ['asc', 'desc'] as const) {
        it(`by ${column.id} ${direction} (${lang}) on generated data`, () => {
          const rows = sortFigureRows(largeRows, largeRows, { key: column.id, direction }, lang);
          expect(rows).toHaveLength(largeRows.length);
          const sign = direction === 'asc' ? 1 : -1;
          for (let i = 1; i < rows.length; i++) {
            const a = column.sortValue(rows[i - 1]!, lang);
            const b = column.sortValue(rows[i]!, lang);
            if (a === null) expect(b).toBeNull();
            if (a === null || b === null) continue;
            const order =
              typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
            expect(Math.sign(order) * sign, `${String(a)} before ${String(b)}`).toBeLessThanOrEqual(0);
            if (order === 0) expect(rows[i - 1]!.order).toBeLessThan(rows[i]!.order);
          }
        });
      }
    }
  }
});

describe('display and export', () => {
  const value = figureColumn('value');

  it('keeps 余/近 visible on the value', () => {
    expect(all.map((r) => value.text(r, 'zh')).slice(0, 2)).toEqual(['2000余', '近1.5万']);
    expect(all.map((r) => value.text(r, 'en')).slice(0, 2)).toEqual(['2,000+', '~15,000']);
  });

  it('districts show their city; missing dates are said, not blank', () => {
    const caidianRow = all.find((r) => r.figure.regionCode === '420114')!;
    expect(figureColumn('region').text(caidianRow, 'zh')).toBe('武汉市蔡甸区');
    expect(figureColumn('region').text(caidianRow, 'en')).toBe('Caidian District (Wuhan)');
    expect(figureColumn('date').text(all[0]!, 'zh')).toBe('未注明');
  });

  it('exports exactly the selected rows in order, the value as a number with its qualifier in words', () => {
    const query: FigureRowQuery = {
      filters: noFilters,
      search: '',
      sort: { key: 'value', direction: 'desc' },
      lang: 'en',
    };
    const rows = selectFigureRows(all, index, query);
    const spec = buildTableExportSpec(rows, index, query);
    expect(spec.columns.map((c) => c.id)).toEqual([
      'region',
      'metric',
      'activity',
      'value',
      'qualifier',
      'unit',
      'status',
      'date',
      'quote',
      'category',
      'reportingUnit',
      'reportTitle',
      'publisher',
      'link',
    ]);
    expect(spec.columns.find((c) => c.id === 'value')?.kind).toBe('number');
    expect(spec.columns.find((c) => c.id === 'date')?.kind).toBe('date');
    // Each row carries its report's attribution, so a printed sheet can be traced without the dashboard.
    const publisherAt = spec.columns.findIndex((c) => c.id === 'publisher');
    const titleAt = spec.columns.findIndex((c) => c.id === 'reportTitle');
    expect(spec.rows.map((r) => [r[titleAt], r[publisherAt]])).toEqual(
      rows.map((r) => {
        const report = index.reportById.get(r.figure.reportId);
        return [report?.title ?? null, report?.publisher ?? null];
      }),
    );
    expect(spec.fileStem).toBe('Party-history-campaign_All-regions_Figures');
    expect(spec.rows.map((r) => r[8])).toEqual(quotes(rows));
    const valueAt = spec.columns.findIndex((c) => c.id === 'value');
    expect(spec.rows.map((r) => [r[valueAt], r[valueAt + 1]])).toEqual([
      [46300, 'exact'],
      [15000, 'approximately'],
      [2000, 'at least'],
      [1145, 'exact'],
      [1145, 'exact'],
      [9, 'exact'],
    ]);
    expect(spec.title).toBe('Figures');
  });

  it('describes the filters and search in the UI language, without the chart metric', () => {
    const filters: FigureFilters = {
      regions: ['420114', '540100'],
      categories: ['lecture'],
      dateFrom: '2021-01-01',
      dateTo: null,
    };
    const zh = describeTableQuery(index, { filters, search: '宣讲', lang: 'zh' });
    expect(zh).toContain('武汉市蔡甸区、拉萨市');
    expect(zh).toContain('宣讲党课');
    expect(zh).toContain('2021-01-01');
    expect(zh.endsWith('；搜索：“宣讲”')).toBe(true);
    expect(zh).not.toContain('开展场次');
    const en = describeTableQuery(index, { filters: noFilters, search: ' study ', lang: 'en' });
    expect(en).not.toContain('Sessions held');
    expect(en.endsWith('; Search: "study"')).toBe(true);
    expect(describeTableQuery(index, { filters: noFilters, search: '', lang: 'en' })).not.toContain('Search');
  });

  it('counts rows in words', () => {
    expect(rowCountText(12345, 'zh')).toBe('共 12,345 条');
    expect(rowCountText(1, 'en')).toBe('1 row');
  });
});
