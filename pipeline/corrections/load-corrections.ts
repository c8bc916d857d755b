import { type Correction, correctionsFileSchema } from './corrections-schema';
import { readJsonFile } from '../io/read-json-file';

/** Reads and validates the reviewed corrections file; a missing file means no corrections. */
export function loadCorrections(path: string): Correction[] {
  return readJsonFile(path, correctionsFileSchema)?.corrections ?? [];
}
