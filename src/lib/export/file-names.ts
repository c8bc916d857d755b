import { ACTIVITY_CATEGORY_LABELS } from '@/lib/activity-categories';
import type { DatasetIndex } from '@/lib/dataset-index';
import type { DescribedFilters } from '@/lib/describe-filters';
import type { Bilingual, Lang } from '@/lib/i18n';
import { regionLabel } from '@/lib/region-label';

export type ExportExtension = 'png' | 'svg' | 'csv' | 'xlsx' | 'docx';

/**
 * The date a file carries is the dataset's "as of" date, not the day of export: the same view of the
 * same data always gets the same name, and the name tells a reader how current the numbers are.
 * Only a dataset without any dated report falls back to today's date.
 */
export function exportDate(asOf: string | null, today: Date = new Date()): string {
  if (asOf) return asOf;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

// Characters Windows, macOS or a mail client refuse or mangle in a file name.
const UNSAFE = /(?:[<>:"/\\|?*]|\p{Cc})+/gu;

/** A title made fit for a file name: "Sessions held by region" → "Sessions-held-by-region". */
export function fileStemOf(title: string): string {
  return (
    title
      .replace(UNSAFE, '-')
      .replace(/\s+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 120) || 'export'
  );
}

/** `各地区开展场次排名_2021-10-22.png`: what the file holds, in the UI language, with the data date. */
export function exportFileName(stem: string, date: string, ext: ExportExtension): string {
  return `${fileStemOf(stem)}_${date}.${ext}`;
}

const CAMPAIGN: Bilingual = { zh: '党史学习教育', en: 'Party-history-campaign' };
/** More regions than this are named by the first ones and a count: a file name is not a list. */
const MAX_NAMED_REGIONS = 3;

/**
 * A stem that says what the file holds under which filters, so a folder of exports reads without opening
 * them: 党史学习教育_拉萨市_开展场次 / Party-history-campaign_Lhasa_Sessions-held.
 */
export function filterFileStem(filters: DescribedFilters, index: DatasetIndex, lang: Lang, what: string): string {
  const zh = lang === 'zh';
  const names = filters.regions.map((code) => regionLabel(index.regionByCode.get(code), lang, code));
  const shown = names.slice(0, MAX_NAMED_REGIONS - 1);
  const regions =
    names.length === 0
      ? zh
        ? '全部地区'
        : 'All-regions'
      : names.length <= MAX_NAMED_REGIONS
        ? names.join(zh ? '、' : '+')
        : zh
          ? `${shown.join('、')}等${names.length}地`
          : `${shown.join('+')}+${names.length - shown.length}-more`;
  const parts = [CAMPAIGN[lang], regions];
  if (filters.categories.length) {
    const cats = filters.categories.map((c) => ACTIVITY_CATEGORY_LABELS[c][lang]);
    parts.push(
      cats.length <= 2 ? cats.join(zh ? '、' : '+') : zh ? `${cats.length}类活动` : `${cats.length}-activity-types`,
    );
  }
  if (filters.dateFrom || filters.dateTo)
    parts.push(`${filters.dateFrom ?? ''}${zh ? '至' : '-to-'}${filters.dateTo ?? ''}`);
  parts.push(what);
  // Each part made safe on its own, so a part's own underscore-free text cannot merge with the next.
  return parts.map(fileStemOf).join('_');
}
