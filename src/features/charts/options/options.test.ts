import { describe, expect, it } from 'vitest';
import type { ChartOption } from '@/lib/echarts';
import { countedFigures } from '@/lib/counted-figures';
import { NO_FILTERS, makeFixture } from '@/lib/testing/dataset-fixture';
import {
  axisRegions,
  selectCategoryBreakdown,
  selectProblems,
  selectRanking,
  selectTimeline,
} from '@/features/charts/chart-data';
import { buildCategoryOption } from '@/features/charts/options/categories';
import { axisValueFormatter, legendHeight } from '@/features/charts/options/common';
import { buildProblemsOption } from '@/features/charts/options/problems';
import { buildRankingOption } from '@/features/charts/options/ranking';
import { wrapLabel } from '@/features/charts/options/region-bars';
import { buildTimelineOption } from '@/features/charts/options/timeline';

/** The parts of an option the tests read; ECharts' own types are unions too wide to index. */
interface Loose {
  yAxis: { data: string[]; show?: boolean; axisLabel: { formatter: (code: string) => string } };
  xAxis: {
    type: string;
    show?: boolean;
    name?: string;
    axisLabel?: { show?: boolean; formatter: Record<string, string> };
  };
  legend?: unknown;
  series: {
    name: string;
    stack?: string;
    itemStyle?: { color?: string };
    data: ({ value: number | null | [string, number]; cellId?: string } | null)[];
    label?: { formatter: (p: { dataIndex: number }) => string };
  }[];
  tooltip: {
    formatter: (
      p: { dataIndex: number; seriesIndex?: number }[] | { dataIndex: number; seriesIndex?: number },
    ) => string;
  };
  title?: { text: string };
  textStyle: { fontFamily: string };
  dataZoom?: unknown[];
}
const loose = (o: ChartOption) => o as unknown as Loose;
const NO_DATES = { dateFrom: null, dateTo: null };

function setup(regions: string[] = [], dates: { dateFrom: string | null; dateTo: string | null } = NO_DATES) {
  const { data, index } = makeFixture();
  const filters = { regions, categories: [], ...dates };
  return { data, index, figures: countedFigures(data, index, filters), axis: axisRegions(data, index, regions) };
}

describe('buildRankingOption', () => {
  it('draws one bar per reported region, in rank order, and no bar for a region without a figure', () => {
    const { figures, axis, index } = setup(['540100', '610100', '330600']);
    const rows = selectRanking(figures, axis, 'sessions', index);
    const o = loose(buildRankingOption(rows, 'sessions', 'zh'));
    expect(o.yAxis.data).toEqual(['540100', '330600', '610100']);
    expect(o.series[0]?.data.map((d) => d?.value ?? null)).toEqual([28005, 1000, null]);
    expect(o.series[0]?.data[0]?.cellId).toBe(rows[0]?.cell?.id);
  });

  it('labels missing regions 未报告 / Not reported on the axis and keeps ≥ on values', () => {
    const { figures, axis, index } = setup(['540100', '610100']);
    const rows = selectRanking(figures, axis, 'sessions', index);
    const zh = loose(buildRankingOption(rows, 'sessions', 'zh'));
    expect(zh.yAxis.axisLabel.formatter('610100')).toContain('未报告');
    expect(zh.yAxis.axisLabel.formatter('540100')).not.toContain('未报告');
    expect(zh.yAxis.axisLabel.formatter('540100')).toContain('拉萨市');
    // Labels are short; the tooltip (below) and the data table keep the exact sum.
    expect(zh.series[0]?.label?.formatter({ dataIndex: 0 })).toBe('≥2.8万');
    const en = loose(buildRankingOption(rows, 'sessions', 'en'));
    expect(en.yAxis.axisLabel.formatter('610100')).toContain('Not reported');
    expect(en.series[0]?.label?.formatter({ dataIndex: 0 })).toBe('≥28,005');
  });

  it('names value, qualifier, unit and source reports in the tooltip', () => {
    const { figures, axis, index } = setup();
    const rows = selectRanking(figures, axis, 'sessions', index);
    const tip = loose(buildRankingOption(rows, 'sessions', 'zh')).tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).toContain('拉萨市');
    expect(tip).toContain('≥2.8005万');
    expect(tip).toContain('至少');
    expect(tip).toContain('场');
    expect(tip).toContain('拉萨报道');
    expect(tip).toContain('拉萨第二篇');
  });

  it('uses the bundled font and scrolls long region lists', () => {
    const { figures, axis, index } = setup();
    const o = loose(buildRankingOption(selectRanking(figures, axis, 'sessions', index), 'sessions', 'zh'));
    expect(o.textStyle.fontFamily).toContain('Noto Sans SC');
    expect(o.dataZoom).toBeUndefined();
    const many = Array.from({ length: 40 }, (_, i) => ({
      region: { ...axis[0]!, code: String(100000 + i) },
      cell: null,
    }));
    expect(loose(buildRankingOption(many, 'sessions', 'zh')).dataZoom?.length).toBeGreaterThan(0);
  });

  it('escapes report titles in tooltips', () => {
    const { data, index } = makeFixture();
    const report = data.reports.find((r) => r.id === 'r-c1');
    if (report) report.title = '<img src=x onerror=alert(1)>';
    const figures = countedFigures(data, index, NO_FILTERS);
    const rows = selectRanking(figures, axisRegions(data, index, []), 'sessions', index);
    const tip = loose(buildRankingOption(rows, 'sessions', 'zh')).tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).not.toContain('<img');
    expect(tip).toContain('&#60;img');
  });
});

