import { readFileSync } from 'node:fs';
import { describeIssues } from '@/lib/figures-schema';
import { type Correction, correctionsFileSchema } from './corrections-schema';
import { PipelineError } from '../pipeline-error';

/** Reads and validates the reviewed corrections file; a missing file means no corrections. */
export function loadCorrections(path: string): Correction[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new PipelineError([`${path}: cannot read corrections (${(e as Error).message})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new PipelineError([`${path}: not valid JSON (${(e as Error).message})`]);
  }
  const parsed = correctionsFileSchema.safeParse(json);
  if (!parsed.success) throw new PipelineError(describeIssues(parsed.error, 50).map((m) => `${path}: ${m}`));
  return parsed.data.corrections;
}
