import { describe, expect, it } from 'vitest';
import type { Metric } from '@/lib/metrics';
import { type GoldReport, scoreAgainstGold } from './score-against-gold';

type Figure = GoldReport['figures'][number];

const figure = (metric: Metric, value: number, quote: string, extra: Partial<Figure> = {}): Figure => ({
  metric,
  value,
  qualifier: 'exact',
  status: 'done',
  quote,
  optional: false,
  alt: [],
  ...extra,
});

const report = (file: string, figures: Figure[]): GoldReport => ({
  file,
  region: { code: '420114', name: '蔡甸区' },
  reportingUnit: null,
  publisher: null,
  publishedAt: null,
  title: null,
  figures,
});

const gold = [
  report('a.txt', [
    figure('sessions', 100, '开展宣讲100场'),
    figure('participants', 2000, '参与2000人次'),
    figure('other', 3, '3个督导组', { optional: true, alt: ['sessions'] }),
  ]),
  report('b.txt', [figure('sessions', 5, '举办读书班5期')]),
];

describe('scoreAgainstGold', () => {
  it('counts required gold found, missed and figures that are not in the gold', () => {
    const found = [
      { file: 'a.txt', metric: 'sessions' as const, value: 100, quote: '共开展宣讲100场' },
      { file: 'a.txt', metric: 'materials' as const, value: 7, quote: '发放7本' },
      { file: 'b.txt', metric: 'sessions' as const, value: 5, quote: '举办读书班5期' },
    ];
    const score = scoreAgainstGold(gold, found);
    expect(score.truePositives.map((t) => [t.found.value, t.gold.quote])).toEqual([
      [100, '开展宣讲100场'],
      [5, '举办读书班5期'],
    ]);
    expect(score.misses.map((m) => [m.file, m.value])).toEqual([['a.txt', 2000]]);
    expect(score.falsePositives.map((f) => f.value)).toEqual([7]);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.precision).toBeCloseTo(2 / 3);
  });

  it('matches by file, metric and value: the same value in another report or metric is no match', () => {
    const score = scoreAgainstGold(gold, [
      { file: 'b.txt', metric: 'sessions', value: 100, quote: '开展宣讲100场' },
      { file: 'a.txt', metric: 'participants', value: 100, quote: '开展宣讲100场' },
    ]);
    expect(score.truePositives).toEqual([]);
    expect(score.falsePositives).toHaveLength(2);
  });

  it('counts a figure matching optional gold, by its metric or an alt, neither way', () => {
    const score = scoreAgainstGold(gold, [
      { file: 'a.txt', metric: 'other', value: 3, quote: '3个督导组' },
      { file: 'a.txt', metric: 'sessions', value: 3, quote: '组建3个督导组' },
      { file: 'a.txt', metric: 'materials', value: 3, quote: '3个督导组' },
    ]);
    expect(score.truePositives).toEqual([]);
    expect(score.falsePositives.map((f) => f.metric)).toEqual(['materials']);
    expect(score.misses).toHaveLength(3);
  });

  it('matches each gold figure once, preferring the one whose quote overlaps', () => {
    const twice = [
      report('c.txt', [
        figure('participants', 500, '培训500人', { qualifier: 'exact' }),
        figure('participants', 500, '近500人参加', { qualifier: 'approx' }),
      ]),
    ];
    const score = scoreAgainstGold(twice, [
      { file: 'c.txt', metric: 'participants', value: 500, quote: '近500人参加' },
      { file: 'c.txt', metric: 'participants', value: 500, quote: '培训500人' },
      { file: 'c.txt', metric: 'participants', value: 500, quote: '又500人' },
    ]);
    expect(score.truePositives.map((t) => [t.found.quote, t.gold.qualifier])).toEqual([
      ['近500人参加', 'approx'],
      ['培训500人', 'exact'],
    ]);
    expect(score.falsePositives.map((f) => f.quote)).toEqual(['又500人']);
    expect(score.recall).toBe(1);
  });

  it('falls back to a required figure of the same value whose quote differs', () => {
    const score = scoreAgainstGold(gold, [
      { file: 'a.txt', metric: 'participants', value: 2000, quote: '吸引群众2000人次参与' },
    ]);
    expect(score.truePositives).toHaveLength(1);
    expect(score.precision).toBe(1);
  });
});
