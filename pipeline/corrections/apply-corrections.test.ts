import { describe, expect, it } from 'vitest';
import { type DraftFigure, applyCorrections } from './apply-corrections';
import { correctionsFileSchema, type Correction } from './corrections-schema';

const text = '共开展党史宣讲1145场次,覆盖近260万人次。印发资料5万份。';
const texts = new Map([['a.txt', text]]);
const figure = (quote: string, metric: DraftFigure['metric'], value: number): DraftFigure => ({
  file: 'a.txt',
  metric,
  value,
  qualifier: 'exact',
  unit: '场次',
  activity: '党史宣讲',
  category: 'lecture',
  status: 'done',
  valueText: String(value),
  quote,
  start: text.indexOf(quote),
  end: text.indexOf(quote) + quote.length,
});
const extracted = [
  figure('共开展党史宣讲1145场次', 'sessions', 1145),
  figure('覆盖近260万人次', 'participants', 2600000),
];
const parse = (corrections: unknown[]): Correction[] => correctionsFileSchema.parse({ corrections }).corrections;

describe('applyCorrections', () => {
  it('drops, changes and adds figures, matching by quote and value', () => {
    const { figures, applied, problems } = applyCorrections(
      extracted,
      parse([
        { action: 'drop', file: 'a.txt', quote: '党史宣讲', value: 1145, reason: 'r1' },
        { action: 'change', file: 'a.txt', quote: '260万', value: 2600000, set: { qualifier: 'approx' }, reason: 'r2' },
        {
          ...{ action: 'add', file: 'a.txt', quote: '印发资料5万份', metric: 'materials', value: 50000 },
          ...{ qualifier: 'exact', unit: '份', activity: '印发资料', status: 'done', reason: 'r3' },
        },
      ]),
      texts,
    );
    expect(problems).toEqual([]);
    expect(figures.map((f) => [f.metric, f.value, f.qualifier, f.corrected ?? false])).toEqual([
      ['participants', 2600000, 'approx', true],
      ['materials', 50000, 'exact', true],
    ]);
    const added = figures[1]!;
    expect(text.slice(added.start, added.end)).toBe('印发资料5万份');
    expect(applied.map((a) => [a.action, a.reason])).toEqual([
      ['drop', 'r1'],
      ['change', 'r2'],
      ['add', 'r3'],
    ]);
  });

  it('rejects entries that match nothing, match twice, or add what the rules already find', () => {
    const twice = [...extracted, figure('共开展党史宣讲1145场次', 'other', 1145)];
    const { problems } = applyCorrections(
      twice,
      parse([
        { action: 'drop', file: 'a.txt', quote: '宣讲', value: 7, reason: 'x' },
        { action: 'drop', file: 'a.txt', quote: '宣讲', value: 1145, reason: 'x' },
        {
          action: 'add',
          file: 'a.txt',
          quote: '不在文中',
          metric: 'other',
          value: 1,
          qualifier: 'exact',
          unit: '个',
          activity: 'x',
          status: 'done',
          reason: 'x',
        },
        {
          action: 'add',
          file: 'a.txt',
          quote: '党史宣讲1145场次',
          metric: 'sessions',
          value: 1145,
          qualifier: 'exact',
          unit: '场次',
          activity: 'x',
          status: 'done',
          reason: 'x',
        },
      ]),
      texts,
    );
    expect(problems).toEqual([
      'corrections[0] (drop a.txt "宣讲" 7): matches no extracted figure',
      'corrections[1] (drop a.txt "宣讲" 1145): matches 2 figures; add "metric" or quote more of the clause',
      'corrections[2] (add a.txt "不在文中" 1): quote not found in the report text',
      'corrections[3] (add a.txt "党史宣讲1145场次" 1145): the rules already extract this figure; remove the entry',
    ]);
  });

  it('requires a reason and known fields', () => {
    expect(() => parse([{ action: 'drop', file: 'a.txt', quote: 'x', value: 1 }])).toThrow(/reason/);
    expect(() => parse([{ action: 'drop', file: 'a.txt', quote: 'x', value: 1, reason: 'r', id: 'f-1' }])).toThrow();
  });
});
