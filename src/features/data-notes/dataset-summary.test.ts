import { describe, expect, it } from 'vitest';
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
