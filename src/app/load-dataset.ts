import { buildDatasetIndex } from '@/lib/dataset-index';
import type { LoadedDataset } from '@/lib/dataset-context';
import { datasetSchema } from '@/lib/figures-schema';
import { describeSchemaIssues, type SchemaIssue } from '@/app/schema-issues';
import { inlineFigures } from '@/app/inline-dataset';

/** Relative to the page, so the app works from any sub-path of a server (vite base './'). */
const DATA_FILE = 'data/figures.json';

export type LoadProblem =
  | { kind: 'network'; file: string; detail: string }
  | { kind: 'http'; file: string; status: number }
  | { kind: 'json'; file: string; detail: string }
  | { kind: 'schema'; file: string; issues: SchemaIssue[]; total: number };

export class DatasetLoadError extends Error {
  constructor(readonly problem: LoadProblem) {
    super(`${problem.file}: ${problem.kind}`);
    this.name = 'DatasetLoadError';
  }
}

/** Validates parsed JSON against the shared schema and indexes it; throws a DatasetLoadError naming the fields. */
function parseDataset(json: unknown, file: string, baseUrl: string): LoadedDataset {
  // With the input on each issue, zod's Chinese messages can name the type found (describeSchemaIssues).
  const parsed = datasetSchema.safeParse(json, { reportInput: true });
  mark('dataset:validated');
  if (!parsed.success) {
    throw new DatasetLoadError({
      kind: 'schema',
      file,
      issues: describeSchemaIssues(parsed.error),
      total: parsed.error.issues.length,
    });
  }
  const index = buildDatasetIndex(parsed.data);
  mark('dataset:indexed');
  return { data: parsed.data, index, baseUrl };
}

/** Steps of the load in the browser's performance timeline (DevTools, bench/page-load.bench.ts). */
function mark(name: string) {
  if (typeof performance !== 'undefined' && 'mark' in performance) performance.mark(name);
}

export async function loadDataset(pageUrl: string, fetchImpl: typeof fetch = fetch): Promise<LoadedDataset> {
  const url = new URL(DATA_FILE, pageUrl).href;
  const inline = inlineFigures();
  if (inline !== null) return parseDataset(parseJson(inline), DATA_FILE, url);
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new DatasetLoadError({
      kind: 'network',
      file: DATA_FILE,
      detail: e instanceof Error ? e.message : String(e),
    });
  }
  if (!response.ok) throw new DatasetLoadError({ kind: 'http', file: DATA_FILE, status: response.status });
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    throw new DatasetLoadError({ kind: 'json', file: DATA_FILE, detail: e instanceof Error ? e.message : String(e) });
  }
  return parseDataset(parseJson(text), DATA_FILE, url);
}

function parseJson(text: string): unknown {
  mark('dataset:received');
  try {
    const json: unknown = JSON.parse(text);
    mark('dataset:parsed');
    return json;
  } catch (e) {
    throw new DatasetLoadError({ kind: 'json', file: DATA_FILE, detail: e instanceof Error ? e.message : String(e) });
  }
}
