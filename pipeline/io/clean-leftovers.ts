import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OWN_TEXT, TEMP_MARK } from './write-output';

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * The texts the figures file on disk points to; null where it cannot say (unreadable, or not a dataset), and
 * then no text is judged unreferenced. A missing figures file points to none: its texts are of no use.
 */
function referencedTexts(figuresFile: string): Set<string> | null {
  let raw: string;
  try {
    raw = readFileSync(figuresFile, 'utf8');
  } catch (e) {
    return code(e) === 'ENOENT' ? new Set() : null;
  }
  try {
    const reports = (JSON.parse(raw) as { reports?: unknown }).reports;
    if (!Array.isArray(reports)) return null;
    return new Set(
      reports.flatMap((r) => {
        const path = (r as { textPath?: unknown }).textPath;
        return typeof path === 'string' ? [join(dirname(figuresFile), path)] : [];
      }),
    );
  } catch {
    return null;
  }
}

function list(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/**
 * Removes what a killed run leaves beside `figuresFile` (run under the output lock, before anything is written):
 * its temporary files and the texts it added that the figures file on disk does not point to. The figures file
 * itself is only ever replaced by a rename, so it is whole. Never touches a file this pipeline did not write.
 */
export function cleanLeftovers(figuresFile: string): { removed: number; warnings: string[] } {
  const dir = dirname(figuresFile);
  const textsDir = join(dir, 'texts');
  const referenced = referencedTexts(figuresFile);
  const doomed = [
    ...list(dir)
      .filter((name) => name.startsWith(`${basename(figuresFile)}${TEMP_MARK}`))
      .map((name) => join(dir, name)),
    ...list(textsDir)
      .map((name) => ({ name, path: join(textsDir, name) }))
      .filter(
        ({ name, path }) => name.includes(TEMP_MARK) || (OWN_TEXT.test(name) && referenced && !referenced.has(path)),
      )
      .map(({ path }) => path),
  ];
  let removed = 0;
  const warnings: string[] = [];
  for (const path of doomed) {
    try {
      rmSync(path, { force: true });
      removed++;
    } catch (e) {
      warnings.push(`${path}: cannot remove (${code(e)})`);
    }
  }
  return { removed, warnings };
}
