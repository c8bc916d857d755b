import { describe, expect, it } from 'vitest';
import { fill } from '@/lib/i18n';

describe('fill', () => {
  it('puts every value in its placeholder, numbers too', () => {
    expect(fill('{city}的{n}个区县', { city: '武汉市', n: 3 })).toBe('武汉市的3个区县');
    expect(fill('{n} of {n}', { n: 0 })).toBe('0 of 0');
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(fill('数据截至 {date}', {})).toBe('数据截至 {date}');
  });
});
