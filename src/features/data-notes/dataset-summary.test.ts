import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '@/lib/dataset-index';
import { makeFixture } from '@/lib/testing/dataset-fixture';
import { summarizeDataset } from '@/features/data-notes/dataset-summary';

describe('summarizeDataset', () => {
  it('counts reports, dates, reporting regions by level and figures by metric', () => {
    const { data } = makeFixture();
    const s = summarizeDataset(data);
    expect(s).toMatchObject({ reports: 5, datedReports: 3, firstDate: '2021-05-01', lastDate: '2021-07-01' });
    expect(s.reportingRegions.city.map((r) => r.code)).toEqual(['330600', '540100']);
    expect(s.reportingRegions.district.map((r) => r.code)).toEqual(['420102', '420114']);
    expect(s.byMetric.sessions).toBe(7);
    expect(s.byMetric.materials).toBe(0);
    expect([s.atLeast, s.approx, s.planned]).toEqual([2, 1, 1]);
  });
});

describe('summarizeDataset with the index regions', () => {
  it('tells regions covered only by a unit from those with whole-region reports', () => {
    const { data, index } = makeFixture();
    data.reports[0]!.reportingUnit = '绍兴市文化广电旅游局';
    const regions = buildDatasetIndex(data).regionByCode;
    const s = summarizeDataset(data, [...regions.values()]);
    expect(s.unitOnlyRegions.map((r) => [r.code, r.unitOnly])).toEqual([['330600', '文化广电旅游局']]);
    expect(index.regionByCode.get('330600')?.unitOnly).toBeUndefined();
  });
});
