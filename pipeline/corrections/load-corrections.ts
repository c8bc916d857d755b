import { type Correction, correctionsFileSchema } from './corrections-schema';
import { readJsonFile } from '../io/read-json-file';
import { PipelineError } from '../pipeline-error';

/**
 * Reads and validates the reviewed corrections file. A missing file means no corrections where it is only the
 * default place to look, and is a problem where the file was named on the command line.
 */
export function loadCorrections(path: string, required: boolean): Correction[] {
  const file = readJsonFile(path, correctionsFileSchema);
  if (!file && required) throw new PipelineError([`${path}: no such corrections file`]);
  return file?.corrections ?? [];
}
