import { z } from 'zod';
import { METRICS, PARTICIPANT_MEASURES } from '@/lib/metrics';
import { ACTIVITY_CATEGORIES } from '@/lib/activity-categories';

/**
 * The contract between the pipeline (which validates what it writes) and the app
 * (which validates what it loads): ../shared/spec/figures.md, plus fields the app needs.
 */

const regionCode = z.string().regex(/^\d{6}$/, 'a 6-digit GB/T 2260 code');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const regionSchema = z.object({
  code: regionCode,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  level: z.enum(['province', 'city', 'district']),
  city: z.string().min(1),
  cityEn: z.string().min(1),
  cityCode: regionCode,
  province: z.string().min(1),
  provinceEn: z.string().min(1),
  provinceCode: regionCode,
});

export const reportSchema = z.object({
  id: z.string().regex(/^r-[0-9a-f]+$/),
  file: z.string().min(1),
  /** Null where the pipeline could not place the report: it is listed, never summed into any region. */
  regionCode: regionCode.nullable(),
  /** Why the region is not known (set only where regionCode is null). */
  regionNote: z.string().min(1).optional(),
  reportingUnit: z.string().nullable(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  url: z.string().nullable(),
  /** Path of the report's full text, relative to the figures file; loaded only when a source is opened. */
  textPath: z.string().min(1),
  /** Length of the text in UTF-16 code units, so a figure's offsets can be checked against it. */
  textLength: z.number().int().nonnegative(),
});

export const figureSchema = z
  .object({
    id: z.string().regex(/^f-[0-9a-f]+$/),
    reportId: z.string(),
    /** The report's region; null with it. */
    regionCode: regionCode.nullable(),
    metric: z.enum(METRICS),
    value: z.number().nonnegative(),
    qualifier: z.enum(['exact', 'atLeast', 'approx']),
    unit: z.string(),
    activity: z.string(),
    category: z.enum(ACTIVITY_CATEGORIES),
    status: z.enum(['done', 'planned']),
    /** The number as written with its qualifier, e.g. 2.8万余, for display next to the parsed value. */
    valueText: z.string().min(1),
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** Participants only: person-times (人次) or people (人, 名, 位), two measures never summed together. */
    measure: z.enum(PARTICIPANT_MEASURES).optional(),
    /** Set when a reviewed correction changed or added this figure. */
    corrected: z.boolean().optional(),
    /**
     * Set on a sub-count (其中线上宣讲8,400场): the id of the figure of the same report it is part of, whose
     * value already includes it, so a sum over both must leave this one out.
     */
    partOf: z
      .string()
      .regex(/^f-[0-9a-f]+$/)
      .optional(),
  })
  // params.zh: the message in Chinese, for the app's load error (zod's own messages come from its zh-CN locale).
  .refine((f) => f.end > f.start, {
    message: 'end must be after start',
    path: ['end'],
    params: { zh: '结束位置必须在开始位置之后' },
  })
  .refine((f) => (f.metric === 'participants') === (f.measure !== undefined), {
    message: 'measure is required for participants and only for them',
    path: ['measure'],
    params: { zh: '参与人数须注明计量（人次或人数），其他指标不得注明' },
  });

export const correctionNoteSchema = z.object({
  file: z.string(),
  action: z.enum(['drop', 'change', 'add', 'region']),
  reason: z.string().min(1),
  figureId: z.string().nullable(),
});

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** Latest report date in the data, the dataset's "as of" (no build timestamp: output is deterministic). */
    asOf: isoDate.nullable(),
    regions: z.array(regionSchema),
    reports: z.array(reportSchema),
    figures: z.array(figureSchema),
    corrections: z.array(correctionNoteSchema),
  })
  .superRefine((d, ctx) => {
    const regions = new Set(d.regions.map((r) => r.code));
    const reports = new Map(d.reports.map((r) => [r.id, r]));
    d.reports.forEach((r, i) => {
      if (r.regionCode !== null && !regions.has(r.regionCode))
        ctx.addIssue({
          code: 'custom',
          path: ['reports', i, 'regionCode'],
          message: `unknown region ${r.regionCode}`,
          params: { zh: `未知地区 ${r.regionCode}` },
        });
    });
    d.figures.forEach((f, i) => {
      const report = reports.get(f.reportId);
      if (!report)
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'reportId'],
          message: `unknown report ${f.reportId}`,
          params: { zh: `未知报道 ${f.reportId}` },
        });
      else if (f.end > report.textLength)
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'end'],
          message: 'offset past the end of the report text',
          params: { zh: '位置超出报道全文末尾' },
        });
      if (f.regionCode !== null && !regions.has(f.regionCode))
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'regionCode'],
          message: `unknown region ${f.regionCode}`,
          params: { zh: `未知地区 ${f.regionCode}` },
        });
    });
  });

/**
 * A region as the app holds it: `unitOnly` is derived at load (dataset-index.ts), never read from the file: set
 * where every report of the region comes from one of its units (a bureau), named in every label of its values.
 */
export type Region = z.infer<typeof regionSchema> & { unitOnly?: string };
export type Report = z.infer<typeof reportSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Qualifier = Figure['qualifier'];
export type CorrectionNote = z.infer<typeof correctionNoteSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

/** Turns zod issues into lines that name the field, e.g. `figures[3].value: expected number`. */
export function describeIssues(error: z.ZodError, limit = 8): string[] {
  return error.issues.slice(0, limit).map((issue) => `${issuePath(issue.path) || '(root)'}: ${issue.message}`);
}

/** A field's path as code would write it (figures[2].value); empty for the file itself. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
