import { describe, expect, it } from 'vitest';
import type { Dataset, Figure, Region, Report } from '@/lib/figures-schema';
import { buildDatasetIndex, expandRegionSelection } from '@/lib/dataset-index';
import { filterFigures } from '@/lib/filter-figures';

function region(code: string, level: Region['level'], cityCode: string, name: string): Region {
  return {
    code,
    name,
    nameEn: name,
    level,
    city: cityCode,
    cityEn: cityCode,
    cityCode,
    province: 'P',
    provinceEn: 'P',
    provinceCode: `${code.slice(0, 2)}0000`,
  };
}
function report(id: string, regionCode: string, publishedAt: string | null): Report {
  return {
    id,
    file: `${id}.txt`,
    regionCode,
    reportingUnit: null,
    title: null,
    publisher: null,
    publishedAt,
    url: null,
    textPath: `texts/${id}.txt`,
    textLength: 100,
  };
}
function figure(id: string, reportId: string, regionCode: string, category: Figure['category']): Figure {
  return {
    id,
    reportId,
    regionCode,
    metric: 'sessions',
    value: 1,
    qualifier: 'exact',
    unit: '场',
    activity: 'a',
    category,
    status: 'done',
    valueText: '1',
    quote: 'q',
    start: 0,
    end: 1,
  };
}

const data: Dataset = {
  schemaVersion: 1,
  asOf: '2021-06-07',
  regions: [
    region('420100', 'city', '420100', '武汉市'),
    region('420114', 'district', '420100', '蔡甸区'),
    region('540100', 'city', '540100', '拉萨市'),
  ],
  reports: [
    report('r-1', '420114', '2021-06-07'),
    report('r-2', '540100', null),
    report('r-3', '420100', '2021-03-01'),
  ],
  figures: [
    figure('f-1', 'r-1', '420114', 'lecture'),
    figure('f-2', 'r-2', '540100', 'study'),
    figure('f-3', 'r-3', '420100', 'study'),
  ],
  corrections: [],
};
const index = buildDatasetIndex(data);
const none = { regions: [], categories: [], dateFrom: null, dateTo: null };

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
