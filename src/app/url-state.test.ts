import { describe, expect, it } from 'vitest';
import { onlySearchDiffers, parseQuery, toQuery, type UrlView } from '@/app/url-state';

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

describe('parseQuery: level, measure, undated, table sort and search', () => {
  it('reads each, with defaults for what is absent', () => {
    const { view, issues } = parseQuery(
      '?level=district&measure=people&from=2021-06-01&undated=include&sort=value&dir=desc&q=%E5%85%9A%E5%8F%B2%20%E5%AE%A3%E8%AE%B2',
    );
    expect(issues).toEqual([]);
    expect(view).toMatchObject({
      level: 'district',
      measure: 'people',
      dateFrom: '2021-06-01',
      includeUndated: true,
      tableSort: { key: 'value', direction: 'desc' },
      tableSearch: '党史 宣讲',
    });
    expect(parseQuery('').view).toMatchObject({
      level: null,
      measure: 'personTimes',
      includeUndated: false,
      tableSort: null,
      tableSearch: '',
    });
  });

  it('sorts ascending when the address names a column but no direction', () => {
    expect(parseQuery('?sort=date').view.tableSort).toEqual({ key: 'date', direction: 'asc' });
  });

  it('reads a plus in the search as a space, as forms write it', () => {
    expect(parseQuery('?q=a+b').view.tableSearch).toBe('a b');
  });

  it('ignores malformed values and reports each', () => {
    const { view, issues } = parseQuery('?level=county&measure=heads&undated=yes&sort=colour&dir=down&q=');
    expect(view).toMatchObject({
      level: null,
      measure: 'personTimes',
      includeUndated: false,
      tableSort: null,
      tableSearch: '',
    });
    expect(issues).toEqual([
      { param: 'undated', value: 'yes' },
      { param: 'measure', value: 'heads' },
      { param: 'level', value: 'county' },
      { param: 'dir', value: 'down' },
      { param: 'sort', value: 'colour' },
    ]);
  });

  it('reports a direction that has no column to sort', () => {
    const { view, issues } = parseQuery('?dir=desc');
    expect(view.tableSort).toBeNull();
    expect(issues).toEqual([{ param: 'dir', value: 'desc' }]);
  });

  it('keeps a valid column when only the direction is malformed', () => {
    const { view, issues } = parseQuery('?sort=region&dir=sideways');
    expect(view.tableSort).toEqual({ key: 'region', direction: 'asc' });
    expect(issues).toEqual([{ param: 'dir', value: 'sideways' }]);
  });
});

describe('parseQuery: a reversed date range', () => {
  it('keeps the start, drops the end and says why', () => {
    const { view, issues } = parseQuery('?from=2021-10-01&to=2021-06-01');
    expect(view).toMatchObject({ dateFrom: '2021-10-01', dateTo: null });
    expect(issues).toEqual([{ param: 'to', value: '2021-06-01', reason: 'reversedRange' }]);
  });

  it('accepts a range of one day', () => {
    const { view, issues } = parseQuery('?from=2021-06-07&to=2021-06-07');
    expect(view).toMatchObject({ dateFrom: '2021-06-07', dateTo: '2021-06-07' });
    expect(issues).toEqual([]);
  });

  it('does not call a range reversed when one end is malformed', () => {
    const { view, issues } = parseQuery('?from=2021-10-01&to=2021-02-30');
    expect(view).toMatchObject({ dateFrom: '2021-10-01', dateTo: null });
    expect(issues).toEqual([{ param: 'to', value: '2021-02-30' }]);
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

describe('toQuery: every choice of the view', () => {
  const full: UrlView = {
    ...parseQuery('').view,
    lang: 'en',
    regions: ['420100'],
    metric: 'participants',
    measure: 'people',
    level: 'city',
    categories: ['study'],
    dateFrom: '2021-06-01',
    dateTo: '2021-10-31',
    includeUndated: true,
    tableSort: { key: 'value', direction: 'desc' },
    tableSearch: "党史 'a&b'+c=100%",
  };

  it('writes each parameter and reads it back unchanged', () => {
    const query = toQuery(full);
    expect(query).toBe(
      'lang=en&regions=420100&metric=participants&measure=people&level=city&categories=study' +
        '&from=2021-06-01&to=2021-10-31&undated=include&sort=value&dir=desc' +
        '&q=%E5%85%9A%E5%8F%B2%20%27a%26b%27%2Bc%3D100%25',
    );
    expect(parseQuery(`?${query}`)).toEqual({ view: full, issues: [] });
  });

  it('round-trips each level, measure and sort direction on its own', () => {
    const base = parseQuery('').view;
    const views: UrlView[] = [
      ...(['all', 'province', 'city', 'district'] as const).map((level) => ({ ...base, level })),
      { ...base, measure: 'people' },
      { ...base, tableSort: { key: 'date', direction: 'asc' } },
      { ...base, tableSort: { key: 'quote', direction: 'desc' } },
      { ...base, tableSearch: '  spaces  ' },
    ];
    for (const view of views) expect(parseQuery(`?${toQuery(view)}`).view).toEqual(view);
  });

  it('leaves the defaults out: no level, person-times, undated excluded, no sort, no search', () => {
    expect(toQuery({ ...parseQuery('').view, measure: 'personTimes', level: null })).toBe('');
  });
});

describe('onlySearchDiffers', () => {
  const base = parseQuery('').view;
  it('is true for a change of the search alone', () => {
    expect(onlySearchDiffers({ ...base, tableSearch: 'ab' }, { ...base, tableSearch: 'a' })).toBe(true);
  });
  it('is false when something else changed too, or nothing did', () => {
    expect(onlySearchDiffers({ ...base, tableSearch: 'ab', level: 'city' }, { ...base, tableSearch: 'a' })).toBe(false);
    expect(onlySearchDiffers(base, { ...base })).toBe(false);
  });
});
