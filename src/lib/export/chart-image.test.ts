import { describe, expect, it } from 'vitest';
import {
  buildExportOption,
  collectStrings,
  estimateTextWidth,
  EXPORT_FONT_FAMILY,
  exportPixelRatio,
  exportSize,
  legendRows,
  wrapText,
  type ExportFrame,
} from '@/lib/export/chart-image';

const formatter = (v: number) => `${v}场`;
const screenOption = {
  backgroundColor: '#1b1b1f',
  animationDuration: 800,
  tooltip: { trigger: 'axis' },
  legend: { type: 'scroll', bottom: 0, data: ['集中学习', '宣讲党课', '专题培训'] },
  grid: { left: 8, right: 8, containLabel: true },
  xAxis: { type: 'value', axisLabel: { formatter, color: '#ddd' } },
  yAxis: { type: 'category', data: ['济南市', '拉萨市'] },
  dataZoom: [{ type: 'slider', start: 0, end: 50 }],
  series: [
    { type: 'bar', name: '集中学习', data: [3, 4], label: { show: true } },
    { type: 'bar', name: '宣讲党课', data: [1, 2] },
    { type: 'bar', name: '专题培训', data: [5, 0] },
  ],
};
const frame: ExportFrame = {
  title: '各地区开展场次排名',
  subtitle: '城市：全部；指标：开展场次',
  footer: '数据来源：5篇地方新闻报道（党史学习教育）；数据截至2021-10-22',
  width: 1600,
  height: 900,
};

type Obj = Record<string, unknown>;
const exported = buildExportOption(screenOption, frame) as Obj;

describe('buildExportOption', () => {
  it('paints on opaque white without animation, whatever the screen theme', () => {
    expect(exported.backgroundColor).toBe('#fff');
    expect(exported.animation).toBe(false);
    expect((exported.textStyle as Obj).fontFamily).toBe(EXPORT_FONT_FAMILY);
    expect(((exported.xAxis as Obj).axisLabel as Obj).color).not.toBe('#ddd');
  });

  it('puts the title, the filters and the source into the image', () => {
    const titles = exported.title as Obj[];
    expect(titles.map((t) => t.text)).toEqual([frame.title, frame.subtitle, frame.footer]);
    expect(titles[2]?.bottom).toBeTypeOf('number');
  });

  it('shows the whole legend as a plain, wrapping legend above the plot', () => {
    const legend = exported.legend as Obj;
    expect(legend.type).toBe('plain');
    expect(legend.data).toEqual(['集中学习', '宣讲党课', '专题培训']);
    const grid = exported.grid as Obj;
    expect(grid.top as number).toBeGreaterThan(legend.top as number);
    expect(grid.containLabel).toBeUndefined();
    expect(grid.outerBoundsMode).toBe('same');
  });

  it('keeps formatters and data, drops the tooltip and the zoom window so every row is drawn', () => {
    expect(((exported.xAxis as Obj).axisLabel as Obj).formatter).toBe(formatter);
    expect((exported.series as Obj[])[0]?.data).toEqual([3, 4]);
    expect(exported.tooltip).toBeUndefined();
    expect(exported.dataZoom).toBeUndefined();
  });

  it('hides value labels that would overlap, as a whole long list is drawn', () => {
    const series = exported.series as Obj[];
    expect(series[0]?.labelLayout).toEqual({ hideOverlap: true });
    // A series without labels gets no label layout.
    expect(series[1]?.labelLayout).toBeUndefined();
  });

  it("keeps a chart's in-plot message title after the export's own titles", () => {
    const empty = buildExportOption(
      { title: { text: '无日期数据', left: 'center', top: 'middle', textStyle: { fontSize: 14 } }, series: [] },
      frame,
    ) as Obj;
    const titles = empty.title as Obj[];
    expect(titles).toHaveLength(4);
    expect(titles[3]?.text).toBe('无日期数据');
    expect((titles[3]?.textStyle as Obj).fontSize).toBe(21);
  });

  it('grows rich-text line heights with the larger export labels, so two-line region names do not overlap', () => {
    const rich = { name: { lineHeight: 14 }, nr: { fontStyle: 'italic', lineHeight: 14 } };
    const option = { ...screenOption, yAxis: { ...screenOption.yAxis, axisLabel: { rich } } };
    const axisLabel = (buildExportOption(option, frame) as { yAxis: { axisLabel: Obj } }).yAxis.axisLabel;
    const styles = axisLabel.rich as Record<string, { lineHeight: number }>;
    const size = axisLabel.fontSize as number;
    expect(size).toBeGreaterThan(12);
    for (const style of Object.values(styles)) expect(style.lineHeight).toBeGreaterThanOrEqual(size);
    // The screen's option keeps its own sizes.
    expect(rich.name.lineHeight).toBe(14);
  });

  it('puts two-line region names on one line when the rows are too low for two', () => {
    const twoLines = (code: string) => `{name|Ruoqiang County}\n{name|(Bayinguolengmenggu ${code})}`;
    const axisFormatter = (rows: number) => {
      const option = {
        ...screenOption,
        yAxis: {
          type: 'category',
          data: Array.from({ length: rows }, (_, i) => `c${i}`),
          axisLabel: { formatter: twoLines, rich: { name: { lineHeight: 14 } } },
        },
      };
      const exportedOption = buildExportOption(option, { ...frame, ...exportSize(option) }) as {
        yAxis: { axisLabel: { formatter: (code: string) => string } };
      };
      return exportedOption.yAxis.axisLabel.formatter;
    };
    expect(axisFormatter(5)('c1')).toBe(twoLines('c1'));
    expect(axisFormatter(150)('c1')).toBe('{name|Ruoqiang County} {name|(Bayinguolengmenggu c1)}');
  });

  it('does not change the option it was given', () => {
    expect(screenOption.legend.type).toBe('scroll');
    expect(screenOption.backgroundColor).toBe('#1b1b1f');
    expect(screenOption.xAxis.axisLabel.color).toBe('#ddd');
  });

  it('wraps a long subtitle and moves the plot down to make room', () => {
    const long = buildExportOption(screenOption, { ...frame, subtitle: '城市：'.concat('济南市、'.repeat(60)) }) as Obj;
    const subtitle = (long.title as Obj[])[1]?.text as string;
    expect(subtitle.split('\n').length).toBeGreaterThan(1);
    expect((long.grid as Obj).top as number).toBeGreaterThan((exported.grid as Obj).top as number);
  });
});

