import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { z } from 'zod';
import { DOCUMENT_EXTENSIONS, decodeDocument } from './decode-document';
import { readJsonFile } from './read-json-file';
import { readRegularFile } from './read-regular-file';
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

/**
 * Largest report read by default: 1 MB is some 330,000 Chinese characters, ten times the longest news report
 * seen; a bigger ".txt" is a dump or a mistake, and the rules take minutes over it.
 */
export const DEFAULT_MAX_REPORT_BYTES = 1_000_000;

const BINARY_DOCUMENT = /\.(?:pdf|docx)$/i;
const BINARY_DOCUMENT_FACTOR = 20;

export interface ReadOptions {
  maxReportBytes?: number;
  /** How to raise the limit, appended to the "too large" message (the command line names its flag). */
  limitHint?: string;
  /** Called after each report file is read, for progress. */
  onFile?: (file: string, bytes: number) => void;
}

// Node's ICU maps Big5-HKSCS's Hong Kong characters to private-use code points; iconv-lite has the full table.
const big5Decoder = (bytes: Uint8Array) =>
  iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5hkscs');

export interface InputDir {
  reports: InputReport[];
  sources: Source[];
  /** One line per file that cannot be used, naming it and why; all are collected so one run names every one. */
  problems: string[];
}

/** Reads every report in `dir` (sorted; .txt, .html, .docx, .pdf, see decodeDocument) and the optional sources.json. */
export async function readInputDir(dir: string, options: ReadOptions = {}): Promise<InputDir> {
  const { maxReportBytes = DEFAULT_MAX_REPORT_BYTES, limitHint = '', onFile } = options;
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
    // A Word file or PDF carries its fonts and layout: the limit is on what a text file of the report would be.
    const limit = BINARY_DOCUMENT.test(file) ? maxReportBytes * BINARY_DOCUMENT_FACTOR : maxReportBytes;
    const read = readRegularFile(join(dir, file), limit, limitHint);
    if (!read.ok) {
      problems.push(`${file}: ${read.reason}`);
      continue;
    }
    onFile?.(file, read.bytes.length);
    const decoded = await decodeDocument(file, read.bytes, { big5Decoder });
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
