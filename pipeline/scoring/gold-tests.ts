import { expect, it } from 'vitest';
import { describeRun, type GoldRun } from './run-against-gold';

/**
 * The checks every gold set gets, for a test file's describe block: every report read, recall and precision at
 * least their floors, qualifier and status of every figure found right, each report's region, and every quote
 * exactly where its offsets point. Prints the score and each miss first, so a failing run says what went wrong.
 */
export function goldTests(label: string, run: GoldRun, floors: { recall: number; precision: number }): void {
  const { gold, input, dataset, score } = run;
  for (const line of describeRun(label, run)) console.log(line);

  it('reads every report', () => {
    expect(input.problems).toEqual([]);
    expect(dataset.reports.map((r) => r.file)).toEqual(gold.map((g) => g.file));
  });

  it(`finds at least ${floors.recall} of the figures a careful reader finds (recall)`, () => {
    expect(score.recall).toBeGreaterThanOrEqual(floors.recall);
  });

  it(`finds few figures that are not there (precision ≥ ${floors.precision})`, () => {
    expect(score.precision).toBeGreaterThanOrEqual(floors.precision);
  });

  it('reads the qualifier (余/近/以上) and status (将/计划) of the figures it finds', () => {
    expect(run.qualifierRight).toBe(score.truePositives.length);
    expect(run.statusRight).toBe(score.truePositives.length);
  });

  it.each(gold.map((g) => [g.file, g.region.code] as const))('names the region of %s as %s', (file, code) => {
    expect(dataset.reports.find((r) => r.file === file)?.regionCode).toBe(code);
  });

  it('quotes every figure exactly where its offsets point in the stored text', () => {
    const texts = new Map(input.reports.map((r) => [r.file, r.text]));
    for (const f of run.found) expect(texts.get(f.file)?.slice(f.start, f.end)).toBe(f.quote);
  });
}