describe('layout helpers', () => {
  it('wraps Chinese anywhere and Latin at word boundaries', () => {
    expect(wrapText('一二三四五六', 3 * 10, 10, estimateTextWidth)).toEqual(['一二三', '四五六']);
    expect(wrapText('Sessions held by region', 80, 10, estimateTextWidth)).toEqual(['Sessions held', 'by region']);
  });
  it('counts legend rows as the items wrap', () => {
    const names = Array.from({ length: 12 }, (_, i) => `类别名称${i}`);
    expect(legendRows(names, 100_000, estimateTextWidth)).toBe(1);
    expect(legendRows(names, 600, estimateTextWidth)).toBeGreaterThan(2);
    expect(legendRows([], 600, estimateTextWidth)).toBe(0);
  });
  it('collects every string the chart shows', () => {
    const strings = collectStrings(screenOption);
    for (const s of ['济南市', '拉萨市', '集中学习', '专题培训']) expect(strings.has(s)).toBe(true);
  });
  it('makes a long ranking taller instead of squeezing its labels', () => {
    expect(exportSize(screenOption)).toEqual({ width: 1600, height: 900 });
    const many = { yAxis: { type: 'category', data: Array.from({ length: 60 }, (_, i) => `地区${i}`) } };
    expect(exportSize(many).height).toBeGreaterThan(900 + 30 * 30);
  });
});

describe('exportPixelRatio', () => {
  it('is 2 for a chart smaller than half the export size and grows for larger or denser screens', () => {
    const size = { width: 1600, height: 900 };
    expect(exportPixelRatio({ width: 1200, height: 400 }, size)).toBe(2);
    const wide = exportPixelRatio({ width: 1880, height: 500 }, size);
    expect(1600 * wide).toBeGreaterThanOrEqual(2 * 1880);
    const retina = exportPixelRatio({ width: 1200, height: 450 }, size, 2);
    expect(1600 * retina).toBeGreaterThanOrEqual(2 * 1200 * 2);
    expect(exportPixelRatio(null, size)).toBe(2);
  });
});
