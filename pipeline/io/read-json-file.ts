import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { describeIssues } from '@/lib/figures-schema';
import { PipelineError } from '../pipeline-error';

/**
 * Reads and validates an optional JSON input (sources.json, corrections.json): null where the file does not
 * exist; a PipelineError naming the file and why where it cannot be read, is not JSON or breaks the schema.
 */
export function readJsonFile<T>(path: string, schema: z.ZodType<T>): T | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new PipelineError([`${path}: cannot read (${(e as Error).message})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new PipelineError([`${path}: not valid JSON (${(e as Error).message})`]);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new PipelineError(describeIssues(parsed.error, 50).map((m) => `${path}: ${m}`));
  return parsed.data;
}
