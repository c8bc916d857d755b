import type { Dataset, Figure, Region, Report } from '@/lib/figures-schema';
import { defaultLevel, type LevelChoice } from '@/lib/levels';
import { shortUnit } from '@/lib/region-label';

/** Lookups built once per loaded dataset, so filters and charts never scan for a region or report. */
export interface DatasetIndex {
  /** Keyed by code; a report or figure not placed (code null) finds no region. */
  regionByCode: Map<string | null, Region>;
  reportById: Map<string, Report>;
  figureById: Map<string, Figure>;
  /** City code → codes of the city and every region in it. */
  codesInCity: Map<string, string[]>;
  /** Cities in the data, by province then code. */
  cities: Region[];
  /** Report date by report id (null where the report states none). */
  dateByReport: Map<string, string | null>;
}

/**
 * Regions whose every report comes from one of their units (a city bureau, a school, a town), with those
 * units' short names: their values stand for less than the region, and their labels say so.
 */
function unitOnlyRegions(data: Dataset): Map<string, string> {
  const units = new Map<string, Set<string> | null>();
  const regions = new Map(data.regions.map((r) => [r.code, r]));
  // Only reports that state a counted figure of a charted metric: a city-wide report of other counts alone
  // does not make a bureau's sessions the city's.
  const stating = new Set(
    data.figures.flatMap((f) => (f.status === 'done' && f.metric !== 'other' ? [f.reportId] : [])),
  );
  for (const report of data.reports) {
    if (!stating.has(report.id)) continue;
    const code = report.regionCode;
    const region = code === null ? undefined : regions.get(code);
    if (code === null || !region) continue;
    const known = units.get(code);
    if (known === null) continue;
    if (!report.reportingUnit) units.set(code, null);
    else units.set(code, (known ?? new Set()).add(shortUnit(report.reportingUnit, region)));
  }
  const out = new Map<string, string>();
  for (const [code, names] of units) if (names) out.set(code, [...names].sort().join('、'));
  return out;
}

export function buildDatasetIndex(data: Dataset): DatasetIndex {
  const unitOnly = unitOnlyRegions(data);
  const regions = data.regions.map((r) => {
    const unit = unitOnly.get(r.code);
    return unit ? { ...r, unitOnly: unit } : r;
  });
  const regionByCode = new Map<string | null, Region>(regions.map((r) => [r.code, r]));
  const codesInCity = new Map<string, string[]>();
  for (const r of regions) {
    const list = codesInCity.get(r.cityCode) ?? [];
    list.push(r.code);
    codesInCity.set(r.cityCode, list);
  }
  const cities = regions
    .filter((r) => r.level === 'city' || (r.level === 'province' && r.cityCode === r.code))
    .sort((a, b) => a.provinceCode.localeCompare(b.provinceCode) || a.code.localeCompare(b.code));
  return {
    regionByCode,
    reportById: new Map(data.reports.map((r) => [r.id, r])),
    figureById: new Map(data.figures.map((f) => [f.id, f])),
    codesInCity,
    cities,
    dateByReport: new Map(data.reports.map((r) => [r.id, r.publishedAt])),
  };
}

/**
 * The level a view compares when none is chosen: that of most regions reporting under the region selection
 * (selecting a district compares districts; the whole country, the level most reports are at).
 */
export function defaultLevelFor(
  data: Pick<Dataset, 'reports'>,
  index: DatasetIndex,
  selected: readonly string[],
): LevelChoice {
  const scope = expandRegionSelection(index, selected);
  const codes = new Set(data.reports.flatMap((r) => (r.regionCode === null ? [] : [r.regionCode])));
  const regions = [...codes].flatMap((code) => {
    const region = index.regionByCode.get(code);
    return region && (!scope || scope.has(code)) ? [region] : [];
  });
  return defaultLevel(regions);
}

/** Expands a selection (city codes stand for their districts) to the set of region codes it covers; null = all. */
export function expandRegionSelection(index: DatasetIndex, selected: readonly string[]): Set<string> | null {
  if (selected.length === 0) return null;
  const out = new Set<string>();
  for (const code of selected) {
    out.add(code);
    for (const c of index.codesInCity.get(code) ?? []) out.add(c);
  }
  return out;
}

const figuresByReport = new WeakMap<Dataset, Map<string, Figure[]>>();

/**
 * Figures of one report in the order they appear in its text. Grouped once per dataset on first
 * use (a source view opening), not at load and not again for every view that opens.
 */
export function reportFigures(data: Dataset, reportId: string): readonly Figure[] {
  let byReport = figuresByReport.get(data);
  if (!byReport) {
    byReport = new Map();
    for (const f of data.figures) {
      const list = byReport.get(f.reportId);
      if (list) list.push(f);
      else byReport.set(f.reportId, [f]);
    }
    for (const list of byReport.values()) list.sort((a, b) => a.start - b.start);
    figuresByReport.set(data, byReport);
  }
  return byReport.get(reportId) ?? [];
}
