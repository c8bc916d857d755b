import { describe, expect, it } from 'vitest';
import { countedFigures } from '@/lib/counted-figures';
import { summarizeByRegion } from '@/lib/export/region-summary';
import { fig, makeFixture, NO_FILTERS } from '@/lib/testing/dataset-fixture';

describe('summarizeByRegion', () => {
  const { data, index } = makeFixture();
  data.figures.push(fig('r-c1', '540100', { metric: 'participants', value: 300, unit: '名', measure: 'people' }));

  it('adds each region’s counted figures per metric, keeping person-times and people apart', () => {
    const summary = summarizeByRegion(countedFigures(data, index, NO_FILTERS), index, 'zh');
    expect(summary.columns.map((c) => c.key)).toEqual([
      'sessions',
      'participants:personTimes',
      'participants:people',
      'problemsCollected',
      'problemsResolved',
      'materials',
    ]);
    const lhasa = summary.rows.find((r) => r.code === '540100');
    expect(lhasa?.label).toBe('拉萨市');
    expect(lhasa?.cells.map((c) => c && [c.value, c.qualifier])).toEqual([
      [28005, 'atLeast'],
      [207000, 'exact'],
      [300, 'exact'],
      [2308, 'exact'],
      [1902, 'exact'],
      null,
    ]);
    // A plan (绍兴 500) is listed in the table but never summed.
    expect(summary.rows.find((r) => r.code === '330600')?.cells[0]?.value).toBe(1000);
    expect(summary.total[0]?.value).toBe(1000 + 1145 + 627 + 30 + 28005);
    expect(summary.total[5]).toBeNull();
    expect(summary.rows.map((r) => r.label)).toEqual(['绍兴市', '武汉市江岸区', '武汉市蔡甸区', '拉萨市']);
  });
});
