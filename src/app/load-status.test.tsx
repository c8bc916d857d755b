import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LoadError } from '@/app/load-status';
import type { LoadProblem } from '@/app/load-dataset';

const problem: LoadProblem = {
  kind: 'schema',
  file: 'data/figures.json',
  total: 2,
  issues: [
    {
      path: 'figures[3].value',
      message: { zh: '无效输入：期望 数字，实际接收 string', en: 'Invalid input: expected number' },
    },
    { path: '', message: { zh: '无效输入', en: 'Invalid input' } },
  ],
};

/** The alert's text, tags stripped, as a reader meets it. */
const text = (lang: 'zh' | 'en') =>
  renderToStaticMarkup(<LoadError problem={problem} lang={lang} />).replace(/<[^>]+>/g, ' ');

describe('LoadError', () => {
  it('reads in Chinese in the Chinese UI: the file, the count, each field with its problem', () => {
    const zh = text('zh');
    expect(zh).toContain('数据文件 data/figures.json 的内容不符合数据格式（共 2 处问题）');
    expect(zh).toContain('figures[3].value ：无效输入：期望 数字，实际接收 string');
    expect(zh).toContain('（整个文件） ：无效输入');
    expect(zh).not.toMatch(/Invalid|expected/);
  });

  it('reads in English in the English UI', () => {
    const en = text('en');
    expect(en).toContain('The data file data/figures.json does not match the data format (2 problems)');
    expect(en).toContain('figures[3].value : Invalid input: expected number');
    expect(en).toContain('(the whole file) : Invalid input');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
