import { describe, expect, it } from 'vitest';
import type { LoadProblem } from '@/app/load-dataset';
import { loadProblemFacts, loadProblemReason } from '@/app/load-problem-facts';

const file = 'data/figures.json';
const url = 'http://example.org/board/data/figures.json';

describe('loadProblemFacts', () => {
  it('gives the address, the HTTP status and the reason of a missing file', () => {
    const problem: LoadProblem = { kind: 'http', file, url, status: 404 };
    expect(loadProblemFacts(problem, 'zh')).toEqual([
      { label: '数据文件地址', value: url },
      { label: 'HTTP 状态', value: '404' },
      { label: '原因', value: '无法读取数据文件 data/figures.json：服务器返回 HTTP 404。' },
    ]);
    expect(loadProblemFacts(problem, 'en')).toEqual([
      { label: 'Data file address', value: url },
      { label: 'HTTP status', value: '404' },
      { label: 'Reason', value: 'Cannot read the data file data/figures.json: the server answered HTTP 404.' },
    ]);
  });

  it('says why there is no status: no answer from the server, or data carried by the page', () => {
    const network: LoadProblem = { kind: 'network', file, url, detail: 'Failed to fetch' };
    expect(loadProblemFacts(network, 'en')[1]).toEqual({
      label: 'HTTP status',
      value: 'none (the server did not answer)',
    });
    const embedded: LoadProblem = { kind: 'json', file, url, detail: 'Unexpected end of JSON input' };
    expect(loadProblemFacts(embedded, 'zh')[1]).toEqual({ label: 'HTTP 状态', value: '无（数据内嵌于页面）' });
  });

  it('keeps the status of a file that arrived but is wrong', () => {
    const problem: LoadProblem = { kind: 'schema', file, url, status: 200, issues: [], total: 3 };
    expect(loadProblemFacts(problem, 'en').map((f) => f.value)).toEqual([
      url,
      '200',
      'The data file data/figures.json does not match the data format (3 problems), for example:',
    ]);
  });
});

describe('loadProblemReason', () => {
  it('names the file and the parser’s complaint for broken JSON, in both languages', () => {
    const problem: LoadProblem = { kind: 'json', file, url, status: 200, detail: 'Unexpected token' };
    expect(loadProblemReason(problem, 'zh')).toBe('数据文件 data/figures.json 不是有效的 JSON：Unexpected token');
    expect(loadProblemReason(problem, 'en')).toBe(
      'The data file data/figures.json is not valid JSON: Unexpected token',
    );
  });

  it('passes the network error on as the browser worded it', () => {
    const problem: LoadProblem = { kind: 'network', file, url, detail: 'Failed to fetch' };
    expect(loadProblemReason(problem, 'zh')).toBe('无法读取数据文件 data/figures.json：Failed to fetch');
  });
});
