import {
  type Dataset,
  type Figure,
  type Region,
  type Report,
  datasetSchema,
  describeIssues,
} from '@/lib/figures-schema';
import { METRICS, measureOfUnit } from '@/lib/metrics';
import { type NormalisedText, normalise } from './text/normalise';
import { extractFigures } from './extract/extract-figures';
import { detectRegion } from './regions/detect-region';
import { findTitleTown } from './regions/title-town';
import { type Division, divisionByCode, toRegion } from './regions/divisions';
import { findTitle } from './metadata/title';
import { findPublisher } from './metadata/publisher';
import { findPublishedAt } from './metadata/published-at';
import { findReportingUnit } from './metadata/reporting-unit';
import { type AppliedCorrection, type DraftFigure, applyCorrections } from './corrections/apply-corrections';
import type { Correction } from './corrections/corrections-schema';
import type { InputReport, Source } from './io/read-input-dir';
import { figureId, figureIdWithValue, reportId, textPath } from './ids';
import { PipelineError } from './pipeline-error';

export interface BuildInput {
  reports: readonly InputReport[];
  sources?: readonly Source[];
  corrections?: readonly Correction[];
  /** Called after each report is analysed, for progress on long runs. */
  onReport?: (input: InputReport) => void;
}

export interface BuildOutput {
  dataset: Dataset;
  /** Each report's stored text by its textPath (texts/r-….txt), to write beside the figures file. */
  texts: Map<string, string>;
  /** Progress lines for stderr. */
  log: string[];
  /** One line per report whose region is not known (file and why), for stderr and for --strict. */
  unplaced: string[];
}

interface ReportDraft {
  input: InputReport;
  /** Extracted here, while the normalised text is at hand, so it need not be kept for every report. */
  figures: DraftFigure[];
  report: Report;
  /** Null where the region is not known: the report is kept, with its figures, and named in `unplaced`. */
  division: Division | null;
}

/** The first item for each key, in one pass: a lookup per report must not scan every source or correction. */
function firstByKey<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) if (!out.has(key(item))) out.set(key(item), item);
  return out;
}

/** A name found in the analysed text as the report writes it (閩南日報 stays Traditional, as quotes do). */
function asStored(name: string | null, stored: string, normalised: NormalisedText): string | null {
  const at = name ? normalised.text.indexOf(name) : -1;
  if (!name || at < 0) return name;
  return stored.slice(normalised.toStored(at), normalised.toStored(at + name.length - 1) + 1);
}

/** The division of a report, or why there is none: never a reason to drop the report. */
function placeReport(text: string, regionFix: string | undefined): { division: Division } | { note: string } {
  const detected = regionFix ?? detectRegion(text)?.code;
  if (!detected) return { note: 'no division named that the rules can place' };
  const found = divisionByCode(detected);
  return found ? { division: found } : { note: `region ${detected} is not a GB/T 2260 code` };
}

function describeReport(input: InputReport, source: Source | undefined, regionFix: string | undefined): ReportDraft {
  const normalised = normalise(input.text);
  const placed = placeReport(normalised.text, regionFix);
  const found = 'division' in placed ? placed.division : null;

  const title = source?.title ?? findTitle(input.text, normalised);
  const simplifiedTitle = title === null ? null : normalise(title).text;
  // A town's report (大瑶镇:…) belongs to the town's county, even where the text names the county too seldom.
  const town = regionFix || !found ? null : findTitleTown(simplifiedTitle, found);
  const division = town ? divisionByCode(town.countyCode)! : found;
  const id = reportId(input.file);
  const report: Report = {
    id,
    file: input.file,
    regionCode: division?.code ?? null,
    ...('note' in placed ? { regionNote: placed.note } : {}),
    reportingUnit: town?.unit ?? (division ? findReportingUnit(simplifiedTitle, normalised.text, division) : null),
    title,
    publisher: asStored(findPublisher(normalised.text), input.text, normalised),
    publishedAt: findPublishedAt(normalised.text),
    url: source?.url ?? null,
    textPath: textPath(id, input.text),
    textLength: input.text.length,
  };
  const figures = extractFigures(input.text, normalised).map((f) => ({ ...f, file: input.file }));
  return { input, figures, report, division };
}

