import { describe, expect, it } from 'vitest';
import { isCounted } from '@/lib/counted-figures';
import { fig, makeFixture } from '@/lib/testing/dataset-fixture';
import { cardSources, rateSources } from '@/features/headline/headline-sources';
import { computeHeadline, HEADLINE_METRICS } from '@/features/headline/headline-totals';

const { data } = makeFixture();
const counted = data.figures.filter(isCounted);
const planned = data.figures.filter((f) => !isCounted(f));

describe('cardSources', () => {
  it('lists the done figures of the metric, largest first, leaving plans out but counting them', () => {
    const s = cardSources(counted, planned, 'sessions');
    expect(s.figures.map((f) => f.value)).toEqual([28000, 1145, 1000, 627, 30, 5]);
    expect(s.figures.every((f) => f.metric === 'sessions' && f.status === 'done')).toBe(true);
    expect(s.plannedLeftOut).toBe(1);
    expect(s.figures.some((f) => f.value === 500)).toBe(false);
  });

  it('adds up to what the card shows, for every card', () => {
    const headline = computeHeadline(counted);
    for (const metric of HEADLINE_METRICS) {
      const s = cardSources(counted, planned, metric);
      expect(s.sum, metric).toEqual(headline.totals[metric].sum);
      expect(new Set(s.figures.map((f) => f.regionCode)).size, metric).toBe(headline.totals[metric].regions);
    }
  });

  it('keeps the data file order between equal values', () => {
    const figures = [
      fig('r', '110100', { value: 7, quote: 'first' }),
      fig('r', '110100', { value: 9, quote: 'largest' }),
      fig('r', '120100', { value: 7, quote: 'second' }),
    ];
    expect(cardSources(figures, [], 'sessions').figures.map((f) => f.quote)).toEqual(['largest', 'first', 'second']);
  });

  it('lists nothing and sums to nothing, not zero, where nothing is reported', () => {
    expect(cardSources([], planned, 'people')).toEqual({ figures: [], sum: null, plannedLeftOut: 0 });
  });
});

describe('rateSources', () => {
  it('uses only regions reporting both and names the ones left out', () => {
    const s = rateSources(counted);
    expect(s.used.map((r) => r.regionCode)).toEqual(['540100']);
    expect(s.used[0]?.collected.map((f) => f.value)).toEqual([2308]);
    expect(s.used[0]?.resolved.map((f) => f.value)).toEqual([1902]);
    // Caidian reports resolved problems but none collected.
    expect(s.leftOut).toEqual([{ regionCode: '420114', only: 'problemsResolved' }]);
  });

  it('groups the pairs per region, largest first, in the order the regions first appear; other problems stay out', () => {
    const at = (
      reportId: string,
      regionCode: string,
      metric: 'problemsCollected' | 'problemsResolved',
      value: number,
      start: number,
    ) => fig(reportId, regionCode, { metric, value, start, end: start + 6 });
    const figures = [
      at('r2', '120100', 'problemsResolved', 3, 30),
      at('r1', '110100', 'problemsCollected', 10, 10),
      at('r2', '120100', 'problemsCollected', 4, 10),
      at('r1', '110100', 'problemsResolved', 6, 30),
      at('r1', '110100', 'problemsCollected', 3, 100),
      at('r1', '110100', 'problemsResolved', 2, 120),
      // A self-examination count with no resolution stated against it (拉萨's 检视问题).
      at('r1', '110100', 'problemsCollected', 500, 400),
      at('r3', '130100', 'problemsCollected', 99, 10),
    ];
    const s = rateSources(figures);
    expect(
      s.used.map((r) => [
        r.regionCode,
        r.collected.map((f) => f.value),
        r.resolved.map((f) => f.value),
        r.unpaired.map((f) => f.value),
      ]),
    ).toEqual([
      ['120100', [4], [3], []],
      ['110100', [10, 3], [6, 2], [500]],
    ]);
    expect(s.leftOut).toEqual([{ regionCode: '130100', only: 'problemsCollected' }]);
    expect(computeHeadline(figures).rate).toEqual({ value: 11 / 17, qualifier: 'exact', regions: 2 });
  });
});
