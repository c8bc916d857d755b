import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '@/lib/dataset-index';
import { countedFigures } from '@/lib/counted-figures';
import { sumFigures } from '@/lib/sum-figures';
import { NO_FILTERS as noFilters, dataset, fig, makeFixture, region, report } from '@/lib/testing/dataset-fixture';

describe('countedFigures', () => {
  it('leaves planned figures out', () => {
    const { data, index } = makeFixture();
    const figures = countedFigures(data, index, noFilters);
    expect(figures.some((f) => f.status === 'planned')).toBe(false);
    expect(figures).toHaveLength(data.figures.length - 1);
  });

  /** 共开展宣讲10,000场，其中线上宣讲8,400场（其中直播1,200场）; and 300 sessions elsewhere in the report. */
  function subCounts() {
    const total = fig('r-1', '540100', { value: 10000, category: 'lecture' });
    const online = fig('r-1', '540100', { value: 8400, category: 'lecture', partOf: total.id });
    const live = fig('r-1', '540100', { value: 1200, category: 'culture', partOf: online.id });
    const other = fig('r-1', '540100', { value: 300, category: 'study' });
    const data = dataset({
      regions: [region('540100', '拉萨市', 'Lhasa')],
      reports: [report('r-1', '540100')],
      figures: [total, online, live, other],
    });
    return { data, index: buildDatasetIndex(data), total, online, live, other };
  }

  it('leaves out a sub-count, and a part of it, when the total they are inside is summed too', () => {
    const { data, index, total, other } = subCounts();
    const figures = countedFigures(data, index, noFilters);
    expect(figures).toEqual([total, other]);
    expect(sumFigures(figures)?.value).toBe(total.value + other.value);
  });

  it('keeps a sub-count whose total a filter leaves out', () => {
    const { data, index, live } = subCounts();
    expect(countedFigures(data, index, { ...noFilters, categories: ['culture'] })).toEqual([live]);
  });
});
