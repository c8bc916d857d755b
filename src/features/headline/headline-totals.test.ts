import { describe, expect, it } from 'vitest';
import { isCounted } from '@/lib/counted-figures';
import { fig, makeFixture } from '@/lib/testing/dataset-fixture';
import { computeHeadline, resolutionRate } from '@/features/headline/headline-totals';

describe('computeHeadline', () => {
  it('sums counted figures per metric and marks the weakest qualifier', () => {
    const { data } = makeFixture();
    const h = computeHeadline(data.figures.filter(isCounted));
    expect(h.totals.sessions.sum).toEqual({ value: 1000 + 1145 + 627 + 30 + 28000 + 5, qualifier: 'approx', count: 6 });
    expect(h.totals.sessions.regions).toBe(4);
    expect(h.totals.personTimes.sum?.value).toBe(207000);
    expect(h.totals.problemsResolved.sum?.value).toBe(1911);
  });

  it('keeps person-times and people apart: each card sums one measure only', () => {
    const figures = [
      fig('r-1', '540100', { metric: 'participants', value: 900, unit: '人次' }),
      fig('r-1', '540100', { metric: 'participants', value: 40, unit: '名' }),
      fig('r-2', '420114', { metric: 'participants', value: 15, unit: '人', qualifier: 'atLeast' }),
    ];
    const h = computeHeadline(figures);
    expect(h.totals.personTimes.sum).toEqual({ value: 900, qualifier: 'exact', count: 1 });
    expect(h.totals.people.sum).toEqual({ value: 55, qualifier: 'atLeast', count: 2 });
    expect(h.totals.people.regions).toBe(2);
  });

  it('has no total, not zero, where nothing is reported', () => {
    const { data } = makeFixture();
    const h = computeHeadline(data.figures.filter((f) => f.regionCode === '330600' && isCounted(f)));
    expect(h.totals.personTimes.sum).toBeNull();
    expect(h.totals.people.sum).toBeNull();
    expect(h.rate).toBeNull();
  });
});

describe('resolutionRate', () => {
  it('divides only within regions that report both', () => {
    const { data } = makeFixture();
    // Caidian reports 9 resolved but nothing collected: it must not enter the rate.
    expect(resolutionRate(data.figures)).toEqual({ value: 1902 / 2308, qualifier: 'exact', regions: 1 });
  });

  it('is approximate when any part is', () => {
    const figures = [
      fig('r', '110100', { metric: 'problemsCollected', value: 100, qualifier: 'atLeast' }),
      fig('r', '110100', { metric: 'problemsResolved', value: 50 }),
    ];
    expect(resolutionRate(figures)).toEqual({ value: 0.5, qualifier: 'approx', regions: 1 });
  });
});
