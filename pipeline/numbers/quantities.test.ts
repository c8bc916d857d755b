import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../extract/candidates';
import { normalise } from '../text/normalise';
import { chineseNumeralValue } from './chinese-numeral';
import { scaleDecimal } from './decimal';
import { readNumber } from './read-number';

interface Case {
  input: string;
  expected: { value: number; qualifier: string; unit: string | null } | null;
}

const cases = JSON.parse(readFileSync(new URL('./__golden__/quantities.json', import.meta.url), 'utf8')) as Case[];

/*
 * The quantity cases go through what the pipeline runs: an expression with a unit must be one candidate figure
 * spanning all of it (or none, where it is no figure); a bare numeral must be read whole by readNumber.
 */
describe('quantity expressions as the pipeline reads them (golden cases)', () => {
  it.each(cases.filter((c) => c.expected?.unit !== null))('$input', ({ input, expected }) => {
    const text = normalise(input.trim()).text;
    const whole = findCandidates(text).filter((c) => c.start === 0 && c.end === text.length);
    expect(whole.map((c) => ({ value: c.value, qualifier: c.qualifier, unit: c.unit }))).toEqual(
      expected ? [expected] : [],
    );
  });

  it.each(cases.filter((c) => c.expected?.unit === null))('$input (a numeral alone)', ({ input, expected }) => {
    const text = normalise(input.trim()).text;
    const read = readNumber(text, 0);
    expect(
      read && { end: read.end, value: read.value, qualifier: read.atLeast ? 'atLeast' : 'exact', unit: null },
    ).toEqual({ end: text.length, ...expected });
  });
});

describe('scaleDecimal', () => {
  it.each([
    ['2', '8', 4, 28000],
    ['11', '9', 4, 119000],
    ['4', '63', 4, 46300],
    ['291', '4', 4, 2914000],
    ['1', '0001', 4, 10001],
    ['0', '005', 4, 50],
    ['4', '23', 0, 4.23],
    ['1', '23456', 2, 123.456],
    ['7', '', 8, 700000000],
  ])('%s.%s × 10^%i = %d', (intDigits, fracDigits, exponent, expected) => {
    expect(scaleDecimal(intDigits, fracDigits, exponent)).toBe(expected);
  });

  it('is exact where floating-point multiplication is not', () => {
    // The reason scaleDecimal exists: the float product is off by rounding.
    expect(0.07 * 10000).not.toBe(700);
    expect(scaleDecimal('0', '07', 4)).toBe(700);
    expect(4.35 * 100).not.toBe(435);
    expect(scaleDecimal('4', '35', 2)).toBe(435);
    for (let hundredths = 1; hundredths < 100000; hundredths += 7) {
      const whole = String(Math.floor(hundredths / 100));
      const frac = String(hundredths % 100).padStart(2, '0');
      expect(scaleDecimal(whole, frac, 4)).toBe(hundredths * 100);
    }
  });
});

describe('chineseNumeralValue', () => {
  const value = (s: string) => chineseNumeralValue(s, 0, s.length);
  it.each([
    ['一', 1],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['两百', 200],
    ['一百二十', 120],
    ['一千零一', 1001],
    ['三万', 30000],
    ['三万五千', 35000],
    ['十万', 100000],
    ['一亿二千万', 120000000],
    ['二〇二一', 2021],
    ['万', 10000],
  ])('%s = %d', (s, expected) => {
    expect(value(s)).toBe(expected);
  });

  it.each(['十四五', '十百', '五十六七', '两三', '三四十'])('%s is not a well-formed numeral', (s) => {
    expect(value(s)).toBeNaN();
  });
});
