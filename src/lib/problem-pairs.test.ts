import { describe, expect, it } from 'vitest';
import { pairProblems } from '@/lib/problem-pairs';
import { fig } from '@/lib/testing/dataset-fixture';
import type { Figure } from '@/lib/figures-schema';
import type { Metric } from '@/lib/metrics';

type ProblemMetric = Extract<Metric, 'problemsCollected' | 'problemsResolved'>;
const at = (reportId: string, metric: ProblemMetric, value: number, start: number): Figure =>
  fig(reportId, '540100', { metric, value, start, end: start + 8 });
const values = (pairs: ReturnType<typeof pairProblems>['pairs']) =>
  pairs.map((p) => [p.collected.value, p.resolved.value]);

describe('pairProblems', () => {
  it('pairs a resolved count with the collected count its report states before it, and leaves the rest unpaired', () => {
    // The shape of seed 002 (拉萨): 收集问题2308个，已办结1902个 … 9项民生实事已妥善解决 … 检视问题11.9万余条.
    const figures = [
      at('r1', 'problemsCollected', 2308, 1537),
      at('r1', 'problemsResolved', 1902, 1548),
      at('r1', 'problemsResolved', 9, 1689),
      at('r1', 'problemsCollected', 119000, 2008),
    ];
    const { pairs, unpaired } = pairProblems(figures);
    expect(values(pairs)).toEqual([[2308, 1902]]);
    expect(unpaired.map((f) => f.value).sort((a, b) => a - b)).toEqual([9, 119000]);
  });

  it('pairs several pairs of one report in order, each collected count once', () => {
    const figures = [
      at('r1', 'problemsCollected', 500, 10),
      at('r1', 'problemsResolved', 480, 30),
      at('r1', 'problemsCollected', 1086, 200),
      at('r1', 'problemsResolved', 1042, 220),
    ];
    expect(values(pairProblems(figures).pairs)).toEqual([
      [500, 480],
      [1086, 1042],
    ]);
  });

  it('never pairs across reports, nor a resolved count larger than the collected one', () => {
    const figures = [
      at('r1', 'problemsCollected', 100, 10),
      at('r2', 'problemsResolved', 90, 30),
      at('r3', 'problemsCollected', 50, 10),
      at('r3', 'problemsResolved', 80, 30),
    ];
    const { pairs, unpaired } = pairProblems(figures);
    expect(pairs).toEqual([]);
    expect(unpaired).toHaveLength(4);
  });

  it('takes a collected count stated right after the resolved one in the same clause, not one paragraphs later', () => {
    const sameClause = [at('r1', 'problemsResolved', 1902, 100), at('r1', 'problemsCollected', 2308, 115)];
    expect(values(pairProblems(sameClause).pairs)).toEqual([[2308, 1902]]);
    const farAfter = [at('r1', 'problemsResolved', 9, 100), at('r1', 'problemsCollected', 119000, 420)];
    expect(pairProblems(farAfter).pairs).toEqual([]);
  });

  it('ignores figures of other metrics', () => {
    expect(pairProblems([fig('r1', '540100', { metric: 'sessions', value: 5 })])).toEqual({ pairs: [], unpaired: [] });
  });
});
