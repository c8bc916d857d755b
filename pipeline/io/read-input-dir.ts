import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DOCUMENT_EXTENSIONS, decodeDocument } from './decode-document';
import { readJsonFile } from './read-json-file';
import { PipelineError } from '../pipeline-error';

export interface InputReport {
  file: string;
  /** The decoded text, as it will be stored and as figure offsets refer to. */
  text: string;
  encoding: string;
}

const sourcesSchema = z.array(
  z.object({
    file: z.string().min(1),
    url: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
    source: z.string().nullable().optional(),
  }),
);
export type Source = z.infer<typeof sourcesSchema>[number];

function readSources(dir: string): Source[] {
  return readJsonFile(join(dir, 'sources.json'), sourcesSchema) ?? [];
}

/** Code-point order, independent of the machine's locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface InputDir {
  reports: InputReport[];
  sources: Source[];
  /** One line per file that cannot be used, naming it and why; all are collected so one run names every one. */
  problems: string[];
}

/** Reads every report in `dir` (sorted; .txt, .html, .docx, .pdf, see decodeDocument) and the optional sources.json. */
export async function readInputDir(dir: string): Promise<InputDir> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => DOCUMENT_EXTENSIONS.test(n))
      .sort(byCodePoint);
  } catch (e) {
    throw new PipelineError([`${dir}: cannot read the input folder (${(e as Error).message})`]);
  }
  const problems: string[] = [];
  const reports: InputReport[] = [];
  for (const file of names) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(dir, file));
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      problems.push(`${file}: cannot read (${err.code ?? err.message})`);
      continue;
    }
    const decoded = await decodeDocument(file, bytes);
    if (decoded.ok) reports.push({ file, text: decoded.text, encoding: decoded.encoding });
    else problems.push(`${file}: ${decoded.reason}`);
  }
  let sources: Source[] = [];
  try {
    sources = readSources(dir);
  } catch (e) {
    if (e instanceof PipelineError) problems.push(...e.problems);
    else throw e;
  }
  if (names.length === 0) problems.push(`${dir}: no reports (.txt, .html, .docx, .pdf)`);
  return { reports, sources, problems };
}
