import { describe, expect, it } from 'vitest';
import { describeFilters } from '@/lib/describe-filters';
import { makeFixture } from '@/lib/testing/dataset-fixture';

const base = { regions: [], metric: 'sessions' as const, categories: [], dateFrom: null, dateTo: null };

describe('describeFilters', () => {
  it('puts the active filters in words in either language', () => {
    const { index } = makeFixture();
    expect(describeFilters({ ...base, regions: ['540100', '420114'] }, index, 'zh')).toBe(
      '城市：拉萨市、武汉市蔡甸区；指标：开展场次',
    );
    expect(describeFilters({ ...base, categories: ['study'], dateFrom: '2021-01-01', dateTo: null }, index, 'en')).toBe(
      'Cities: all; Metric: Sessions held; Activity: Group study; Report date: 2021-01-01 to … (undated reports left out)',
    );
    expect(
      describeFilters(
        {
          ...base,
          metric: 'participants',
          measure: 'people',
          level: 'city',
          dateTo: '2021-06-30',
          includeUndated: true,
        },
        index,
        'zh',
      ),
    ).toBe('城市：全部；层级：市级；指标：参与人数；报道日期：… 至 2021-06-30（含未注明日期的报道）');
    expect(describeFilters(base, index, 'zh', { metric: false })).toBe('城市：全部');
  });

  it('shortens long selections', () => {
    const { index } = makeFixture();
    const regions = ['330600', '420100', '420102', '420114', '540100', '610100', '330600'];
    expect(describeFilters({ ...base, regions }, index, 'en')).toContain('and 1 more');
  });
});
