import { createHash } from 'node:crypto';

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);

/** Stable across runs and machines: derived from the file name only. */
export const reportId = (file: string) => `r-${sha1(file)}`;

/** Derived from where the figure is and what it counts, so unrelated edits elsewhere keep it stable. */
export const figureId = (file: string, start: number, end: number, metric: string) =>
  `f-${sha1(`${file}:${start}:${end}:${metric}`)}`;

/** For the rare second figure of the same metric on the same span (三大民生工程12项民生实事). */
export const figureIdWithValue = (file: string, start: number, end: number, metric: string, value: number) =>
  `f-${sha1(`${file}:${start}:${end}:${metric}:${value}`)}`;

/**
 * Where a report's text is stored beside the figures file, named by report and content: a changed text gets a
 * new name, so figures written earlier never point at text their offsets were not computed on (write-output.ts).
 */
export const textPath = (reportId: string, text: string) => `texts/${reportId}-${sha1(text)}.txt`;
