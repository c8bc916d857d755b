import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeRun, runAgainstGold } from './scoring/run-against-gold';

/** The five seed reports and what a careful reader finds in them (../shared/spec/seed-gold.json). */
const seeds = fileURLToPath(new URL('../../shared/seeds', import.meta.url));
const goldPath = fileURLToPath(new URL('../../shared/spec/seed-gold.json', import.meta.url));

const run = runAgainstGold(seeds, goldPath);
const { gold, input, dataset, score } = run;

describe('pipeline on the seed reports against the gold annotations', () => {
  for (const line of describeRun('gold', run)) console.log(line);

  it('reads every seed', () => {
    expect(input.problems).toEqual([]);
    expect(dataset.reports.map((r) => r.file)).toEqual(gold.map((g) => g.file));
  });

  it('finds at least 95% of the figures a careful reader finds (recall)', () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds few figures that are not there (precision)', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the qualifier and status of the figures it finds', () => {
    expect(run.qualifierRight).toBe(score.truePositives.length);
    expect(run.statusRight).toBe(score.truePositives.length);
  });

  it.each(gold.map((g) => [g.file, g.region.code] as const))('names the region of %s as %s', (file, code) => {
    expect(dataset.reports.find((r) => r.file === file)?.regionCode).toBe(code);
  });

  it.each(gold.map((g) => [g.file, g] as const))('reads the title, unit, publisher and date of %s', (file, g) => {
    const report = dataset.reports.find((r) => r.file === file);
    expect({
      title: report?.title,
      reportingUnit: report?.reportingUnit,
      publisher: report?.publisher,
      publishedAt: report?.publishedAt,
    }).toEqual({ title: g.title, reportingUnit: g.reportingUnit, publisher: g.publisher, publishedAt: g.publishedAt });
  });

  it('quotes every figure exactly where its offsets point in the stored text', () => {
    const texts = new Map(input.reports.map((r) => [r.file, r.text]));
    for (const f of run.found) expect(texts.get(f.file)?.slice(f.start, f.end)).toBe(f.quote);
  });
});
