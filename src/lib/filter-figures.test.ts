import { describe, expect, it } from 'vitest';
import { buildDatasetIndex, expandRegionSelection } from '@/lib/dataset-index';
import { filterFigures } from '@/lib/filter-figures';
import { NO_FILTERS as none, dataset, fig, region, report } from '@/lib/testing/dataset-fixture';

const wuhan = region('420100', '武汉市', 'Wuhan');
const data = dataset({
  asOf: '2021-06-07',
  regions: [wuhan, region('420114', '蔡甸区', 'Caidian District', wuhan), region('540100', '拉萨市', 'Lhasa')],
  reports: [
    report('r-1', '420114', '2021-06-07'),
    report('r-2', '540100', null),
    report('r-3', '420100', '2021-03-01'),
  ],
  figures: [
    fig('r-1', '420114', { id: 'f-1', category: 'lecture' }),
    fig('r-2', '540100', { id: 'f-2', category: 'study' }),
    fig('r-3', '420100', { id: 'f-3', category: 'study' }),
  ],
});
const index = buildDatasetIndex(data);

describe('region selection', () => {
  it('a city code selects the city with its districts', () => {
    expect([...(expandRegionSelection(index, ['420100']) ?? [])].sort()).toEqual(['420100', '420114']);
  });
  it('an empty selection means all', () => {
    expect(expandRegionSelection(index, [])).toBeNull();
  });
});

describe('filterFigures', () => {
  it('keeps everything without filters', () => {
    expect(filterFigures(data.figures, index, none).map((f) => f.id)).toEqual(['f-1', 'f-2', 'f-3']);
  });
  it('filters by city including districts', () => {
    expect(filterFigures(data.figures, index, { ...none, regions: ['420100'] }).map((f) => f.id)).toEqual([
      'f-1',
      'f-3',
    ]);
  });
  it('a district alone does not bring in its city', () => {
    expect(filterFigures(data.figures, index, { ...none, regions: ['420114'] }).map((f) => f.id)).toEqual(['f-1']);
  });
  it('filters by category', () => {
    expect(filterFigures(data.figures, index, { ...none, categories: ['study'] }).map((f) => f.id)).toEqual([
      'f-2',
      'f-3',
    ]);
  });
  it('a date filter drops reports without a date and out-of-range ones', () => {
    expect(filterFigures(data.figures, index, { ...none, dateFrom: '2021-05-01' }).map((f) => f.id)).toEqual(['f-1']);
    expect(filterFigures(data.figures, index, { ...none, dateTo: '2021-05-01' }).map((f) => f.id)).toEqual(['f-3']);
  });
});

describe('filterFigures by level', () => {
  it('keeps the regions at the level, and a report not yet placed stays listed', () => {
    const unplaced = fig('r-x', null);
    const figures = [...data.figures, unplaced];
    const cities = filterFigures(figures, index, { ...none, level: 'city' });
    expect(cities).toContain(unplaced);
    expect(cities.filter((f) => f.regionCode !== null).every((f) => f.regionCode !== '420114')).toBe(true);
    expect(filterFigures(figures, index, { ...none, level: 'district' }).some((f) => f.regionCode === '420114')).toBe(
      true,
    );
  });
});
