import { describe, expect, it } from 'vitest';
import { reportFigures } from '@/lib/dataset-index';
import { makeFixture } from '@/lib/testing/dataset-fixture';

describe('reportFigures', () => {
  it("lists a report's figures in text order, grouped once per dataset", () => {
    const { data } = makeFixture();
    const reportId = data.figures[0]!.reportId;
    const figures = reportFigures(data, reportId);
    expect(figures.map((f) => f.id).sort()).toEqual(
      data.figures
        .filter((f) => f.reportId === reportId)
        .map((f) => f.id)
        .sort(),
    );
    const starts = figures.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(reportFigures(data, reportId)).toBe(figures);
    expect(reportFigures(data, 'r-none')).toEqual([]);
  });
});
