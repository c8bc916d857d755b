import { describe, expect, it } from 'vitest';
import { sumFigures } from '@/lib/sum-figures';

describe('sumFigures', () => {
  it('returns null for no figures: missing is not zero', () => {
    expect(sumFigures([])).toBeNull();
  });
  it('adds exact figures exactly', () => {
    expect(
      sumFigures([
        { value: 28000, qualifier: 'exact' },
        { value: 361, qualifier: 'exact' },
      ]),
    ).toEqual({
      value: 28361,
      qualifier: 'exact',
      count: 2,
    });
  });
  it('a lower-bound part makes the sum a lower bound', () => {
    expect(
      sumFigures([
        { value: 1, qualifier: 'exact' },
        { value: 4000, qualifier: 'atLeast' },
      ])?.qualifier,
    ).toBe('atLeast');
  });
  it('an approximate part makes the sum approximate, whatever the order', () => {
    const parts = [
      { value: 1, qualifier: 'approx' as const },
      { value: 2, qualifier: 'atLeast' as const },
    ];
    expect(sumFigures(parts)?.qualifier).toBe('approx');
    expect(sumFigures([...parts].reverse())?.qualifier).toBe('approx');
  });
});
