import { describe, expect, it } from 'vitest';
import { parseQuery, toQuery } from '@/app/url-state';

describe('parseQuery', () => {
  it('reads lang, regions and metric, with defaults for what is absent', () => {
    const { view, issues } = parseQuery('?lang=en&regions=540100,370100&metric=participants');
    expect(view).toMatchObject({ lang: 'en', regions: ['540100', '370100'], metric: 'participants' });
    expect(view.categories).toEqual([]);
    expect(issues).toEqual([]);
    expect(parseQuery('').view).toMatchObject({ lang: 'zh', regions: [], metric: 'sessions', dateFrom: null });
  });

  it('accepts URL-encoded commas', () => {
    expect(parseQuery('?regions=540100%2C370100').view.regions).toEqual(['540100', '370100']);
  });

  it('ignores unknown and malformed values and reports each', () => {
    const { view, issues } = parseQuery(
      '?lang=fr&metric=other&regions=540100,12ab,999999&categories=study,bogus&from=2021-02-30&to=2021-10-01',
      (code) => code !== '999999',
    );
    expect(view).toMatchObject({
      lang: 'zh',
      metric: 'sessions',
      regions: ['540100'],
      categories: ['study'],
      dateFrom: null,
      dateTo: '2021-10-01',
    });
    expect(issues).toEqual([
      { param: 'lang', value: 'fr' },
      { param: 'metric', value: 'other' },
      { param: 'regions', value: '12ab' },
      { param: 'regions', value: '999999' },
      { param: 'categories', value: 'bogus' },
      { param: 'from', value: '2021-02-30' },
    ]);
  });
});

describe('toQuery', () => {
  it('leaves defaults out and round-trips', () => {
    const base = parseQuery('').view;
    expect(toQuery(base)).toBe('');
    const view = { ...base, lang: 'en' as const, regions: ['540100', '420100'], metric: 'materials' as const };
    const query = toQuery(view);
    expect(query).toBe('lang=en&regions=540100,420100&metric=materials');
    expect(parseQuery(`?${query}`).view).toEqual(view);
  });
});
