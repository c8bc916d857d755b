import { describe, expect, it } from 'vitest';
import { makeFixture } from '@/lib/testing/dataset-fixture';
import type { ChartView } from '@/lib/filter-figures';
import { buildChartSpecs } from '@/features/charts/chart-specs';

const view: ChartView = {
  regions: ['540100', '610100'],
  metric: 'sessions',
  measure: 'personTimes',
  level: 'all',
  includeUndated: false,
  categories: [],
  dateFrom: null,
  dateTo: null,
};

describe('buildChartSpecs', () => {
  it('returns the four charts with titles, filters in words and data tables', () => {
    const { data, index } = makeFixture();
    const specs = buildChartSpecs(data, index, view, 'zh');
    expect(specs.map((s) => s.id)).toEqual(['ranking', 'categories', 'problems', 'timeline']);
    for (const s of specs) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.subtitle).toContain('拉萨市');
      expect(s.fileStem).not.toMatch(/[\s/\\]/);
      expect(s.height).toBeGreaterThan(100);
    }
    const ranking = specs[0]!;
    expect(ranking.title).toBe('各地区开展场次排名');
    expect(ranking.table.rows.map((r) => [r.header, r.values[0]?.text])).toEqual([
      ['拉萨市', '≥2.8005万'],
      ['西安市', '未报告'],
    ]);
    expect(specs[3]?.note).toMatch(/另有1项/);
  });

  it('speaks English when asked', () => {
    const { data, index } = makeFixture();
    const specs = buildChartSpecs(data, index, view, 'en');
    expect(specs[0]?.title).toBe('Sessions held by region');
    expect(specs[0]?.subtitle).toContain('Lhasa');
    expect(specs[0]?.table.rows[1]?.values[0]?.text).toBe('Not reported');
  });

  it('gives a wrapping legend the room it takes at the width the charts get', () => {
    const { data, index } = makeFixture();
    const all = { ...view, regions: [] };
    const at = (width: number) => {
      const categories = buildChartSpecs(data, index, all, 'en', width).find((s) => s.id === 'categories')!;
      const grid = categories.option.grid as { top: number };
      return { height: categories.height, top: grid.top };
    };
    // Three legend entries: one line on a wide chart, more on a phone-width one; the plot moves down with it.
    expect(at(200).top).toBeGreaterThan(at(1000).top);
    expect(at(200).height).toBeGreaterThan(at(1000).height);
  });

  it('names the message an empty chart draws, and none for a chart with values', () => {
    const { data, index } = makeFixture();
    const specs = buildChartSpecs(data, index, { ...view, regions: ['330600'], metric: 'materials' }, 'en');
    const drawn = (s: (typeof specs)[number]) => {
      const o = s.option as { xAxis?: { name?: string }; title?: { text?: string } };
      return o.xAxis?.name ?? o.title?.text;
    };
    for (const s of specs) {
      expect(s.emptyText, s.id).toMatch(/^No /);
      expect(drawn(s), s.id).toBe(s.emptyText);
    }
    for (const s of buildChartSpecs(data, index, view, 'en').slice(0, 3)) expect(s.emptyText, s.id).toBeNull();
  });

  it('gives each chart its own explanation of a missing value, and no "missing" for an unpaired count', () => {
    const { data, index } = makeFixture();
    const specs = buildChartSpecs(data, index, { ...view, regions: [] }, 'zh');
    const ranking = specs.find((s) => s.id === 'ranking')!;
    const shaoxing = ranking.table.rows.find((r) => r.key === '330600')!;
    // 绍兴 reports sessions; 西安 is not in the axis (no report). Materials: every region lacks them.
    const materials = buildChartSpecs(data, index, { ...view, regions: [], metric: 'materials' }, 'zh');
    const id = materials[0]!.table.rows[0]!.values[0]!.explainId!;
    expect(materials[0]!.explanations.get(id)?.heading).toMatch(/发放材料$/);
    expect(shaoxing.values[0]?.explainId).toBeTruthy();
    // Caidian states 9 resolved and nothing collected: no collected count (未报告), no pair, the 9 apart.
    const problems = specs.find((s) => s.id === 'problems')!;
    const caidian = problems.table.rows.find((r) => r.key === '420114')!;
    expect(caidian.values.map((v) => v.text)).toEqual(['未报告', '–', '–', '–', '9']);
  });
});
