import { ACTIVITY_CATEGORY_LABELS } from '@/lib/activity-categories';
import type { DatasetIndex } from '@/lib/dataset-index';
import type { FigureFilters } from '@/lib/filter-figures';
import type { Lang } from '@/lib/i18n';
import { LEVEL_LABELS } from '@/lib/levels';
import { metricLabel, type ChartMetric, type ParticipantMeasure } from '@/lib/metrics';
import { placeLabel } from '@/lib/region-label';

/** Without a metric (the table lists every metric), no "指标：" part. */
export type DescribedFilters = FigureFilters & { metric?: ChartMetric; measure?: ParticipantMeasure };

/** Long selections are cut so a subtitle fits on one printed line. */
const MAX_NAMES = 6;

/**
 * The active filters in words, for chart subtitles and exported files:
 * "城市：拉萨市、济南市；指标：开展场次" / "Cities: Lhasa, Jinan; Metric: Sessions held".
 */
export function describeFilters(
  view: DescribedFilters,
  index: DatasetIndex,
  lang: Lang,
  options: { metric?: boolean } = {},
): string {
  const zh = lang === 'zh';
  const list = (items: string[]) => {
    const shown = items.slice(0, MAX_NAMES).join(zh ? '、' : ', ');
    const more = items.length - MAX_NAMES;
    if (more <= 0) return shown;
    return zh ? `${shown}等${items.length}个` : `${shown} and ${more} more`;
  };
  const parts: string[] = [];
  const names = view.regions.map((code) => {
    const region = index.regionByCode.get(code);
    return region ? placeLabel(region, lang) : code;
  });
  parts.push(zh ? `城市：${names.length ? list(names) : '全部'}` : `Cities: ${names.length ? list(names) : 'all'}`);
  if (view.level && view.level !== 'all') {
    parts.push(zh ? `层级：${LEVEL_LABELS[view.level].zh}` : `Level: ${LEVEL_LABELS[view.level].en}`);
  }
  if (view.metric && options.metric !== false) {
    const label = metricLabel(view.metric, view.measure ?? 'personTimes', lang);
    parts.push(zh ? `指标：${label}` : `Metric: ${label}`);
  }
  if (view.categories.length) {
    const cats = view.categories.map((c) => ACTIVITY_CATEGORY_LABELS[c][lang]);
    parts.push(zh ? `活动类别：${list(cats)}` : `Activity: ${list(cats)}`);
  }
  if (view.dateFrom || view.dateTo) {
    const from = view.dateFrom ?? '…';
    const to = view.dateTo ?? '…';
    const undated = view.includeUndated
      ? zh
        ? '（含未注明日期的报道）'
        : ' (undated reports included)'
      : zh
        ? '（未注明日期的报道不在其内）'
        : ' (undated reports left out)';
    parts.push(zh ? `报道日期：${from} 至 ${to}${undated}` : `Report date: ${from} to ${to}${undated}`);
  }
  return parts.join(zh ? '；' : '; ');
}
