import type { Dataset, Region, Report } from '@/lib/figures-schema';
import { METRICS, type Metric } from '@/lib/metrics';

export interface DatasetSummary {
  reports: number;
  datedReports: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Regions that have at least one report, by level. */
  reportingRegions: Record<Region['level'], Region[]>;
  /** Of those, the regions only a unit's reports cover (a bureau's): their values stand for less than the region. */
  unitOnlyRegions: Region[];
  figures: number;
  byMetric: Record<Metric, number>;
  atLeast: number;
  approx: number;
  planned: number;
  /** Reports the pipeline could not place: listed here so they can be named, never summed into a region. */
  unplaced: Report[];
}

/** `regions` as the index holds them (with `unitOnly` derived); the file's own list by default. */
export function summarizeDataset(data: Dataset, regions: readonly Region[] = data.regions): DatasetSummary {
  const dates = data.reports.flatMap((r) => (r.publishedAt ? [r.publishedAt] : [])).sort();
  const reporting = new Set(data.reports.map((r) => r.regionCode));
  const reportingRegions: DatasetSummary['reportingRegions'] = { province: [], city: [], district: [] };
  for (const r of regions) if (reporting.has(r.code)) reportingRegions[r.level].push(r);
  const byMetric = Object.fromEntries(METRICS.map((k) => [k, 0])) as Record<Metric, number>;
  let atLeast = 0;
  let approx = 0;
  let planned = 0;
  for (const f of data.figures) {
    byMetric[f.metric] += 1;
    if (f.qualifier === 'atLeast') atLeast += 1;
    if (f.qualifier === 'approx') approx += 1;
    if (f.status === 'planned') planned += 1;
  }
  return {
    reports: data.reports.length,
    datedReports: dates.length,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    reportingRegions,
    unitOnlyRegions: regions.filter((r) => reporting.has(r.code) && r.unitOnly),
    figures: data.figures.length,
    byMetric,
    atLeast,
    approx,
    planned,
    unplaced: data.reports.filter((r) => r.regionCode === null),
  };
}
