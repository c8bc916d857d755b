import type { Figure } from '@/lib/figures-schema';
import { sumFigures, type QualifiedSum } from '@/lib/sum-figures';
import type { HeadlineMetric } from '@/features/headline/headline-totals';

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
  const figures = byValue(counted.filter((f) => f.metric === metric));
  return {
    figures,
    sum: sumFigures(figures),
    plannedLeftOut: planned.filter((f) => f.metric === metric).length,
  };
}

export interface RateRegion {
  regionCode: string;
  collected: Figure[];
  resolved: Figure[];
}

export interface RateSources {
  /** Regions reporting both, the only ones the rate divides; in the order they first appear in the data. */
  used: RateRegion[];
  /** Regions reporting only one of the two: left out, so one region's resolutions never divide another's problems. */
  leftOut: { regionCode: string; only: 'problemsCollected' | 'problemsResolved' }[];
}

/** Collected and resolved problems grouped by region, each region's figures largest first. */
export function rateSources(counted: readonly Figure[]): RateSources {
  const byRegion = new Map<string, RateRegion>();
  for (const f of counted) {
    if (f.metric !== 'problemsCollected' && f.metric !== 'problemsResolved') continue;
    let region = byRegion.get(f.regionCode);
    if (!region) {
      region = { regionCode: f.regionCode, collected: [], resolved: [] };
      byRegion.set(f.regionCode, region);
    }
    (f.metric === 'problemsCollected' ? region.collected : region.resolved).push(f);
  }
  const used: RateRegion[] = [];
  const leftOut: RateSources['leftOut'] = [];
  for (const r of byRegion.values()) {
    if (r.collected.length && r.resolved.length) {
      used.push({ ...r, collected: byValue(r.collected), resolved: byValue(r.resolved) });
    } else {
      leftOut.push({ regionCode: r.regionCode, only: r.collected.length ? 'problemsCollected' : 'problemsResolved' });
    }
  }
  return { used, leftOut };
}