describe('buildCategoryOption', () => {
  it('stacks one series per category present', () => {
    const { figures, axis, index } = setup();
    const b = selectCategoryBreakdown(figures, axis, 'sessions', index);
    const o = loose(buildCategoryOption(b, 'sessions', 'zh'));
    expect(o.series.map((s) => s.name)).toEqual(['集中学习', '宣讲党课', '文艺观影', '合计']);
    expect(o.legend).toMatchObject({ data: ['集中学习', '宣讲党课', '文艺观影'] });
    expect(new Set(o.series.map((s) => s.stack))).toEqual(new Set(['total']));
    const caidian = b.rows.findIndex((r) => r.region.code === '420114');
    expect(o.series[1]?.data[caidian]?.value).toBe(1145);
    expect(o.series[2]?.data[caidian]?.value).toBeNull();
  });

  it('totals beside the stacks add up only the categories the legend shows', () => {
    const { figures, axis, index } = setup();
    const b = selectCategoryBreakdown(figures, axis, 'sessions', index);
    const caidian = b.rows.findIndex((r) => r.region.code === '420114');
    const total = (o: Loose) => o.series.at(-1)?.label?.formatter({ dataIndex: caidian });
    expect(total(loose(buildCategoryOption(b, 'sessions', 'zh')))).toBe('1772');
    const hidden = loose(buildCategoryOption(b, 'sessions', 'zh', undefined, undefined, new Set(['宣讲党课'])));
    expect(total(hidden)).toBe('627');
    expect(hidden.legend).toMatchObject({ selected: { 宣讲党课: false, 集中学习: true } });
    const tip = (hidden as unknown as { tooltip: { formatter: (p: { dataIndex: number }[]) => string } }).tooltip;
    expect(tip.formatter([{ dataIndex: caidian }])).toContain('图例所选类别合计: <strong>627</strong>');
  });

  it('keeps each category in its own colour whichever categories a view has', () => {
    const { figures, axis, index } = setup();
    const all = loose(buildCategoryOption(selectCategoryBreakdown(figures, axis, 'sessions', index), 'sessions', 'en'));
    const shaoxing = setup(['330600']);
    const one = loose(
      buildCategoryOption(
        selectCategoryBreakdown(shaoxing.figures, shaoxing.axis, 'sessions', index),
        'sessions',
        'en',
      ),
    );
    const colours = (o: Loose) => new Map(o.series.map((s) => [s.name, s.itemStyle?.color]));
    // Shaoxing reports only films and performances: its first series here, the third with every region.
    expect(one.series[0]?.name).toBe('Films & performances');
    expect(all.series[2]?.name).toBe('Films & performances');
    expect(colours(one).get('Films & performances')).toBe(colours(all).get('Films & performances'));
    const categorySeries = all.series.filter((x) => x.name !== 'Total');
    expect(new Set(categorySeries.map((x) => x.itemStyle?.color)).size).toBe(categorySeries.length);
  });

  it('labels each stack with its total, short and with its qualifier, and none where not reported', () => {
    const { figures, axis, index } = setup(['540100', '330600', '610100']);
    const b = selectCategoryBreakdown(figures, axis, 'sessions', index);
    const totals = loose(buildCategoryOption(b, 'sessions', 'zh')).series.at(-1);
    const label = (code: string) =>
      totals?.label?.formatter({ dataIndex: b.rows.findIndex((r) => r.region.code === code) });
    expect(label('540100')).toBe('≥2.8万');
    expect(label('330600')).toBe('≥1000');
    expect(label('610100')).toBe('');
    expect(totals?.data.map((d) => d?.value ?? null)).toEqual([0, 0, null]);
  });
});

