import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PipelineError } from '../pipeline-error';

/** Only files this pipeline writes are ever removed from the texts folder (r-<report>[-<content>].txt). */
export const OWN_TEXT = /^r-[0-9a-f]+(?:-[0-9a-f]+)?\.txt$/;
export const TEMP_MARK = '.tmp-';

function existing(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const reason = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Removes what it can and says what it could not: cleaning up must never hide the error being cleaned up after. */
function remove(paths: Iterable<string>): { removed: number; warnings: string[] } {
  let removed = 0;
  const warnings: string[] = [];
  for (const path of paths) {
    try {
      rmSync(path, { force: true });
      removed++;
    } catch (e) {
      warnings.push(`${path}: cannot remove (${reason(e)})`);
    }
  }
  return { removed, warnings };
}

/**
 * Writes the report texts beside the figures file (`texts/…` paths relative to it), then the figures file, each
 * under a temporary name renamed into place. A text's path names its content (ids.ts textPath), so texts are only
 * ever added under new names: until the figures file is renamed into place the previous one is whole and finds
 * every text it points to. A failure before that removes what this run added and throws a PipelineError naming
 * the file and why. Only after it are texts the new figures file does not list removed; a failure there leaves
 * extra files, not a broken output, and is returned as a warning.
 */
export function writeOutput(
  figuresFile: string,
  figuresJson: string,
  texts: ReadonlyMap<string, string>,
): { written: number; removed: number; warnings: string[] } {
  const dir = dirname(figuresFile);
  const textsDir = join(dir, 'texts');
  const suffix = `${TEMP_MARK}${process.pid}`;
  const added: string[] = [];
  let written = 0;
  let current = textsDir;
  let temp: string | null = null;
  try {
    mkdirSync(textsDir, { recursive: true });
    const files: [string, string][] = [...texts].map(([relative, content]) => [join(dir, relative), content]);
    files.push([figuresFile, figuresJson]);
    for (const [target, content] of files) {
      current = target;
      const isNew = !existsSync(target);
      if (!isNew && existing(target) === content) continue;
      temp = target + suffix;
      writeFileSync(temp, content, 'utf8');
      renameSync(temp, target);
      temp = null;
      if (isNew) added.push(target);
      written++;
    }
  } catch (e) {
    const cleanup = remove(temp === null ? added : [temp, ...added]);
    throw new PipelineError([`${current}: cannot write (${reason(e)})`, ...cleanup.warnings]);
  }

  const keep = new Set([...texts.keys()].map((p) => join(dir, p)));
  const warnings: string[] = [];
  const list = (folder: string, take: (name: string) => boolean) => {
    try {
      return readdirSync(folder)
        .filter(take)
        .map((name) => join(folder, name));
    } catch (e) {
      warnings.push(`${folder}: cannot list (${reason(e)})`);
      return [];
    }
  };
  // Leftovers of a run that was killed between writing and renaming, and texts no longer listed.
  const leftovers = remove(list(dir, (name) => name.startsWith(`${basename(figuresFile)}${TEMP_MARK}`)));
  const stale = remove(
    list(textsDir, (name) => OWN_TEXT.test(name) || name.includes(TEMP_MARK)).filter((path) => !keep.has(path)),
  );
  return { written, removed: stale.removed, warnings: [...warnings, ...leftovers.warnings, ...stale.warnings] };
}
