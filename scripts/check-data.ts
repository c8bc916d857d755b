import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runExtract } from '../pipeline/run-extract';
import { PipelineError } from '../pipeline/pipeline-error';

/**
 * CI guard: regenerates the data from data/reports into a temporary folder and fails if the committed
 * public/data (figures.json and texts/) differs, i.e. someone changed reports, rules or corrections
 * without re-running `npm run extract`.
 */
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const committed = join(root, 'public/data');

function listTexts(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.txt'))
        .sort()
    : [];
}

function differences(fresh: string): string[] {
  const diffs: string[] = [];
  const same = (a: string, b: string) => existsSync(a) && existsSync(b) && readFileSync(a).equals(readFileSync(b));
  if (!same(join(fresh, 'figures.json'), join(committed, 'figures.json'))) diffs.push('figures.json differs');
  const freshTexts = listTexts(join(fresh, 'texts'));
  const oldTexts = listTexts(join(committed, 'texts'));
  for (const name of new Set([...freshTexts, ...oldTexts])) {
    if (!freshTexts.includes(name)) diffs.push(`texts/${name} is committed but no longer generated`);
    else if (!oldTexts.includes(name)) diffs.push(`texts/${name} is generated but not committed`);
    else if (!same(join(fresh, 'texts', name), join(committed, 'texts', name))) diffs.push(`texts/${name} differs`);
  }
  return diffs;
}

async function main(): Promise<number> {
  const fresh = mkdtempSync(join(tmpdir(), 'check-data-'));
  try {
    // Strict: the bundled data must place every report, though a user's folder need not.
    await runExtract({ input: join(root, 'data/reports'), output: join(fresh, 'figures.json'), strict: true });
    const diffs = differences(fresh);
    if (diffs.length > 0) {
      process.stderr.write(
        `public/data is out of date; run \`npm run extract\` and commit the result:\n${diffs.map((d) => `  ${d}`).join('\n')}\n`,
      );
      return 1;
    }
    process.stderr.write('public/data matches data/reports\n');
    return 0;
  } catch (e) {
    const lines = e instanceof PipelineError ? e.problems : [(e as Error).stack ?? String(e)];
    process.stderr.write(`check:data could not regenerate the data:\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
    return 1;
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

process.exitCode = await main();
