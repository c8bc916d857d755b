import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { figureSchema } from '@/lib/figures-schema';
import type { Metric } from '@/lib/metrics';

/** The format of ../shared/spec/seed-gold.json and __heldout__/gold.json: what a careful reader finds. */
const goldFigureSchema = z.object({
  metric: figureSchema.shape.metric,
  value: z.number(),
  qualifier: figureSchema.shape.qualifier,
  status: figureSchema.shape.status,
  quote: z.string(),
  /** A figure a reader may or may not count: finding it counts neither way. */
  optional: z.boolean(),
  /** Other metrics an optional figure may be given without counting as wrong. */
  alt: z.array(figureSchema.shape.metric),
});

const goldReportSchema = z.object({
  file: z.string(),
  region: z.object({ code: z.string(), name: z.string() }),
  reportingUnit: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: z.string().nullable(),
  title: z.string().nullable(),
  figures: z.array(goldFigureSchema),
});

export type GoldReport = z.infer<typeof goldReportSchema>;
export type GoldFigure = z.infer<typeof goldFigureSchema> & { file: string };

export function loadGold(path: string): GoldReport[] {
  return z.array(goldReportSchema).parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** What scoring needs of a figure the pipeline found. */
export interface FoundFigure {
  file: string;
  metric: Metric;
  value: number;
  quote: string;
}

export interface GoldScore<F extends FoundFigure> {
  /** Required gold found, over all required gold (1 where there is none). */
  recall: number;
  /** Found figures that are required gold, over those plus the false positives (1 where nothing was found). */
  precision: number;
  truePositives: { found: F; gold: GoldFigure }[];
  falsePositives: F[];
  misses: GoldFigure[];
}

const overlaps = (g: GoldFigure, f: FoundFigure) => f.quote.includes(g.quote) || g.quote.includes(f.quote);
const isRequired = (g: GoldFigure, f: FoundFigure) => g.file === f.file && g.metric === f.metric && g.value === f.value;
const isAllowed = (g: GoldFigure, f: FoundFigure) =>
  g.file === f.file && g.value === f.value && [g.metric, ...g.alt].includes(f.metric);

/**
 * Scores found figures by (file, metric, value) against required gold, each gold figure matched at most once;
 * a figure matching optional gold (by its metric or an alt) counts neither way. Where a report states the same
 * value twice, the gold figure whose quote overlaps the found one is preferred, so a caller comparing qualifier
 * and status compares them with the right sentence.
 */
export function scoreAgainstGold<F extends FoundFigure>(
  gold: readonly GoldReport[],
  found: readonly F[],
): GoldScore<F> {
  const all = gold.flatMap((r) => r.figures.map((f): GoldFigure => ({ file: r.file, ...f })));
  const remaining = all.filter((g) => !g.optional);
  const optional = all.filter((g) => g.optional);
  const truePositives: GoldScore<F>['truePositives'] = [];
  const falsePositives: F[] = [];
  for (const f of found) {
    let i = remaining.findIndex((g) => isRequired(g, f) && overlaps(g, f));
    if (i < 0 && optional.some((g) => isAllowed(g, f) && overlaps(g, f))) continue;
    if (i < 0) i = remaining.findIndex((g) => isRequired(g, f));
    if (i >= 0) {
      truePositives.push({ found: f, gold: remaining[i]! });
      remaining.splice(i, 1);
    } else if (!optional.some((g) => isAllowed(g, f))) {
      falsePositives.push(f);
    }
  }
  const required = truePositives.length + remaining.length;
  const reported = truePositives.length + falsePositives.length;
  return {
    recall: required === 0 ? 1 : truePositives.length / required,
    precision: reported === 0 ? 1 : truePositives.length / reported,
    truePositives,
    falsePositives,
    misses: remaining,
  };
}
