import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures, type ExtractedFigure } from '../extract/extract-figures';

type Expected = Pick<ExtractedFigure, 'metric' | 'value' | 'qualifier' | 'unit'> &
  Partial<Pick<ExtractedFigure, 'status' | 'activity' | 'category'>>;

interface Case {
  text: string;
  expected: Expected[];
}

const cases = JSON.parse(readFileSync(new URL('./__golden__/figures.json', import.meta.url), 'utf8')) as Case[];

/** Only the fields a case states are compared, so a case about metrics does not pin activity labels. */
function project(figure: ExtractedFigure, expected: Expected | undefined): Record<string, unknown> {
  const keys = Object.keys(expected ?? { metric: 0, value: 0, qualifier: 0, unit: 0 }) as (keyof Expected)[];
  return Object.fromEntries(keys.map((k) => [k, figure[k]]));
}

describe('extractFigures classifies sentences from many kinds of report (golden cases)', () => {
  it.each(cases)('$text', ({ text, expected }) => {
    const figures = extractFigures(text);
    expect(figures.map((f, i) => project(f, expected[i]))).toEqual(expected);
  });
});
