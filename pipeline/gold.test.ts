import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { METRICS, type Metric } from '@/lib/metrics';
import { buildDataset } from './build-dataset';
import { readInputDir } from './io/read-input-dir';

/** The five seed reports and what a careful reader finds in them (../shared/spec/seed-gold.json). */
const seeds = fileURLToPath(new URL('../../shared/seeds', import.meta.url));
const goldPath = fileURLToPath(new URL('../../shared/spec/seed-gold.json', import.meta.url));

const goldSchema = z.array(
  z.object({
    file: z.string(),
    region: z.object({ code: z.string() }),
    reportingUnit: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedAt: z.string().nullable(),
    title: z.string().nullable(),
    figures: z.array(
      z.object({
        metric: z.enum(METRICS),
        value: z.number(),
        quote: z.string(),
        optional: z.boolean(),
        alt: z.array(z.enum(METRICS)),
      }),
    ),
  }),
);

const gold = goldSchema.parse(JSON.parse(readFileSync(goldPath, 'utf8')));
const input = readInputDir(seeds);
// No corrections: the gold test measures the rules alone.
const { dataset } = buildDataset({ reports: input.reports });
const fileOf = new Map(dataset.reports.map((r) => [r.id, r.file]));

interface Scored {
  file: string;
  metric: Metric;
  value: number;
  quote: string;
}

function score() {
  const truePositives: Scored[] = [];
  const falsePositives: Scored[] = [];
  const remaining = gold.flatMap((g) => g.figures.filter((f) => !f.optional).map((f) => ({ file: g.file, ...f })));
  const optional = gold.flatMap((g) => g.figures.filter((f) => f.optional).map((f) => ({ file: g.file, ...f })));
  for (const f of dataset.figures) {
    const found: Scored = { file: fileOf.get(f.reportId)!, metric: f.metric, value: f.value, quote: f.quote };
    const i = remaining.findIndex((g) => g.file === found.file && g.metric === f.metric && g.value === f.value);
    if (i >= 0) {
      truePositives.push(found);
      remaining.splice(i, 1);
    } else if (
      !optional.some((g) => g.file === found.file && g.value === f.value && [g.metric, ...g.alt].includes(f.metric))
    ) {
      falsePositives.push(found);
    }
  }
  const misses = remaining;
  const recall = truePositives.length / (truePositives.length + misses.length);
  const precision = truePositives.length / Math.max(1, truePositives.length + falsePositives.length);
  return { recall, precision, misses, falsePositives, truePositives };
}

describe('pipeline on the seed reports against the gold annotations', () => {
  const result = score();
  console.log(
    `gold: recall ${result.recall.toFixed(3)} (${result.truePositives.length}/${result.truePositives.length + result.misses.length}), ` +
      `precision ${result.precision.toFixed(3)} (${result.falsePositives.length} false positives)`,
  );
  for (const m of result.misses) console.log(`  miss: ${m.file} ${m.metric} ${m.value} «${m.quote}»`);
  for (const f of result.falsePositives) console.log(`  false positive: ${f.file} ${f.metric} ${f.value} «${f.quote}»`);

  it('reads every seed', () => {
    expect(input.problems).toEqual([]);
    expect(dataset.reports.map((r) => r.file)).toEqual(gold.map((g) => g.file));
  });

  it('finds at least 95% of the figures a careful reader finds (recall)', () => {
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds few figures that are not there (precision)', () => {
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
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
    for (const f of dataset.figures) {
      expect(texts.get(fileOf.get(f.reportId)!)?.slice(f.start, f.end)).toBe(f.quote);
    }
  });
});
