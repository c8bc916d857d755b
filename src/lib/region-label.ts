import type { Region } from '@/lib/figures-schema';
import type { Lang } from '@/lib/i18n';

/** The region's own name in the reader's language: 蔡甸区 / Caidian District. */
export function regionName(region: Region, lang: Lang): string {
  return lang === 'zh' ? region.name : region.nameEn;
}

/**
 * A name that stays unambiguous across cities: districts carry their city (武汉市蔡甸区 /
 * Caidian District, Wuhan), because district names repeat across China (城关区, 市中区).
 */
export function regionLabel(region: Region, lang: Lang): string {
  if (region.level !== 'district' || region.name === region.city) return regionName(region, lang);
  return lang === 'zh' ? `${region.city}${region.name}` : `${region.nameEn}, ${region.cityEn}`;
}
