import type { Figure, Qualifier } from '@/lib/figures-schema';
import type { Metric } from '@/lib/metrics';
import { sumFigures, type QualifiedSum } from '@/lib/sum-figures';

export const HEADLINE_METRICS = [
  'sessions',
  'participants',
  'problemsCollected',
  'problemsResolved',
] as const satisfies readonly Metric[];
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

export interface HeadlineTotal {
  sum: QualifiedSum | null;
  /** How many regions contribute a figure. */
  regions: number;
}

export interface ResolutionRate {
  value: number;
  /** Approximate where any part is not exact: a ratio of lower bounds is neither a lower nor an upper bound. */
  qualifier: Qualifier;
  regions: number;
}

export interface Headline {
  totals: Record<HeadlineMetric, HeadlineTotal>;
  rate: ResolutionRate | null;
}

/** Cards for figures already under the filters and counted (done). */
export function computeHeadline(figures: readonly Figure[]): Headline {
  const totals = Object.fromEntries(
    HEADLINE_METRICS.map((metric) => {
      const list = figures.filter((f) => f.metric === metric);
      return [metric, { sum: sumFigures(list), regions: new Set(list.map((f) => f.regionCode)).size }];
    }),
  ) as Record<HeadlineMetric, HeadlineTotal>;
  return { totals, rate: resolutionRate(figures) };
}

/** Resolved ÷ collected over the regions that report both, so one region's resolutions never divide another's problems. */
export function resolutionRate(figures: readonly Figure[]): ResolutionRate | null {
  const collected = new Map<string, Figure[]>();
  const resolved = new Map<string, Figure[]>();
  for (const f of figures) {
    const target = f.metric === 'problemsCollected' ? collected : f.metric === 'problemsResolved' ? resolved : null;
    if (!target) continue;
    const list = target.get(f.regionCode) ?? [];
    list.push(f);
    target.set(f.regionCode, list);
  }
  const both = [...collected.keys()].filter((code) => resolved.has(code));
  const c = sumFigures(both.flatMap((code) => collected.get(code) ?? []));
  const r = sumFigures(both.flatMap((code) => resolved.get(code) ?? []));
  if (!c || !r || c.value === 0) return null;
  const exact = c.qualifier === 'exact' && r.qualifier === 'exact';
  return { value: r.value / c.value, qualifier: exact ? 'exact' : 'approx', regions: both.length };
}