describe('buildProblemsOption', () => {
  it('puts collected beside resolved with the rate in the tooltip', () => {
    const { figures, axis, index } = setup();
    const rows = selectProblems(figures, axis, index);
    const o = loose(buildProblemsOption(rows, 'zh'));
    // Collected and resolved pairs, plus Caidian's 9 resolved that no collected count pairs with, apart.
    expect(o.series).toHaveLength(3);
    const caidian = rows.findIndex((r) => r.region.code === '420114');
    expect(o.series[1]?.data[caidian]?.value ?? null).toBeNull();
    expect(o.series[2]?.data[caidian]?.value).toBe(9);
    const lhasa = rows.findIndex((r) => r.region.code === '540100');
    expect(o.series[0]?.data[lhasa]?.value).toBe(2308);
    expect(o.series[1]?.data[lhasa]?.value).toBe(1902);
    expect(o.tooltip.formatter([{ dataIndex: lhasa }])).toContain('82.4%');
    const notReported = rows.findIndex(
      (r) => !r.collected && !r.resolved && !r.unpairedCollected && !r.unpairedResolved,
    );
    expect(o.yAxis.axisLabel.formatter(rows[notReported]!.region.code)).toContain('未报告');
  });
});

describe('buildTimelineOption', () => {
  it('draws dated values on a time axis', () => {
    const { figures, axis, index } = setup();
    const o = loose(buildTimelineOption(selectTimeline(figures, axis, 'sessions', index), 'sessions', 'en'));
    expect(o.xAxis.type).toBe('time');
    // Month and day ticks name their year, since a span inside one year has no year tick.
    for (const template of [o.xAxis.axisLabel?.formatter.month, o.xAxis.axisLabel?.formatter.day])
      expect(template).toContain('{yyyy}');
    const values = o.series.flatMap((s) => s.data.map((d) => d?.value));
    expect(values).toContainEqual(['2021-06-07', 1772]);
    expect(o.title?.text).toBeUndefined();
  });

  it('says so when nothing is dated', () => {
    const { figures, index } = setup();
    const o = loose(buildTimelineOption(selectTimeline(figures, [], 'sessions', index), 'sessions', 'zh'));
    expect(o.series).toHaveLength(0);
    expect(o.title?.text).toContain('没有注明日期');
  });
});

