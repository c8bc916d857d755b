import type { Figure } from '@/lib/figures-schema';
import { pairProblems } from '@/lib/problem-pairs';
import { sumFigures, type QualifiedSum } from '@/lib/sum-figures';
import { onCard, type HeadlineMetric } from '@/features/headline/headline-totals';

/**
 * What each card adds up, figure by figure, so an official can check a total against its reports.
 * Inputs are the figures under the filters; plans are told apart here because the cards leave them out.
 */

/** Largest first: the figures that make most of a total lead; equal values keep the data file's order. */
function byValue(figures: readonly Figure[]): Figure[] {
  return figures.slice().sort((a, b) => b.value - a.value);
}

export interface CardSources {
  /** The figures summed into the card, largest first. */
  figures: Figure[];
  sum: QualifiedSum | null;
  /** Planned figures of the metric under the same filters: listed nowhere on the card, only counted here. */
  plannedLeftOut: number;
}

/** `counted` are the figures the card sums (countedFigures); `planned` the plans under the same filters. */
export function cardSources(
  counted: readonly Figure[],
  planned: readonly Figure[],
  metric: HeadlineMetric,
): CardSources {
  const figures = byValue(counted.filter((f) => onCard(metric, f)));
  return {
    figures,
    sum: sumFigures(figures),
    plannedLeftOut: planned.filter((f) => onCard(metric, f)).length,
  };
}

export interface RateRegion {
  regionCode: string;
  /** The collected and resolved figures its reports state as pairs (pairProblems): the rate's parts. */
  collected: Figure[];
  resolved: Figure[];
  /** Its other problem figures, which no pair takes: listed, but not in the rate. */
  unpaired: Figure[];
}

export interface RateSources {
  /** Regions with at least one pair, the only ones the rate divides; in the order they first appear in the data. */
  used: RateRegion[];
  /** Regions with problem figures but no pair: only collected, only resolved, or both without a partner in one report. */
  leftOut: { regionCode: string; only: 'problemsCollected' | 'problemsResolved' | 'unpaired' }[];
}

/** Collected and resolved problems grouped by region, each region's figures largest first. */
export function rateSources(counted: readonly Figure[]): RateSources {
  const { pairs } = pairProblems(counted);
  const paired = new Set(pairs.flatMap((p) => [p.collected, p.resolved]));
  const byRegion = new Map<string, RateRegion>();
  for (const f of counted) {
    if ((f.metric !== 'problemsCollected' && f.metric !== 'problemsResolved') || f.regionCode === null) continue;
    let region = byRegion.get(f.regionCode);
    if (!region) {
      region = { regionCode: f.regionCode, collected: [], resolved: [], unpaired: [] };
      byRegion.set(f.regionCode, region);
    }
    if (!paired.has(f)) region.unpaired.push(f);
    else (f.metric === 'problemsCollected' ? region.collected : region.resolved).push(f);
  }
  const used: RateRegion[] = [];
  const leftOut: RateSources['leftOut'] = [];
  for (const r of byRegion.values()) {
    if (r.collected.length) {
      used.push({
        ...r,
        collected: byValue(r.collected),
        resolved: byValue(r.resolved),
        unpaired: byValue(r.unpaired),
      });
      continue;
    }
    const metrics = new Set(r.unpaired.map((f) => f.metric));
    const only =
      metrics.size > 1
        ? 'unpaired'
        : r.unpaired[0]?.metric === 'problemsResolved'
          ? 'problemsResolved'
          : 'problemsCollected';
    leftOut.push({ regionCode: r.regionCode, only });
  }
  return { used, leftOut };
}
