import type { Region } from '@/lib/figures-schema';
import type { Lang } from '@/lib/i18n';

/** The region's own name in the reader's language: 蔡甸区 / Caidian District. */
export function regionName(region: Region, lang: Lang): string {
  return lang === 'zh' ? region.name : region.nameEn;
}

/** A report whose region the pipeline could not work out: listed so, never summed into a region. */
export const UNPLACED_LABEL: Record<Lang, string> = { zh: '地区未定', en: 'Region not known' };

/**
 * The one name for a region wherever it is listed (table, charts, exports, source view, filters in
 * words): districts carry their city (武汉市蔡甸区 / Caidian District (Wuhan)), because district names
 * repeat across China (城关区, 市中区); a district named as its city is not doubled (石河子市, not
 * 石河子市石河子市). A code the data does not describe reads as the code itself.
 */
export function regionLabel(region: Region | undefined, lang: Lang, fallbackCode: string | null = ''): string {
  if (!region) return fallbackCode ?? UNPLACED_LABEL[lang];
  return withUnit(placeLabel(region, lang), region.unitOnly);
}

/** The place alone, without a unit: for naming what a filter selected (the whole city). */
export function placeLabel(region: Region, lang: Lang): string {
  if (region.level !== 'district' || region.name === region.city) return regionName(region, lang);
  return lang === 'zh' ? `${region.city}${region.name}` : `${region.nameEn} (${region.cityEn})`;
}

/**
 * 绍兴市 · 文化广电旅游局: a value that stands for one unit of its region (a bureau, a school, a town) says so
 * wherever it is listed, so that it is never read as the whole region's.
 */
function withUnit(label: string, unit: string | undefined): string {
  return unit ? `${label} · ${unit}` : label;
}

/** The label of a figure's row: its region, and the reporting unit of its report where there is one. */
export function rowRegionLabel(
  region: Region | undefined,
  reportingUnit: string | null | undefined,
  lang: Lang,
  fallbackCode: string | null = '',
): string {
  if (!region) return fallbackCode ?? UNPLACED_LABEL[lang];
  return withUnit(placeLabel(region, lang), reportingUnit ? shortUnit(reportingUnit, region) : undefined);
}

/** 绍兴市文化广电旅游局 → 文化广电旅游局: the unit without the names of the region it is in, already in the label. */
export function shortUnit(unit: string, region: Pick<Region, 'name' | 'city' | 'province'>): string {
  let rest = unit;
  for (const name of [region.province, region.city, region.name]) {
    if (name && rest.startsWith(name) && rest.length > name.length) rest = rest.slice(name.length);
  }
  return rest;
}