describe('charts with nothing to draw', () => {
  const NONE_ZH = '所选范围内没有地区报告此指标';

  it('say so inside the plot and still list each region as not reported (ranking)', () => {
    const { figures, axis, index } = setup(['330600', '610100']);
    const o = loose(buildRankingOption(selectRanking(figures, axis, 'materials', index), 'materials', 'zh'));
    expect(o.xAxis.name).toBe(NONE_ZH);
    expect(o.xAxis.axisLabel?.show).toBe(false);
    expect(o.yAxis.data).toEqual(['330600', '610100']);
    for (const code of o.yAxis.data) expect(o.yAxis.axisLabel.formatter(code)).toContain('未报告');
    expect(o.series[0]?.data.every((d) => d?.value === null)).toBe(true);

    // The same regions with a metric they do report: bars and no message.
    const drawn = loose(buildRankingOption(selectRanking(figures, axis, 'sessions', index), 'sessions', 'zh'));
    expect(drawn.xAxis.name).toBeUndefined();
  });

  it('say so for a date range without reports, in English too', () => {
    const { figures, axis, index } = setup([], { dateFrom: '2022-03-01', dateTo: '2022-03-31' });
    expect(figures).toHaveLength(0);
    const o = loose(buildRankingOption(selectRanking(figures, axis, 'sessions', index), 'sessions', 'en'));
    expect(o.xAxis.name).toBe('No selected region reports this metric');
    expect(o.yAxis.data.length).toBe(axis.length);
    expect(o.yAxis.data.length).toBeGreaterThan(0);
    for (const code of o.yAxis.data) expect(o.yAxis.axisLabel.formatter(code)).toContain('Not reported');
  });

  it('leave out a legend of series without bars (categories, problems)', () => {
    const { figures, axis, index } = setup(['330600']);
    const b = selectCategoryBreakdown(figures, axis, 'materials', index);
    const categories = loose(buildCategoryOption(b, 'materials', 'zh'));
    expect(categories.xAxis.name).toBe(NONE_ZH);
    expect(categories.legend).toBeUndefined();
    expect(categories.yAxis.axisLabel.formatter('330600')).toContain('未报告');

    const problems = loose(buildProblemsOption(selectProblems(figures, axis, index), 'en'));
    expect(problems.xAxis.name).toBe('No selected region reports problems');
    expect(problems.legend).toBeUndefined();
    expect(problems.series.flatMap((s) => s.data).every((d) => d?.value === null)).toBe(true);

    const all = setup();
    const reported = loose(buildProblemsOption(selectProblems(all.figures, all.axis, all.index), 'en'));
    expect(reported.legend).toBeDefined();
    expect(reported.xAxis.name).toBeUndefined();
  });

  it('tell a metric nobody reports from one reported only without dates (timeline)', () => {
    const { figures, axis, index } = setup(['330600']);
    const none = loose(buildTimelineOption(selectTimeline(figures, axis, 'participants', index), 'participants', 'zh'));
    expect(none.title?.text).toBe(NONE_ZH);
    expect(none.xAxis.show).toBe(false);
    expect(none.yAxis.show).toBe(false);
    // Shaoxing reports sessions, but its report has no date.
    const undated = loose(buildTimelineOption(selectTimeline(figures, axis, 'sessions', index), 'sessions', 'zh'));
    expect(undated.title?.text).toContain('没有注明日期');
  });
});

describe('legendHeight', () => {
  it('grows with the number of entries and is zero without any', () => {
    expect(legendHeight([])).toBe(0);
    const one = legendHeight(['集中学习']);
    const ten = legendHeight(Array.from({ length: 10 }, () => '为民办实事'));
    expect(ten).toBeGreaterThan(one);
  });
});

describe('value axis ticks', () => {
  it('are short in both languages, so laptop-width charts keep every tick', () => {
    const en = axisValueFormatter('en');
    expect([0, 2500, 30000, 150000, 1_250_000].map(en)).toEqual(['0', '2.5K', '30K', '150K', '1.25M']);
    expect([30000, 150000].map(axisValueFormatter('zh'))).toEqual(['3万', '15万']);
  });
});

describe('region labels beside the bars', () => {
  it('wrap a long English name at spaces and keep short ones and Chinese ones on one line', () => {
    const long = 'Xianggelila (Diqingzangzu Autonomous Prefecture)';
    const lines = wrapLabel(long);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(long);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(28);
    expect(wrapLabel('Caidian District (Wuhan)')).toEqual(['Caidian District (Wuhan)']);
    expect(wrapLabel('巴音郭楞蒙古自治州若羌县')).toEqual(['巴音郭楞蒙古自治州若羌县']);
  });

  it('cut a name that needs a third line, so it cannot run into the rows beside it', () => {
    const long = 'Longchuan County (Dehongdaizujingpozu Autonomous Prefecture)';
    const lines = wrapLabel(long);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Longchuan County');
    expect(lines[1]).toMatch(/^\(Dehongdaizujingpozu Auto.*…$/);
    expect(lines[1]?.length).toBeLessThanOrEqual(28);
    expect(wrapLabel(long, 28, 1)).toEqual(['Longchuan County (Dehongdai…']);
  });

  it('keep a not-reported English row two lines high: one for the name, one for Not reported', () => {
    const { data, index } = makeFixture();
    const xian = data.regions.find((r) => r.code === '610100');
    if (xian) xian.nameEn = 'Longchuan County (Dehongdaizujingpozu Autonomous Prefecture)';
    const filters = { regions: ['610100'], categories: [], dateFrom: null, dateTo: null };
    const figures = countedFigures(data, index, filters);
    const rows = selectRanking(figures, axisRegions(data, index, ['610100']), 'sessions', index);
    const label = loose(buildRankingOption(rows, 'sessions', 'en')).yAxis.axisLabel.formatter('610100');
    expect(label.split('\n')).toHaveLength(2);
    expect(label).toContain('Not reported');
  });
});
