import { describe, expect, it } from 'vitest';
import { formatNumber, formatQualified, qualifierMark } from '@/lib/format';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [9999, '9999'],
    [28000, '2.8万'],
    [2914000, '291.4万'],
    [12345, '1.2345万'],
    [150000000, '1.5亿'],
  ])('zh %d → %s', (value, expected) => {
    expect(formatNumber(value, 'zh')).toBe(expected);
  });

  it.each([
    [28000, '28,000'],
    [2914000, '2,914,000'],
    [7, '7'],
  ])('en %d → %s', (value, expected) => {
    expect(formatNumber(value, 'en')).toBe(expected);
  });
});

describe('formatQualified', () => {
  it('keeps 余 and 近 visible in Chinese', () => {
    expect(formatQualified(2000, 'atLeast', 'zh')).toBe('2000余');
    expect(formatQualified(15000, 'approx', 'zh')).toBe('近1.5万');
    expect(formatQualified(1145, 'exact', 'zh')).toBe('1145');
  });
  it('uses + and ~ in English', () => {
    expect(formatQualified(2000, 'atLeast', 'en')).toBe('2,000+');
    expect(formatQualified(15000, 'approx', 'en')).toBe('~15,000');
  });
  it('marks sums', () => {
    expect(qualifierMark('atLeast')).toBe('≥');
    expect(qualifierMark('approx')).toBe('≈');
    expect(qualifierMark('exact')).toBe('');
  });
});
