import { dirname, join, resolve } from 'node:path';
import { readInputDir } from './io/read-input-dir';
import { writeOutput } from './io/write-output';
import { loadCorrections } from './corrections/load-corrections';
import { buildDataset, type BuildOutput } from './build-dataset';
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
}

const defaultCorrectionsPath = (input: string) => join(dirname(resolve(input)), 'corrections.json');

/** Reads and builds without writing anything; throws PipelineError naming every bad input. */
async function buildFromDir(input: string, correctionsOption: string | null | undefined): Promise<BuildOutput> {
  const { reports, sources, problems } = await readInputDir(input);
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
    built = buildDataset({ reports, sources, corrections });
  } catch (e) {
    if (!(e instanceof PipelineError)) throw e;
    problems.push(...e.problems);
  }
  if (!built || problems.length > 0) throw new PipelineError(problems);
  return built;
}

/** Serialised output: fixed key order and indentation, a final newline, so re-runs are byte-identical. */
export const serialise = (dataset: BuildOutput['dataset']) => `${JSON.stringify(dataset, null, 1)}\n`;

export async function runExtract({ input, output, corrections, strict = false }: ExtractOptions): Promise<string[]> {
  const built = await buildFromDir(input, corrections);
  if (strict && built.unplaced.length > 0) {
    throw new PipelineError(built.unplaced.map((u) => `${u} (--strict)`));
  }
  const { written, removed, warnings } = writeOutput(output, serialise(built.dataset), built.texts);
  return [
    ...built.log,
    ...(built.unplaced.length > 0
      ? [`${built.unplaced.length} reports kept without a region:`, ...built.unplaced.map((u) => `  ${u}`)]
      : []),
    `wrote ${output} (${written} files updated, ${removed} stale texts removed)`,
    ...warnings.map((w) => `warning: ${w}`),
  ];
}
