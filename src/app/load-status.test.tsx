import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LoadError } from '@/app/load-status';
import type { LoadProblem } from '@/app/load-dataset';

const problem: LoadProblem = {
  kind: 'schema',
  file: 'data/figures.json',
  url: 'http://localhost/data/figures.json',
  status: 200,
  total: 2,
  issues: [
    {
      path: 'figures[3].value',
      message: { zh: '无效输入：期望 数字，实际接收 string', en: 'Invalid input: expected number' },
    },
    { path: '', message: { zh: '无效输入', en: 'Invalid input' } },
  ],
};

const html = (lang: 'zh' | 'en') =>
  renderToStaticMarkup(<LoadError problem={problem} lang={lang} onRetry={() => {}} />);

/** The alert's text, tags stripped, as a reader meets it. */
const text = (lang: 'zh' | 'en') => html(lang).replace(/<[^>]+>/g, ' ');

/** What an official sees before opening the technical details. */
const outsideDetails = (lang: 'zh' | 'en') => html(lang).replace(/<details[\s\S]*<\/details>/, '');

describe('LoadError', () => {
  it('tells the official in plain words what to do, with a retry and no file names', () => {
    const zh = outsideDetails('zh');
    expect(zh).toContain('看板数据暂时无法载入。');
    expect(zh).toContain('请稍后重试；如仍无法打开，请联系本单位信息管理员。');
    expect(zh).toContain('>重试</button>');
    expect(zh).not.toMatch(/figures\.json|npm|JSON/);
    const en = outsideDetails('en');
    expect(en).toContain('The dashboard data cannot be loaded at the moment.');
    expect(en).toContain('>Retry</button>');
    expect(en).not.toMatch(/figures\.json|npm|JSON/);
  });

  it('folds the technical details away, closed, under a summary for the administrator', () => {
    expect(html('zh')).toMatch(/<details class="load-error-details"><summary>技术详情（供管理员）<\/summary>/);
    expect(html('en')).toContain('<summary>Technical details (for the administrator)</summary>');
    expect(html('en')).not.toMatch(/<details[^>]* open/);
  });

  it('reads in Chinese in the Chinese UI: the address, the file, the count, each field with its problem', () => {
    const zh = text('zh');
    expect(zh).toContain('http://localhost/data/figures.json');
    expect(zh).toContain('数据文件 data/figures.json 的内容不符合数据格式（共 2 处问题）');
    expect(zh).toContain('figures[3].value ：无效输入：期望 数字，实际接收 string');
    expect(zh).toContain('（整个文件） ：无效输入');
    expect(zh).toContain('npm run extract');
    expect(zh).not.toMatch(/Invalid|expected/);
  });

  it('reads in English in the English UI', () => {
    const en = text('en');
    expect(en).toContain('The data file data/figures.json does not match the data format (2 problems)');
    expect(en).toContain('figures[3].value : Invalid input: expected number');
    expect(en).toContain('(the whole file) : Invalid input');
    expect(en).toContain('npm run extract');
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
