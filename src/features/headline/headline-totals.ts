import type { Figure, Qualifier } from '@/lib/figures-schema';
import { MEASURE_LABELS, METRIC_LABELS, metricLabel, type Metric } from '@/lib/metrics';
import { sumFigures, type QualifiedSum } from '@/lib/sum-figures';
import { pairProblems } from '@/lib/problem-pairs';

/** The cards: participants twice, person-times and people, which are never one number (figures.md). */
export const HEADLINE_METRICS = ['sessions', 'personTimes', 'people', 'problemsCollected', 'problemsResolved'] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

/** Whether a figure is one a card adds up. */
export function onCard(card: HeadlineMetric, f: Pick<Figure, 'metric' | 'measure'>): boolean {
  if (card === 'personTimes' || card === 'people') return f.metric === 'participants' && f.measure === card;
  return f.metric === card;
}

/** A card's name and unit word. */
export function cardLabel(card: HeadlineMetric): { zh: string; en: string; unitZh: string; unitEn: string } {
  if (card === 'personTimes' || card === 'people') {
    const measure = MEASURE_LABELS[card];
    return {
      zh: metricLabel('participants', card, 'zh'),
      en: metricLabel('participants', card, 'en'),
      unitZh: measure.unitZh,
      unitEn: measure.unitEn,
    };
  }
  return METRIC_LABELS[card satisfies Metric];
}

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
      const list = figures.filter((f) => onCard(metric, f));
      return [metric, { sum: sumFigures(list), regions: new Set(list.map((f) => f.regionCode)).size }];
    }),
  ) as Record<HeadlineMetric, HeadlineTotal>;
  return { totals, rate: resolutionRate(figures) };
}

/**
 * Resolved ÷ collected over the pairs reports state (pairProblems), so neither another region's nor
 * another kind of problem (检视问题 beside 收集问题…已办结…) divides a region's resolutions.
 */
export function resolutionRate(figures: readonly Figure[]): ResolutionRate | null {
  // The pairs the rate card's source list groups (rateSources), so the list and the rate cannot disagree;
  // read straight from the pairing because the card needs only their sums, not the list's sorted groups.
  const { pairs } = pairProblems(figures);
  const c = sumFigures(pairs.map((p) => p.collected));
  const r = sumFigures(pairs.map((p) => p.resolved));
  if (!c || !r || c.value === 0) return null;
  const exact = c.qualifier === 'exact' && r.qualifier === 'exact';
  // A pair is stated in one report, so its two figures share a region.
  const regions = new Set(pairs.map((p) => p.collected.regionCode)).size;
  return { value: r.value / c.value, qualifier: exact ? 'exact' : 'approx', regions };
}
