import { countedOf, isCounted } from '@/lib/counted-figures';
import type { LoadedDataset } from '@/lib/dataset-context';
import { describeFilters } from '@/lib/describe-filters';
import { sourceLine } from '@/lib/export/export-messages';
import { exportDate, filterFileStem } from '@/lib/export/file-names';
import { LEVEL_LABELS, summarizeByRegion, type RegionSummary } from '@/lib/export/region-summary';
import { filterFigures, type ChartView } from '@/lib/filter-figures';
import type { QualifiedSum } from '@/lib/sum-figures';
import { formatNumber, formatPercent, qualifierMark } from '@/lib/format';
import { fill, NOT_REPORTED, type Lang } from '@/lib/i18n';
import { METRIC_LABELS } from '@/lib/metrics';
import { regionLabel } from '@/lib/region-label';
import { buildChartSpecs, type ChartSpec } from '@/features/charts/chart-specs';
import { cardText } from '@/features/headline/card-text';
import { cardLabel, computeHeadline, HEADLINE_METRICS } from '@/features/headline/headline-totals';
import { reportMessages as m } from '@/app/report/report-messages';

export interface ReportHeadline {
  label: string;
  /** As the card shows it: ≥9.07万场次. */
  value: string;
  /** Regions that report it, and the exact sum where the card rounds. */
  note: string;
}

export interface ReportSource {
  region: string;
  /** Null where neither the page nor sources.json gives one. */
  title: string | null;
  publisher: string | null;
  reportingUnit: string | null;
  date: string | null;
  url: string | null;
}

/** What the Word report and the print page say about the current view, built once from the page's own builders. */
export interface ReportContent {
  lang: Lang;
  title: string;
  filters: string;
  generated: string;
  source: string;
  headline: ReportHeadline[];
  charts: ChartSpec[];
  summary: RegionSummary;
  notes: string[];
  sources: ReportSource[];
  fileStem: string;
  date: string;
}

/** The view the report shows: every filter resolved, as the page's (chartViewOf). */
export type ReportView = ChartView;

/** A sum as the cards show it: qualifier mark, the number, no unit (tables have it in the header). */
export function sumText(sum: QualifiedSum | null, lang: Lang): string {
  return sum ? `${qualifierMark(sum.qualifier)}${formatNumber(sum.value, lang)}` : NOT_REPORTED[lang];
}

export function buildReportContent(dataset: LoadedDataset, view: ReportView, lang: Lang): ReportContent {
  const { data, index } = dataset;
  const zh = lang === 'zh';
  const filtered = filterFigures(data.figures, index, view);
  // The cards' own figures and sums (countedOf, computeHeadline), so the report cannot disagree with the page.
  const counted = countedOf(filtered, index);
  const headline = computeHeadline(counted);
  const items: ReportHeadline[] = HEADLINE_METRICS.map((metric) => {
    const { sum, regions } = headline.totals[metric];
    const label = cardLabel(metric);
    if (!sum) return { label: label[lang], value: NOT_REPORTED[lang], note: '' };
    const shown = cardText(sum.value, lang, sum.qualifier);
    const unit = zh ? label.unitZh : ` ${label.unitEn}`;
    const exact = shown.rounded
      ? `${fill(m.exact[lang], { value: formatNumber(sum.value, 'en') })}${zh ? '，' : ', '}`
      : '';
    return {
      label: label[lang],
      value: `${qualifierMark(sum.qualifier)}${shown.text}${unit}`,
      note: exact + fill(m.regions[lang], { n: regions }),
    };
  });
  items.push(
    headline.rate
      ? {
          label: m.rate[lang],
          value: `${qualifierMark(headline.rate.qualifier)}${formatPercent(headline.rate.value, lang)}`,
          note: fill(m.regions[lang], { n: headline.rate.regions }),
        }
      : { label: m.rate[lang], value: NOT_REPORTED[lang], note: '' },
  );

  const summary = summarizeByRegion(counted, index, lang);
  const reportIds = new Set(filtered.map((f) => f.reportId));
  const reports = data.reports.filter((r) => reportIds.has(r.id));

  const notes: string[] = [
    fill(m.coverage[lang], {
      reports: reports.length,
      figures: filtered.length,
      asOf: data.asOf ?? m.notStated[lang],
    }),
    m.qualifiers[lang],
    m.measures[lang],
  ];
  const levels = [...new Set(summary.rows.flatMap((r) => (r.level ? [r.level] : [])))];
  if (levels.length > 0)
    notes.push(fill(m.levels[lang], { levels: levels.map((l) => LEVEL_LABELS[l][lang]).join(zh ? '、' : ', ') }));
  const departmental = reports.filter((r) => r.reportingUnit);
  if (departmental.length > 0)
    notes.push(
      fill(m.units[lang], {
        list: departmental
          .map((r) => {
            const name = regionLabel(index.regionByCode.get(r.regionCode), lang, r.regionCode);
            return zh ? `${name}（${r.reportingUnit ?? ''}）` : `${name} (${r.reportingUnit ?? ''})`;
          })
          .join(zh ? '、' : ', '),
      }),
    );
  const planned = filtered.filter((f) => !isCounted(f)).length;
  notes.push(planned > 0 ? fill(m.planned[lang], { n: planned }) : m.noPlanned[lang]);
  const other = filtered.filter((f) => f.metric === 'other').length;
  if (other > 0) notes.push(fill(m.otherOut[lang], { n: other }));
  if (filtered.some((f) => f.partOf)) notes.push(m.subCounts[lang]);
  if ((view.dateFrom || view.dateTo) && !view.includeUndated) {
    const undated = data.reports.filter((r) => !r.publishedAt).length;
    if (undated > 0) notes.push(fill(m.undatedOut[lang], { n: undated }));
  }

  return {
    lang,
    title: m.title[lang],
    filters: describeFilters(view, index, lang),
    generated: exportDate(null),
    source: sourceLine(lang, data.reports.length, data.asOf),
    headline: items,
    charts: buildChartSpecs(data, index, view, lang),
    summary,
    notes,
    sources: reports.map((r) => ({
      region: regionLabel(index.regionByCode.get(r.regionCode), lang, r.regionCode),
      title: r.title,
      publisher: r.publisher,
      reportingUnit: r.reportingUnit,
      date: r.publishedAt,
      url: r.url,
    })),
    fileStem: filterFileStem(view, index, lang, METRIC_LABELS[view.metric][lang]),
    date: exportDate(data.asOf),
  };
}
