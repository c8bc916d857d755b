import { buildDatasetIndex } from '@/lib/dataset-index';
import type { LoadedDataset } from '@/lib/dataset-context';
import { datasetSchema } from '@/lib/figures-schema';
import { describeSchemaIssues, type SchemaIssue } from '@/app/schema-issues';
import { inlineFigures } from '@/app/inline-dataset';

/** Relative to the page, so the app works from any sub-path of a server (vite base './'). */
export const DATA_FILE = 'data/figures.json';

/** Where the page asks for the data file: what an administrator checks first when it does not load. */
export const dataFileUrl = (pageUrl: string): string => new URL(DATA_FILE, pageUrl).href;

/**
 * What went wrong, for the administrator: the file as named in the project and its full address.
 * `status` is the server's answer where there was one; a page carrying its data (portable build) has none.
 */
export type LoadProblem =
  | { kind: 'network'; file: string; url: string; detail: string }
  | { kind: 'http'; file: string; url: string; status: number }
  | { kind: 'json'; file: string; url: string; status?: number; detail: string }
  | { kind: 'schema'; file: string; url: string; status?: number; issues: SchemaIssue[]; total: number };

/** Where the text came from, carried into a json or schema problem. */
interface Origin {
  url: string;
  status?: number;
}

export class DatasetLoadError extends Error {
  constructor(readonly problem: LoadProblem) {
    super(`${problem.file}: ${problem.kind}`);
    this.name = 'DatasetLoadError';
  }
}

/** Validates parsed JSON against the shared schema and indexes it; throws a DatasetLoadError naming the fields. */
function parseDataset(json: unknown, origin: Origin): LoadedDataset {
  // With the input on each issue, zod's Chinese messages can name the type found (describeSchemaIssues).
  const parsed = datasetSchema.safeParse(json, { reportInput: true });
  mark('dataset:validated');
  if (!parsed.success) {
    throw new DatasetLoadError({
      kind: 'schema',
      file: DATA_FILE,
      ...origin,
      issues: describeSchemaIssues(parsed.error),
      total: parsed.error.issues.length,
    });
  }
  const index = buildDatasetIndex(parsed.data);
  mark('dataset:indexed');
  return { data: parsed.data, index, baseUrl: origin.url };
}

/** Steps of the load in the browser's performance timeline (DevTools, bench/page-load.bench.ts). */
function mark(name: string) {
  if (typeof performance !== 'undefined' && 'mark' in performance) performance.mark(name);
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export async function loadDataset(pageUrl: string, fetchImpl: typeof fetch = fetch): Promise<LoadedDataset> {
  const url = dataFileUrl(pageUrl);
  const inline = inlineFigures();
  if (inline !== null) return parseDataset(parseJson(inline, { url }), { url });
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new DatasetLoadError({
      kind: 'network',
      file: DATA_FILE,
      url,
      detail: errorText(e),
    });
  }
  if (!response.ok) throw new DatasetLoadError({ kind: 'http', file: DATA_FILE, url, status: response.status });
  const origin: Origin = { url, status: response.status };
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    throw new DatasetLoadError({ kind: 'json', file: DATA_FILE, ...origin, detail: errorText(e) });
  }
  return parseDataset(parseJson(text, origin), origin);
}

function parseJson(text: string, origin: Origin): unknown {
  mark('dataset:received');
  try {
    const json: unknown = JSON.parse(text);
    mark('dataset:parsed');
    return json;
  } catch (e) {
    throw new DatasetLoadError({ kind: 'json', file: DATA_FILE, ...origin, detail: errorText(e) });
  }
}
