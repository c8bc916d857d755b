import { describe, expect, it } from 'vitest';
import { countedFigures } from '@/lib/counted-figures';
import { makeFixture } from '@/lib/testing/dataset-fixture';

const noFilters = { regions: [], categories: [], dateFrom: null, dateTo: null };

describe('countedFigures', () => {
  it('leaves planned figures out', () => {
    const { data, index } = makeFixture();
    const figures = countedFigures(data, index, noFilters);
    expect(figures.some((f) => f.status === 'planned')).toBe(false);
    expect(figures).toHaveLength(data.figures.length - 1);
  });
});
