import { describe, expect, it } from 'vitest';
import { countedFigures } from '@/lib/counted-figures';
import { NO_FILTERS as noFilters, fig, makeFixture } from '@/lib/testing/dataset-fixture';
import {
  axisRegions,
  selectCategoryBreakdown,
  selectProblems,
  selectRanking,
  selectTimeline,
} from '@/features/charts/chart-data';

describe('axisRegions', () => {
  it('lists every region that reports, at its own level', () => {
    const { data, index } = makeFixture();
    expect(
      axisRegions(data, index, [])
        .map((r) => r.code)
        .sort(),
    ).toEqual(['330600', '420102', '420114', '540100']);
  });

  it('expands a selected city to its reporting districts', () => {
    const { data, index } = makeFixture();
    expect(
      axisRegions(data, index, ['420100'])
        .map((r) => r.code)
        .sort(),
    ).toEqual(['420102', '420114']);
  });

  it('keeps a selected region under which nothing reports', () => {
    const { data, index } = makeFixture();
    expect(axisRegions(data, index, ['610100', '540100']).map((r) => r.code)).toEqual(['540100', '610100']);
  });
});

describe('selectRanking', () => {
  it('sums per region, ranks largest first and keeps the weakest qualifier', () => {
    const { data, index } = makeFixture();
    const figures = countedFigures(data, index, noFilters);
    const rows = selectRanking(figures, axisRegions(data, index, []), 'sessions', index);
    expect(rows.map((r) => [r.region.code, r.cell?.value, r.cell?.qualifier])).toEqual([
      ['540100', 28005, 'atLeast'],
      ['420114', 1772, 'exact'],
      ['330600', 1000, 'atLeast'],
      ['420102', 30, 'approx'],
    ]);
    const lhasa = rows[0]?.cell;
    expect(lhasa?.largestFigureId).toBe(data.figures.find((f) => f.value === 28000)?.id);
    expect(lhasa?.sources.map((s) => s.id).sort()).toEqual(['r-c1', 'r-c2']);
  });

  it('lists regions without a figure last with no value, never zero', () => {
    const { data, index } = makeFixture();
    const figures = countedFigures(data, index, noFilters);
    const rows = selectRanking(figures, axisRegions(data, index, ['540100', '610100']), 'participants', index);
    expect(rows.map((r) => [r.region.code, r.cell?.value ?? null])).toEqual([
      ['540100', 207000],
      ['610100', null],
    ]);
  });
});

describe('selectCategoryBreakdown', () => {
  it('splits each region by the categories present, in the shared order', () => {
    const { data, index } = makeFixture();
    const figures = countedFigures(data, index, noFilters);
    const b = selectCategoryBreakdown(figures, axisRegions(data, index, []), 'sessions', index);
    expect(b.categories).toEqual(['study', 'lecture', 'culture']);
    const caidian = b.rows.find((r) => r.region.code === '420114');
    expect(caidian?.byCategory.get('lecture')?.value).toBe(1145);
    expect(caidian?.byCategory.get('study')?.value).toBe(627);
    expect(caidian?.total?.value).toBe(1772);
  });
});

describe('selectProblems', () => {
  it('gives a rate only where a region reports both', () => {
    const { data, index } = makeFixture();
    const figures = countedFigures(data, index, noFilters);
    const rows = selectProblems(figures, axisRegions(data, index, []), index);
    const lhasa = rows.find((r) => r.region.code === '540100');
    const caidian = rows.find((r) => r.region.code === '420114');
    expect(lhasa?.rate).toBeCloseTo(1902 / 2308);
    expect(caidian?.collected).toBeNull();
    // Its 9 resolved have no collected count in their report: shown apart, never as a pair.
    expect(caidian?.resolved).toBeNull();
    expect(caidian?.unpairedResolved?.value).toBe(9);
    expect(caidian?.rate).toBeNull();
    expect(rows.at(-1)?.collected).toBeNull();
    expect(rows.at(-1)?.resolved).toBeNull();
  });

  it('draws the pairs the rate divides and the unpaired counts apart', () => {
    const { index } = makeFixture();
    const lhasa = index.regionByCode.get('540100');
    if (!lhasa) throw new Error('fixture lacks 540100');
    const base = { reportId: 'r-c1', regionCode: '540100', unit: '个', category: 'service' } as const;
    const figures = [
      fig(base.reportId, base.regionCode, { ...base, metric: 'problemsCollected', value: 2308, start: 10, end: 18 }),
      fig(base.reportId, base.regionCode, { ...base, metric: 'problemsResolved', value: 1902, start: 20, end: 28 }),
      fig(base.reportId, base.regionCode, {
        ...base,
        metric: 'problemsCollected',
        value: 119000,
        start: 400,
        end: 410,
      }),
    ];
    const [row] = selectProblems(figures, [lhasa], index);
    expect(row?.collected?.value).toBe(2308);
    expect(row?.resolved?.value).toBe(1902);
    expect(row?.unpairedCollected?.value).toBe(119000);
    expect(row?.rate).toBeCloseTo((row?.resolved?.value ?? 0) / (row?.collected?.value ?? 1));
  });
});

describe('selectTimeline', () => {
  it('places values at report dates and counts undated figures', () => {
    const { data, index } = makeFixture();
    const figures = countedFigures(data, index, noFilters);
    const t = selectTimeline(figures, axisRegions(data, index, []), 'sessions', index);
    const points = t.series.flatMap((s) => s.points.map((p) => [s.region.code, p.date, p.cell.value]));
    expect(points.sort()).toEqual([
      ['420102', '2021-05-01', 30],
      ['420114', '2021-06-07', 1772],
      ['540100', '2021-07-01', 28000],
    ]);
    expect(t.undated).toBe(2);
    expect(t.omitted).toBe(0);
  });

  it('keeps only the regions with the largest values when asked for fewer lines', () => {
    const { data, index } = makeFixture();
    const figures = countedFigures(data, index, noFilters);
    const t = selectTimeline(figures, axisRegions(data, index, []), 'sessions', index, 2);
    expect(t.series.map((s) => s.region.code).sort()).toEqual(['420114', '540100']);
    expect(t.omitted).toBe(1);
  });
});
