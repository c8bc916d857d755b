import { describe, expect, it } from 'vitest';
import { datasetSchema } from '@/lib/figures-schema';
import { makeFixture } from '@/lib/testing/dataset-fixture';
import { describeSchemaIssues } from '@/app/schema-issues';

type Json = Record<string, unknown> & { figures: Record<string, unknown>[]; reports: Record<string, unknown>[] };

function issuesOf(mutate: (data: Json) => void) {
  const data = JSON.parse(JSON.stringify(makeFixture().data)) as Json;
  mutate(data);
  const parsed = datasetSchema.safeParse(data, { reportInput: true });
  if (parsed.success) throw new Error('expected the data to be invalid');
  return describeSchemaIssues(parsed.error);
}

describe('describeSchemaIssues', () => {
  it("words zod's own messages in Chinese and English, naming the field", () => {
    const issues = issuesOf((d) => {
      d.figures[1]!.value = 'many';
      delete d.figures[4]!.metric;
    });
    expect(issues.map((i) => i.path)).toEqual(['figures[1].value', 'figures[4].metric']);
    expect(issues[0]!.message.zh).toBe('无效输入：期望 数字，实际接收 string');
    expect(issues[0]!.message.en).toBe('Invalid input: expected number, received string');
    expect(issues[1]!.message.zh).toMatch(/^无效选项：期望以下之一 "sessions"\|/);
    expect(issues[1]!.message.en).toMatch(/^Invalid option: expected one of "sessions"\|/);
  });

  it("gives the schema's own checks in both languages", () => {
    const issues = issuesOf((d) => {
      d.figures[0]!.end = 0;
      d.reports[0]!.regionCode = '999999';
    });
    const byPath = new Map(issues.map((i) => [i.path, i.message]));
    expect(byPath.get('figures[0].end')).toEqual({ zh: '结束位置必须在开始位置之后', en: 'end must be after start' });
    expect(byPath.get('reports[0].regionCode')).toEqual({ zh: '未知地区 999999', en: 'unknown region 999999' });
  });

  it('says which file-level field is missing and leaves the path empty for the file itself', () => {
    expect(
      issuesOf((d) => {
        delete d.corrections;
      }).map((i) => i.path),
    ).toEqual(['corrections']);
    const root = datasetSchema.safeParse([], { reportInput: true });
    if (root.success) throw new Error('expected the data to be invalid');
    const [issue] = describeSchemaIssues(root.error);
    expect(issue?.path).toBe('');
    expect(issue?.message.zh).toBe('无效输入：期望 object，实际接收 数组');
  });

  it('keeps at most the first few issues', () => {
    const issues = issuesOf((d) => {
      for (const f of d.figures) f.value = -1;
    });
    expect(issues.length).toBeLessThanOrEqual(8);
    expect(issues[0]!.message.zh).toContain('数值过小');
  });
});
