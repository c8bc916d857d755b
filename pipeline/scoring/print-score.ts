/**
 * Development tool: scores the pipeline (without corrections) on a folder of reports against its gold file and
 * prints the score with every miss, false positive and wrong qualifier/status/region; `--all` also lists every
 * figure found. Defaults to the seeds; the regression corpus is `pipeline/__regression__/reports pipeline/__regression__/gold.json`.
 *
 *   npx tsx pipeline/scoring/print-score.ts [reportsDir] [goldFile] [--all]
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeRun, runAgainstGold } from './run-against-gold';

const { values, positionals } = parseArgs({
  options: { all: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const reportsDir = positionals[0] ?? fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
const goldFile = positionals[1] ?? fileURLToPath(new URL('../../../shared/spec/seed-gold.json', import.meta.url));

const run = await runAgainstGold(reportsDir, goldFile);
const lines = [...run.input.problems.map((p) => `  unreadable: ${p}`), ...describeRun(reportsDir, run)];
if (values.all) {
  const tag = new Map<unknown, string>([
    ...run.score.truePositives.map((t) => [t.found, 'ok '] as const),
    ...run.score.falsePositives.map((f) => [f, 'FP '] as const),
  ]);
  for (const f of run.found) {
    lines.push(
      `  ${tag.get(f) ?? 'opt'} ${f.file} ${f.metric.padEnd(17)} ${String(f.value).padStart(8)} ${f.qualifier.padEnd(7)} ` +
        `${f.unit.padEnd(3)} [${f.status}/${f.category}] ${f.activity} | ${f.quote}`,
    );
  }
}
for (const { found, gold } of run.score.truePositives) {
  if (!found.quote.includes(gold.quote) && !gold.quote.includes(found.quote)) {
    lines.push(`  quote ${found.file} ${found.value}: gold «${gold.quote}» vs «${found.quote}»`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
