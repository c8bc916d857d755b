import { describe, expect, it } from 'vitest';
import { countedFigures } from '@/lib/counted-figures';
import { NO_FILTERS as noFilters, makeFixture } from '@/lib/testing/dataset-fixture';

describe('countedFigures', () => {
  it('leaves planned figures out', () => {
    const { data, index } = makeFixture();
    const figures = countedFigures(data, index, noFilters);
    expect(figures.some((f) => f.status === 'planned')).toBe(false);
    expect(figures).toHaveLength(data.figures.length - 1);
  });
});
