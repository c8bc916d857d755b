import { describe, expect, it } from 'vitest';
import { makeFixture } from '@/lib/testing/dataset-fixture';
import {
  buildCityOptions,
  filterCityOptions,
  regionMatches,
  selectShown,
  toggleRegion,
} from '@/features/filters/region-options';

describe('buildCityOptions', () => {
  it('lists each city once with its districts', () => {
    const { index } = makeFixture();
    const options = buildCityOptions(index);
    expect(options.map((o) => o.city.code)).toEqual(['330600', '420100', '540100', '610100']);
    expect(options[1]?.districts.map((d) => d.code)).toEqual(['420102', '420114']);
  });
});

describe('search', () => {
  it('matches Chinese and English names, ignoring case and apostrophes', () => {
    const { index } = makeFixture();
    const caidian = index.regionByCode.get('420114')!;
    expect(regionMatches(caidian, '蔡甸')).toBe(true);
    expect(regionMatches(caidian, 'caidian')).toBe(true);
    expect(regionMatches(caidian, '拉萨')).toBe(false);
    expect(regionMatches(index.regionByCode.get('610100')!, 'xian')).toBe(true);
  });

  it('keeps a matching city whole, or only the districts that match', () => {
    const { index } = makeFixture();
    const options = buildCityOptions(index);
    const byCity = filterCityOptions(options, 'Wuhan');
    expect(byCity.map((o) => [o.city.code, o.districts.length, o.partial ?? false])).toEqual([['420100', 2, false]]);
    const byDistrict = filterCityOptions(options, '蔡甸');
    expect(byDistrict.map((o) => [o.city.code, o.districts.map((d) => d.code), o.partial])).toEqual([
      ['420100', ['420114'], true],
    ]);
  });
});

describe('toggleRegion and selectShown', () => {
  it('ticking a city replaces its ticked districts; unticking removes it', () => {
    const { index } = makeFixture();
    expect(toggleRegion(['420114', '540100'], '420100', index)).toEqual(['540100', '420100']);
    expect(toggleRegion(['540100', '420100'], '420100', index)).toEqual(['540100']);
  });

  it('selects whole cities, or just the matching districts', () => {
    const { index } = makeFixture();
    const options = buildCityOptions(index);
    expect(selectShown([], filterCityOptions(options, ''), index)).toEqual(['330600', '420100', '540100', '610100']);
    expect(selectShown(['540100'], filterCityOptions(options, '蔡甸'), index)).toEqual(['540100', '420114']);
  });
});
