import type { Figure, Qualifier } from '@/lib/figures-schema';

export interface QualifiedSum {
  value: number;
  qualifier: Qualifier;
  count: number;
}

/**
 * Sums keep the weakest claim of their parts: any approximate part makes the sum approximate,
 * otherwise any lower-bound part (余/多) makes it a lower bound. Returns null for no figures:
 * missing is not zero.
 */
export function sumFigures(figures: readonly Pick<Figure, 'value' | 'qualifier'>[]): QualifiedSum | null {
  if (figures.length === 0) return null;
  let value = 0;
  let qualifier: Qualifier = 'exact';
  for (const f of figures) {
    value += f.value;
    if (f.qualifier === 'approx') qualifier = 'approx';
    else if (f.qualifier === 'atLeast' && qualifier === 'exact') qualifier = 'atLeast';
  }
  return { value, qualifier, count: figures.length };
}
