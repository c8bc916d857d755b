import type { z } from 'zod';
import { describeIssues } from '@/lib/figures-schema';
import { readRegularFile } from './read-regular-file';
import { PipelineError } from '../pipeline-error';

/** Far above any hand-edited sources or corrections file; only keeps a wrong path from filling memory. */
const MAX_JSON_BYTES = 50_000_000;

/**
 * Reads and validates an optional JSON input (sources.json, corrections.json): null where the file does not
 * exist; a PipelineError naming the file and why where it cannot be read, is not JSON or breaks the schema.
 */
export function readJsonFile<T>(path: string, schema: z.ZodType<T>): T | null {
  const read = readRegularFile(path, MAX_JSON_BYTES);
  if (!read.ok) {
    if (read.reason === 'cannot read (ENOENT)') return null;
    throw new PipelineError([`${path}: ${read.reason}`]);
  }
  let json: unknown;
  try {
    // Windows Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(read.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PipelineError([`${path}: not valid JSON (${(e as Error).message})`]);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new PipelineError(describeIssues(parsed.error, 50).map((m) => `${path}: ${m}`));
  return parsed.data;
}
