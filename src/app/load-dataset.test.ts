import { describe, expect, it } from 'vitest';
import { makeFixture } from '@/lib/testing/dataset-fixture';
import { DatasetLoadError, loadDataset, type LoadProblem } from '@/app/load-dataset';

const valid = JSON.stringify(makeFixture().data);

function fakeFetch(body: string, status = 200): typeof fetch {
  return () => Promise.resolve(new Response(body, { status }));
}

async function problemOf(promise: Promise<unknown>): Promise<LoadProblem> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DatasetLoadError) return e.problem;
    throw e;
  }
  throw new Error('expected a DatasetLoadError');
}

describe('loadDataset', () => {
  it('loads, validates and indexes the data relative to the page', async () => {
    const urls: string[] = [];
    const loaded = await loadDataset('http://localhost/sub/path/index.html?lang=en', (url) => {
      urls.push(url instanceof Request ? url.url : url.toString());
      return Promise.resolve(new Response(valid));
    });
    expect(urls).toEqual(['http://localhost/sub/path/data/figures.json']);
    expect(loaded.index.figureById.size).toBe(loaded.data.figures.length);
  });

  it('names the file and the HTTP status when the file is missing', async () => {
    expect(await problemOf(loadDataset('http://localhost/', fakeFetch('nope', 404)))).toEqual({
      kind: 'http',
      file: 'data/figures.json',
      url: 'http://localhost/data/figures.json',
      status: 404,
    });
  });

  it('reports broken JSON', async () => {
    const problem = await problemOf(loadDataset('http://localhost/', fakeFetch('{"schemaVersion": 1, ')));
    expect(problem).toMatchObject({ kind: 'json', url: 'http://localhost/data/figures.json', status: 200 });
  });

  it('names the invalid field', async () => {
    const data = JSON.parse(valid) as { figures: { value: unknown }[] };
    data.figures[2]!.value = 'many';
    const problem = await problemOf(loadDataset('http://localhost/', fakeFetch(JSON.stringify(data))));
    expect(problem.kind).toBe('schema');
    if (problem.kind !== 'schema') return;
    expect(problem.issues.map((i) => i.path)).toEqual(['figures[2].value']);
    expect(problem.issues[0]?.message).toEqual({
      zh: '无效输入：期望 数字，实际接收 string',
      en: 'Invalid input: expected number, received string',
    });
  });

  it('reports a failed request', async () => {
    const problem = await problemOf(loadDataset('http://localhost/', () => Promise.reject(new TypeError('offline'))));
    expect(problem).toMatchObject({ kind: 'network', url: 'http://localhost/data/figures.json', detail: 'offline' });
    expect(problem).not.toHaveProperty('status');
  });
});
