import { describe, expect, it } from 'vitest';
import {
  dateOfOption,
  dateOptions,
  invertsRange,
  monthEnd,
  monthLabel,
  monthsOf,
} from '@/features/filters/month-options';

describe('month options', () => {
  it('lists each month that a date falls in, once and in order', () => {
    expect(monthsOf(['2021-10-22', null, '2021-06-07', '2021-06-30', '2022-01-01'])).toEqual([
      '2021-06',
      '2021-10',
      '2022-01',
    ]);
  });

  it('ends a month on its last day, leap years included', () => {
    expect(monthEnd('2021-06')).toBe('2021-06-30');
    expect(monthEnd('2021-12')).toBe('2021-12-31');
    expect(monthEnd('2021-02')).toBe('2021-02-28');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
  });

  it('names months in the reader’s language, with the year', () => {
    expect(monthLabel('2021-06', 'zh')).toBe('2021年6月');
    expect(monthLabel('2021-06', 'en')).toBe('Jun 2021');
  });

  it('maps a chosen month to its first day as a start and its last day as an end', () => {
    expect(dateOfOption('2021-06', 'from')).toBe('2021-06-01');
    expect(dateOfOption('2021-06', 'to')).toBe('2021-06-30');
    expect(dateOfOption('', 'to')).toBeNull();
  });

  it('selects the month of a month-edge date, and keeps any other date as an option of its own', () => {
    const months = ['2021-06', '2021-10'];
    expect(dateOptions(months, '2021-06-01', 'from', 'zh').value).toBe('2021-06');
    expect(dateOptions(months, '2021-10-31', 'to', 'zh').value).toBe('2021-10');
    const mid = dateOptions(months, '2021-06-15', 'from', 'zh');
    expect(mid.value).toBe('2021-06-15');
    expect(mid.options.map((o) => o.value)).toEqual(['2021-06', '2021-06-15', '2021-10']);
    expect(dateOfOption(mid.value, 'from')).toBe('2021-06-15');
    expect(dateOptions(months, null, 'to', 'en')).toEqual({
      options: [
        { value: '2021-06', label: 'Jun 2021' },
        { value: '2021-10', label: 'Oct 2021' },
      ],
      value: '',
    });
  });
});

describe('invertsRange', () => {
  it('refuses a start after the end and an end before the start', () => {
    expect(invertsRange('from', '2021-10-01', '2021-06-30')).toBe(true);
    expect(invertsRange('to', '2021-05-31', '2021-06-01')).toBe(true);
  });
  it('accepts a range of one day, an open end, and clearing an end', () => {
    expect(invertsRange('from', '2021-06-07', '2021-06-07')).toBe(false);
    expect(invertsRange('to', '2021-05-31', null)).toBe(false);
    expect(invertsRange('from', null, '2021-06-01')).toBe(false);
  });
});
