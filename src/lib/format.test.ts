import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatNumber,
  formatQualified,
  qualifierMark,
  formatPercent,
  formatWritten,
} from '@/lib/format';

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

describe('formatCompact', () => {
  it.each([
    [164398, '16.44万'],
    [28005, '2.8万'],
    [9999, '9999'],
    [9999.5, '9999.5'],
    [12.345, '12.35'],
    [99999, '10万'],
    [123456789, '1.23亿'],
    [99999999, '1亿'],
    [99994999, '9999.5万'],
    [0, '0'],
  ])('zh %d → %s', (value, expected) => {
    expect(formatCompact(value, 'zh')).toBe(expected);
  });

  it.each([
    [164398, '164,398'],
    [999999, '999,999'],
    [6343004, '6.34M'],
    [1500000000, '1.5B'],
    [1772, '1,772'],
  ])('en %d → %s', (value, expected) => {
    expect(formatCompact(value, 'en')).toBe(expected);
  });

  it.each([
    [166455, 'zh', '16.64万'],
    [99999, 'zh', '9.99万'],
    [99999999, 'zh', '9999.99万'],
    [6349999, 'en', '6.34M'],
  ] as const)('rounds a lower bound down: %d (%s) → %s', (value, lang, expected) => {
    expect(formatCompact(value, lang, 'atLeast')).toBe(expected);
  });

  it('rounds exact and approximate values to the nearest', () => {
    expect(formatCompact(166455, 'zh', 'exact')).toBe('16.65万');
    expect(formatCompact(166455, 'zh', 'approx')).toBe('16.65万');
  });

  it('never says more digits than formatNumber does', () => {
    for (const v of [7, 1234, 28000, 2914000, 150000000]) expect(formatCompact(v, 'zh')).toBe(formatNumber(v, 'zh'));
  });
});

describe('formatPercent', () => {
  it('gives one decimal at most, in either language', () => {
    expect(formatPercent(1902 / 2308, 'zh')).toBe('82.4%');
    expect(formatPercent(1902 / 2308, 'en')).toBe('82.4%');
    expect(formatPercent(0.5, 'en')).toBe('50%');
  });
});

describe('formatWritten', () => {
  it('keeps the qualifier words the report wrote', () => {
    expect(formatWritten({ value: 4, qualifier: 'atLeast', valueText: '不少于4' }, 'zh')).toBe('不少于4');
    expect(formatWritten({ value: 2000, qualifier: 'atLeast', valueText: '2000以上' }, 'zh')).toBe('2000以上');
    expect(formatWritten({ value: 30000, qualifier: 'approx', valueText: '近3万' }, 'zh')).toBe('近3万');
    expect(formatWritten({ value: 28000, qualifier: 'atLeast', valueText: '2.8万余' }, 'zh')).toBe('2.8万余');
    expect(formatWritten({ value: 4, qualifier: 'atLeast', valueText: '不少于4' }, 'en')).toBe('4+');
    expect(formatWritten({ value: 1000, qualifier: 'atLeast', valueText: '上千' }, 'zh')).toBe('上千');
  });
});
