import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGold } from '../scoring/score-against-gold';
import { normalise } from '../text/normalise';
import { extractFigures } from './extract-figures';

const seedsDir = new URL('../../data/reports/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, stored: readFileSync(new URL(file, seedsDir), 'utf8') }));

describe('extractFigures on the seed reports', () => {
  it('has seeds to check', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });

  it.each(seeds)('$file: every quote is the stored text at its offsets', ({ stored }) => {
    const figures = extractFigures(stored);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.quote).toBe(stored.slice(f.start, f.end));
      expect(f.quote).toBe(f.quote.trim());
    }
  });

  it.each(seeds)('$file: figures are in text order and the same on every run', ({ stored }) => {
    const first = extractFigures(stored);
    expect(extractFigures(stored)).toEqual(first);
    expect(extractFigures(stored, normalise(stored))).toEqual(first);
    for (let i = 1; i < first.length; i++) expect(first[i]!.start).toBeGreaterThanOrEqual(first[i - 1]!.start);
  });

  it('quotes a Traditional report in Traditional, with its pinyin artefacts, but reads it in Simplified', () => {
    const seed = seeds.find((s) => s.file.startsWith('004_'))!;
    const figures = extractFigures(seed.stored);
    const classes = figures.find((f) => f.value === 6 && f.unit === '期')!;
    expect(classes.quote).toContain('舉辦');
    expect(classes.quote).toContain('學(xué)習(xí)');
    expect(classes.quote.endsWith('6期')).toBe(true);
    expect(classes.activity).not.toMatch(/[舉辦學習]/);
    const leaders = figures.find((f) => f.value === 15000)!;
    expect(leaders).toMatchObject({ metric: 'participants', qualifier: 'approx', unit: '人', valueText: '近1.5万' });
    expect(leaders.quote.endsWith('近1.5萬人')).toBe(true);
  });
});

describe('extractFigures offsets', () => {
  it('points into the stored text when full-width digits, spaces and pinyin were normalised away', () => {
    const stored = '　　全區開展宣講 １１４５ 場次，學(xué)習(xí)班6期。';
    const figures = extractFigures(stored);
    expect(figures.map((f) => [f.value, f.unit, f.quote])).toEqual([
      [1145, '场次', '全區開展宣講 １１４５ 場次'],
      [6, '期', '學(xué)習(xí)班6期'],
    ]);
  });
});

describe('extractFigures quotes the clause a careful reader quotes', () => {
  const gold = loadGold(fileURLToPath(new URL('../../../shared/spec/seed-gold.json', import.meta.url)));

  it.each(seeds)(
    '$file: each required gold figure is found with a quote overlapping the gold quote',
    ({ file, stored }) => {
      const figures = extractFigures(stored);
      for (const g of gold.find((r) => r.file === file)?.figures.filter((f) => !f.optional) ?? []) {
        const at = stored.indexOf(g.quote);
        expect(at, g.quote).toBeGreaterThanOrEqual(0);
        const overlapping = figures.filter(
          (f) => f.metric === g.metric && f.value === g.value && f.start < at + g.quote.length && at < f.end,
        );
        expect(overlapping, `${g.metric} ${g.value} «${g.quote}»`).toHaveLength(1);
      }
    },
  );
});

describe('extractFigures quotes in WeChat scrapes', () => {
  it('ends a quoted clause at an emoji, as at punctuation', () => {
    const stored =
      '开展宣讲1200场，听众约8.5万人👏 三峡大坝旁的「红色课堂」累计接待参观学习760批次、3.1万人次！民生项目516件✔️ 目前已办结498件';
    const quotes = extractFigures(stored).map((f) => f.quote);
    expect(quotes).toContain('听众约8.5万人');
    expect(quotes.find((q) => q.includes('760'))).toBe('三峡大坝旁的「红色课堂」累计接待参观学习760批次');
    expect(quotes.find((q) => q.includes('498'))).toBe('目前已办结498件');
  });
});

describe('extractFigures in tables flattened into text', () => {
  it('reads the label before a colon as what the number counts (收集问题:2.1万个), and quotes it', () => {
    const stored = '三、我为群众办实事。收集问题：2.1万个；已办结：2.03万个；办结率：96.7%。';
    const figures = extractFigures(stored);
    const collected = figures.find((f) => f.value === 21000)!;
    expect(collected.metric).toBe('problemsCollected');
    expect(collected.quote).toBe('收集问题：2.1万个');
    expect(figures.find((f) => f.value === 20300)?.metric).toBe('problemsResolved');
    expect(figures.map((f) => f.value)).not.toContain(96.7);
  });

  it('reads a ratio (3:1) as part of its clause, not as the end of one', () => {
    const stored = '全区按照“党员与群众3:1”的比例组建结对帮扶小组1500个,开展宣讲1900余场。';
    const groups = extractFigures(stored).find((f) => f.value === 1500)!;
    expect(groups.quote).toBe('全区按照“党员与群众3:1”的比例组建结对帮扶小组1500个');
    expect(extractFigures('宣讲场次:1145场').map((f) => f.quote)).toEqual(['宣讲场次:1145场']);
  });
});