function withIds(drafts: DraftFigure[], reports: Map<string, Report>): Map<DraftFigure, Figure> {
  // Numeric ranks: comparing file names in every comparison of ~10^5 figures is needlessly slow.
  const rank = new Map([...reports.keys()].sort().map((file, i) => [file, i]));
  const compare = (a: DraftFigure, b: DraftFigure) =>
    rank.get(a.file)! - rank.get(b.file)! ||
    a.start - b.start ||
    a.end - b.end ||
    METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric) ||
    a.value - b.value;
  const used = new Set<string>();
  const out = new Map<DraftFigure, Figure>();
  // Totals that sub-counts name, looked up by where they stand; a total sorts before its parts (it is earlier).
  const spanKey = (file: string, span: { start: number; end: number; metric: string }) =>
    `${file}:${span.start}:${span.end}:${span.metric}`;
  const wanted = new Set<string>();
  for (const f of drafts) if (f.partOfSpan) wanted.add(spanKey(f.file, f.partOfSpan));
  const idAt = new Map<string, string>();
  for (const f of [...drafts].sort(compare)) {
    let id = figureId(f.file, f.start, f.end, f.metric);
    if (used.has(id)) id = figureIdWithValue(f.file, f.start, f.end, f.metric, f.value);
    used.add(id);
    if (wanted.size > 0 && wanted.has(spanKey(f.file, f)) && !idAt.has(spanKey(f.file, f))) {
      idAt.set(spanKey(f.file, f), id);
    }
    // A total a correction dropped leaves its part a figure of its own.
    const partOf = f.partOfSpan ? idAt.get(spanKey(f.file, f.partOfSpan)) : undefined;
    const report = reports.get(f.file)!;
    out.set(f, {
      id,
      reportId: report.id,
      regionCode: report.regionCode,
      metric: f.metric,
      value: f.value,
      qualifier: f.qualifier,
      unit: f.unit,
      ...(f.metric === 'participants' ? { measure: measureOfUnit(f.unit) } : {}),
      activity: f.activity,
      category: f.category,
      status: f.status,
      valueText: f.valueText,
      quote: f.quote,
      start: f.start,
      end: f.end,
      ...(f.corrected ? { corrected: true } : {}),
      ...(partOf ? { partOf } : {}),
    });
  }
  return out;
}

function regionsOf(drafts: readonly ReportDraft[]): Region[] {
  const codes = new Set(drafts.flatMap((d) => (d.division ? [d.division.code, d.division.cityCode] : [])));
  return [...codes]
    .sort()
    .map((code) => divisionByCode(code))
    .filter((d): d is Division => d !== undefined)
    .map(toRegion);
}

function summarise(dataset: Dataset, applied: readonly AppliedCorrection[]): string[] {
  const perMetric = METRICS.map((m) => `${m} ${dataset.figures.filter((f) => f.metric === m).length}`).join(', ');
  return [
    `${dataset.reports.length} reports, ${dataset.regions.length} regions, ${dataset.figures.length} figures (${perMetric})`,
    `${applied.length} corrections applied`,
    ...applied.map((a) => {
      const figure = a.figure ? ` ${a.figure.metric} ${a.figure.value} «${a.figure.quote}»` : '';
      return `  ${a.action} ${a.file}${figure}: ${a.reason}`;
    }),
  ];
}

/**
 * The whole pipeline after reading: region, metadata and figures of every report, reviewed corrections,
 * ids and order, validated against the shared schema. Collects every problem before failing.
 */
export function buildDataset({ reports: inputs, sources = [], corrections = [], onReport }: BuildInput): BuildOutput {
  const problems: string[] = [];
  const drafts: ReportDraft[] = [];
  const sourceOf = firstByKey(sources, (s) => s.file);
  const regionFixOf = firstByKey(
    corrections.flatMap((c) => (c.action === 'region' ? [c] : [])),
    (c) => c.file,
  );
  for (const input of inputs) {
    drafts.push(describeReport(input, sourceOf.get(input.file), regionFixOf.get(input.file)?.code));
    onReport?.(input);
  }
  const extracted = drafts.flatMap((d) => d.figures);
  const texts = new Map(inputs.map((r) => [r.file, r.text]));
  const corrected = applyCorrections(extracted, corrections, texts);
  problems.push(...corrected.problems);
  if (problems.length > 0) throw new PipelineError(problems);

  const reportsByFile = new Map(drafts.map((d) => [d.input.file, d.report]));
  const figures = withIds(corrected.figures, reportsByFile);
  const reports = drafts.map((d) => d.report).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const dates = reports.flatMap((r) => (r.publishedAt ? [r.publishedAt] : [])).sort();
  const candidate = {
    schemaVersion: 1 as const,
    asOf: dates.at(-1) ?? null,
    regions: regionsOf(drafts),
    reports,
    figures: [...figures.values()],
    corrections: corrected.applied.map((a) => ({
      file: a.file,
      action: a.action,
      reason: a.reason,
      figureId: a.figure
        ? (figures.get(a.figure)?.id ?? figureId(a.file, a.figure.start, a.figure.end, a.figure.metric))
        : null,
    })),
  };
  const parsed = datasetSchema.safeParse(candidate);
  if (!parsed.success) throw new PipelineError(describeIssues(parsed.error, 20).map((m) => `output invalid: ${m}`));

  const perReport = new Map<string, number>();
  for (const f of parsed.data.figures) perReport.set(f.reportId, (perReport.get(f.reportId) ?? 0) + 1);
  const log = [
    ...drafts.map((d) => {
      const n = perReport.get(d.report.id) ?? 0;
      const enc = d.input.encoding === 'utf-8' ? '' : ` [${d.input.encoding}]`;
      const where = d.division ? `${d.division.name} (${d.division.code})` : 'region not known';
      return `  ${d.input.file}${enc}: ${where}, ${n} figures`;
    }),
    ...summarise(parsed.data, corrected.applied),
  ];
  const unplaced = parsed.data.reports.flatMap((r) =>
    r.regionCode === null
      ? [`${r.file}: ${r.regionNote ?? 'region not known'}; name it with a "region" entry in the corrections file`]
      : [],
  );
  return {
    unplaced,
    dataset: parsed.data,
    texts: new Map(parsed.data.reports.map((r) => [r.textPath, texts.get(r.file)!])),
    log,
  };
}
