import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Only files this pipeline writes are ever removed from the texts folder. */
const OWN_TEXT = /^r-[0-9a-f]+\.txt$/;
const TEMP_MARK = '.tmp-';

function unchanged(path: string, content: string): boolean {
  try {
    return existsSync(path) && readFileSync(path, 'utf8') === content;
  } catch {
    return false;
  }
}

/**
 * Writes the figures file and the report texts beside it (`texts/…` paths relative to it). Every file is
 * written to a temporary name first and renamed into place only once all are written, the figures file
 * last, so a failure leaves the previous output whole; texts of reports no longer present are removed.
 */
export function writeOutput(
  figuresFile: string,
  figuresJson: string,
  texts: ReadonlyMap<string, string>,
): { written: number; removed: number } {
  const dir = dirname(figuresFile);
  const textsDir = join(dir, 'texts');
  const temps: { temp: string; target: string }[] = [];
  const suffix = `${TEMP_MARK}${process.pid}`;
  try {
    mkdirSync(textsDir, { recursive: true });
    for (const [relative, content] of texts) {
      const target = join(dir, relative);
      if (unchanged(target, content)) continue;
      temps.push({ temp: target + suffix, target });
      writeFileSync(target + suffix, content, 'utf8');
    }
    temps.push({ temp: figuresFile + suffix, target: figuresFile });
    writeFileSync(figuresFile + suffix, figuresJson, 'utf8');
    for (const { temp, target } of temps) renameSync(temp, target);
  } catch (e) {
    for (const { temp } of temps) rmSync(temp, { force: true });
    throw e;
  }
  const keep = new Set([...texts.keys()].map((p) => join(dir, p)));
  let removed = 0;
  // Leftovers of a run that was killed between writing and renaming.
  for (const name of readdirSync(dir)) {
    if (name.startsWith(`${basename(figuresFile)}${TEMP_MARK}`)) rmSync(join(dir, name), { force: true });
  }
  for (const name of readdirSync(textsDir)) {
    const path = join(textsDir, name);
    if ((OWN_TEXT.test(name) || name.includes(TEMP_MARK)) && !keep.has(path)) {
      rmSync(path, { force: true });
      removed++;
    }
  }
  return { written: temps.length, removed };
}
