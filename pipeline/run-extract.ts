import { dirname, join, resolve } from 'node:path';
import { readInputDir } from './io/read-input-dir';
import { writeOutput } from './io/write-output';
import { lockOutput } from './io/output-lock';
import { cleanLeftovers } from './io/clean-leftovers';
import { type Progress, progress } from './progress';
import { loadCorrections } from './corrections/load-corrections';
import { buildDataset, type BuildOutput } from './build-dataset';
import type { InputReport } from './io/read-input-dir';
import { PipelineError } from './pipeline-error';

export interface ExtractOptions {
  input: string;
  output: string;
  /**
   * The reviewed corrections file; null for none. Left out, corrections.json beside the input folder
   * (data/reports → data/corrections.json) where there is one.
   */
  corrections?: string | null;
  /** Fail, writing nothing, where any report's region is not known (CI's check of the bundled data). */
  strict?: boolean;
  /** Largest report file read, in bytes (read-input-dir.ts has the default). */
  maxReportBytes?: number;
  /** How to raise that limit, for its message (the command line names its flag). */
  limitHint?: string;
  /** Where progress lines of a long run go; none where left out. */
  onProgress?: (line: string) => void;
}

const defaultCorrectionsPath = (input: string) => join(dirname(resolve(input)), 'corrections.json');

/** Reads and builds without writing anything; throws PipelineError naming every bad input. */
async function buildFromDir(options: ExtractOptions, tracker: Progress | null): Promise<BuildOutput> {
  const { input, corrections: correctionsOption } = options;
  const sizes = new Map<string, number>();
  const { reports, sources, problems } = await readInputDir(input, {
    maxReportBytes: options.maxReportBytes,
    limitHint: options.limitHint,
    onFile: (file, bytes) => {
      sizes.set(file, bytes);
      tracker?.tick('read', sizes.size, bytes);
    },
  });
  const onReport = tracker
    ? (r: InputReport) => {
        tracker.tick('analysed', reports.length, sizes.get(r.file) ?? 0);
      }
    : undefined;
  let corrections: ReturnType<typeof loadCorrections> = [];
  try {
    if (correctionsOption === undefined) corrections = loadCorrections(defaultCorrectionsPath(input), false);
    else if (correctionsOption !== null) corrections = loadCorrections(correctionsOption, true);
  } catch (e) {
    if (e instanceof PipelineError) problems.push(...e.problems);
    else throw e;
  }
  let built: BuildOutput | undefined;
  try {
    built = buildDataset({ reports, sources, corrections, onReport });
  } catch (e) {
    if (!(e instanceof PipelineError)) throw e;
    problems.push(...e.problems);
  }
  if (!built || problems.length > 0) throw new PipelineError(problems);
  return built;
}

/** Serialised output: fixed key order and indentation, a final newline, so re-runs are byte-identical. */
export const serialise = (dataset: BuildOutput['dataset']) => `${JSON.stringify(dataset, null, 1)}\n`;

/**
 * Under a lock on the output (one run at a time), removes what a killed run left, then reads, builds and writes.
 * Returns the lines for stderr; throws a PipelineError naming every problem, having written nothing (also where
 * `strict` and a report's region is not known).
 */
export async function runExtract(options: ExtractOptions): Promise<string[]> {
  const { output, strict = false } = options;
  const lock = lockOutput(output);
  try {
    const leftovers = cleanLeftovers(output);
    const tracker = options.onProgress ? progress({ write: options.onProgress }) : null;
    const built = await buildFromDir(options, tracker);
    if (strict && built.unplaced.length > 0) {
      throw new PipelineError(built.unplaced.map((u) => `${u} (--strict)`));
    }
    const { written, removed, warnings } = writeOutput(output, serialise(built.dataset), built.texts);
    return [
      ...lock.notes,
      ...(leftovers.removed > 0 ? [`removed ${leftovers.removed} files left by an interrupted run`] : []),
      ...built.log,
      ...(built.unplaced.length > 0
        ? [`${built.unplaced.length} reports kept without a region:`, ...built.unplaced.map((u) => `  ${u}`)]
        : []),
      `wrote ${output} (${written} files updated, ${removed} stale texts removed)`,
      ...[...leftovers.warnings, ...warnings].map((w) => `warning: ${w}`),
    ];
  } finally {
    lock.release();
  }
}
