import type { DatasetIndex } from '@/lib/dataset-index';
import type { Figure, Region } from '@/lib/figures-schema';
import type { Bilingual, Lang } from '@/lib/i18n';
import {
  CHART_METRICS,
  MEASURE_LABELS,
  METRIC_LABELS,
  PARTICIPANT_MEASURES,
  type ChartMetric,
  type ParticipantMeasure,
} from '@/lib/metrics';
import { regionLabel } from '@/lib/region-label';
import { sumFigures, type QualifiedSum } from '@/lib/sum-figures';

/**
 * Region × metric totals for the summary sheet and the Word report's table. Participants are split by
 * measure: person-times and people are different counts and a column adding them would mean nothing.
 */
export interface SummaryColumn {
  key: string;
  metric: ChartMetric;
  measure: ParticipantMeasure | null;
  /** 开展场次 / 参与人次 / 参与人数 … */
  header: string;
  unit: string;
}

export interface SummaryRow {
  code: string;
  label: string;
  level: Region['level'] | null;
  /** One per column; null where the region's reports state nothing (未报告, never 0). */
  cells: (QualifiedSum | null)[];
}

export interface RegionSummary {
  columns: SummaryColumn[];
  rows: SummaryRow[];
  /** Over every region, as the headline cards add them. */
  total: (QualifiedSum | null)[];
}

export const LEVEL_LABELS: Record<Region['level'], Bilingual> = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  district: { zh: '区县级', en: 'District/county' },
};

const PARTICIPANT_HEADERS: Record<ParticipantMeasure, Bilingual> = {
  personTimes: { zh: '参与人次', en: 'Participants' },
  people: { zh: '参与人数', en: 'Participants' },
};

export function summaryColumns(lang: Lang): SummaryColumn[] {
  return CHART_METRICS.flatMap((metric): SummaryColumn[] => {
    const label = METRIC_LABELS[metric];
    if (metric !== 'participants')
      return [
        { key: metric, metric, measure: null, header: label[lang], unit: lang === 'zh' ? label.unitZh : label.unitEn },
      ];
    return PARTICIPANT_MEASURES.map((measure) => ({
      key: `${metric}:${measure}`,
      metric,
      measure,
      header: PARTICIPANT_HEADERS[measure][lang],
      unit: lang === 'zh' ? MEASURE_LABELS[measure].unitZh : MEASURE_LABELS[measure].unitEn,
    }));
  });
}

function inColumn(column: SummaryColumn) {
  return (f: Figure) => f.metric === column.metric && (column.measure === null || f.measure === column.measure);
}

/** `counted`: the figures the cards add up (countedFigures under the view's filters). */
export function summarizeByRegion(counted: readonly Figure[], index: DatasetIndex, lang: Lang): RegionSummary {
  const columns = summaryColumns(lang);
  const byRegion = new Map<string, Figure[]>();
  for (const f of counted) {
    // A report not placed belongs to no region's row (counted figures never hold one; the type cannot say so).
    if (f.regionCode === null || !columns.some((c) => inColumn(c)(f))) continue;
    const list = byRegion.get(f.regionCode) ?? [];
    list.push(f);
    byRegion.set(f.regionCode, list);
  }
  // GB/T 2260 order keeps a city beside its districts and a province's cities together.
  const rows = [...byRegion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, figures]): SummaryRow => {
      const region = index.regionByCode.get(code);
      return {
        code,
        label: regionLabel(region, lang, code),
        level: region?.level ?? null,
        cells: columns.map((c) => sumFigures(figures.filter(inColumn(c)))),
      };
    });
  return { columns, rows, total: columns.map((c) => sumFigures(counted.filter(inColumn(c)))) };
}
