import { parseArgs } from 'node:util';
import { runExtract } from '../pipeline/run-extract';
import { DEFAULT_MAX_REPORT_BYTES, readInputDir } from '../pipeline/io/read-input-dir';
import { PipelineError } from '../pipeline/pipeline-error';
import { explainRejections } from '../pipeline/extract/explain';

const USAGE =
  'usage: npm run --silent extract -- [--input DIR] [--output FILE] [--corrections FILE | --no-corrections]\n' +
  `       [--max-report-mb N (largest report read, default ${DEFAULT_MAX_REPORT_BYTES / 1e6})] [--strict] [--explain]`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        input: { type: 'string', default: 'data/reports' },
        output: { type: 'string', default: 'public/data/figures.json' },
        corrections: { type: 'string' },
        'no-corrections': { type: 'boolean', default: false },
        'max-report-mb': { type: 'string', default: String(DEFAULT_MAX_REPORT_BYTES / 1e6) },
        strict: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const maxMb = Number(args['max-report-mb']);
  if (!(maxMb > 0)) {
    process.stderr.write(`--max-report-mb must be a positive number of megabytes\n${USAGE}\n`);
    return 2;
  }
  if (args.explain) {
    // Debugging the rules: which numbers with a unit were not taken as figures, and which rule said so.
    for (const report of (await readInputDir(args.input)).reports) {
      process.stderr.write(
        `${report.file}:\n${explainRejections(report.text)
          .map((l) => `  ${l}\n`)
          .join('')}`,
      );
    }
  }
  try {
    const log = await runExtract({
      input: args.input,
      output: args.output,
      corrections: args['no-corrections'] ? null : args.corrections,
      strict: args.strict,
      maxReportBytes: Math.round(maxMb * 1e6),
      limitHint: '; raise it with --max-report-mb',
      onProgress: (line) => process.stderr.write(`${line}\n`),
    });
    process.stderr.write(`${log.join('\n')}\n`);
    return 0;
  } catch (e) {
    if (e instanceof PipelineError) {
      process.stderr.write(
        `extract failed; ${args.output} left unchanged:\n${e.problems.map((p) => `  ${p}`).join('\n')}\n`,
      );
      return 1;
    }
    process.stderr.write(`extract failed; ${args.output} left unchanged: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

process.exitCode = await main();
