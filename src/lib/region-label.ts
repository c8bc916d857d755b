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
  if (region.level !== 'district' || region.name === region.city) return regionName(region, lang);
  return lang === 'zh' ? `${region.city}${region.name}` : `${region.nameEn} (${region.cityEn})`;
}
