import { describe, expect, it } from 'vitest';
import { makeFixture, fig } from '@/lib/testing/dataset-fixture';
import { explainMissing, leftOutByFilter } from '@/lib/missing-reason';
import type { ChartView } from '@/lib/filter-figures';

const view: ChartView = {
  regions: [],
  categories: [],
  dateFrom: null,
  dateTo: null,
  level: 'all',
  includeUndated: false,
  metric: 'sessions',
  measure: 'personTimes',
};

describe('explainMissing', () => {
  it('tells nothing stated, only plans, only the other measure and outside the filter apart', () => {
    const figures = [
      fig('r-1', '110100', { status: 'planned', valueText: '不少于4', qualifier: 'atLeast', value: 4 }),
      fig('r-2', '120100', { metric: 'participants', unit: '人', value: 30 }),
      fig('r-3', '130100', { value: 12 }),
    ];
    expect(explainMissing(figures, view, '110100').reason).toBe('plannedOnly');
    expect(explainMissing(figures, { ...view, metric: 'participants' }, '120100').reason).toBe('otherMeasure');
    expect(explainMissing(figures, { ...view, metric: 'participants', measure: 'people' }, '120100').reason).toBe(
      'outsideFilter',
    );
    expect(explainMissing(figures, view, '140100')).toEqual({ reason: 'nothing', stated: [] });
    expect(explainMissing(figures, view, '110100').stated.map((f) => f.valueText)).toEqual(['不少于4']);
  });

  it('counts the figures a date filter leaves out, and none once undated reports are included', () => {
    const { data, index } = makeFixture();
    const dated = { ...view, dateFrom: '2021-06-01' };
    const out = leftOutByFilter(data.figures, index, dated);
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((f) => f.metric === 'sessions' && f.status === 'done')).toBe(true);
    expect(leftOutByFilter(data.figures, index, { ...dated, dateTo: null, includeUndated: true }).length).toBeLessThan(
      out.length,
    );
  });
});
