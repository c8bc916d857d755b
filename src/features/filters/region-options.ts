import type { DatasetIndex } from '@/lib/dataset-index';
import type { Region } from '@/lib/figures-schema';

export interface CityOption {
  city: Region;
  /** Districts of the city that the data names, by code. */
  districts: Region[];
  /** Set when a search matched only some districts, not the city itself. */
  partial?: boolean;
}

/** Cities (each with its districts) in the order of the dataset index: by province, then code. */
export function buildCityOptions(index: DatasetIndex): CityOption[] {
  const seen = new Set<string>();
  const options: CityOption[] = [];
  const add = (city: Region) => {
    if (seen.has(city.code)) return;
    seen.add(city.code);
    const districts = (index.codesInCity.get(city.code) ?? [])
      .map((code) => index.regionByCode.get(code))
      .filter((r): r is Region => !!r && r.code !== city.code && r.level === 'district')
      .sort((a, b) => a.code.localeCompare(b.code));
    options.push({ city, districts });
  };
  index.cities.forEach(add);
  // A district whose city the data does not list still needs a place to be chosen from.
  for (const [cityCode, codes] of index.codesInCity) {
    if (seen.has(cityCode)) continue;
    const member = index.regionByCode.get(codes[0] ?? '');
    if (!member) continue;
    add({ ...member, code: cityCode, name: member.city, nameEn: member.cityEn, level: 'city' });
  }
  return options;
}

function normalize(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s'’-]+/g, '');
}

/** Matches Chinese or English names, ignoring case, spaces and apostrophes (Guang'an = guangan). */
export function regionMatches(region: Region, query: string): boolean {
  const q = normalize(query);
  if (!q) return true;
  return normalize(region.name).includes(q) || normalize(region.nameEn).includes(q) || region.code.startsWith(q);
}

/** A city stays with all its districts when it matches, or with just the districts that match. */
export function filterCityOptions(options: readonly CityOption[], query: string): CityOption[] {
  if (!query.trim()) return [...options];
  return options.flatMap((o) => {
    if (regionMatches(o.city, query)) return [o];
    const districts = o.districts.filter((d) => regionMatches(d, query));
    return districts.length ? [{ ...o, districts, partial: true }] : [];
  });
}

/** Ticks or unticks one region; ticking a city drops its districts from the list, since the city covers them. */
export function toggleRegion(selected: readonly string[], code: string, index: DatasetIndex): string[] {
  if (selected.includes(code)) return selected.filter((c) => c !== code);
  const covered = new Set(index.codesInCity.get(code) ?? []);
  return [...selected.filter((c) => !covered.has(c) || c === code), code];
}

/**
 * Selects every shown option: a city shown whole is selected by its code; one shown only through
 * matching districts has just those districts selected.
 */
export function selectShown(selected: readonly string[], shown: readonly CityOption[], index: DatasetIndex): string[] {
  let next = [...selected];
  for (const o of shown) {
    if (next.includes(o.city.code)) continue;
    const codes = o.partial ? o.districts.map((d) => d.code) : [o.city.code];
    for (const code of codes) if (!next.includes(code)) next = toggleRegion(next, code, index);
  }
  return next;
}
