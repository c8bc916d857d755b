import { afterEach, describe, expect, it } from 'vitest';
import { init, use as registerEcharts, type ECharts } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendPlainComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_FONT_FAMILY } from '@/lib/echarts';
import { buildExportOption, EXPORT_FONT_FAMILY } from '@/lib/export/chart-image';

// The SVG export as ECharts writes it (server-side rendering needs no DOM): what Word and WPS will read.
registerEcharts([BarChart, GridComponent, LegendPlainComponent, TitleComponent, SVGRenderer]);

/** A screen option that sets the screen's double-quoted family at the root and deep inside. */
const screenOption = {
  textStyle: { fontFamily: CHART_FONT_FAMILY },
  legend: { data: ['集中学习'] },
  xAxis: { type: 'value' },
  yAxis: { type: 'category', data: ['济南市', '拉萨市'], axisLabel: { fontFamily: CHART_FONT_FAMILY } },
  series: [{ type: 'bar', name: '集中学习', data: [3, 4], label: { show: true, fontFamily: CHART_FONT_FAMILY } }],
};
const frame = {
  title: '各地区开展场次排名',
  subtitle: '城市：全部',
  footer: '数据来源：5篇报道',
  width: 1600,
  height: 900,
};

let chart: ECharts | null = null;
afterEach(() => {
  chart?.dispose();
  chart = null;
});

function exportedSvg(): string {
  chart = init(null, null, { renderer: 'svg', ssr: true, width: frame.width, height: frame.height });
  chart.setOption(buildExportOption(screenOption, frame));
  return chart.renderToSVGString();
}

/** Each start tag's attributes, read strictly: a stray quote inside a value leaves text this cannot read. */
function startTags(svg: string, name: string): Map<string, string>[] {
  const tags = svg.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
  return tags.map((tag) => {
    const body = tag.slice(name.length + 1, tag.endsWith('/>') ? -2 : -1);
    const attrs = new Map<string, string>();
    const rest = body.replace(/\s+([\w:-]+)="([^"<]*)"/g, (_, key: string, value: string) => {
      attrs.set(key, value);
      return '';
    });
    expect(rest.trim(), `unreadable attributes in ${tag}`).toBe('');
    return attrs;
  });
}

describe('SVG export fonts', () => {
  it('lists the bundled font and the Chinese system fonts of Windows, macOS and Linux desktops', () => {
    const families = EXPORT_FONT_FAMILY.split(',').map((f) => f.trim());
    for (const name of ['Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC']) {
      expect(families).toContain(`'${name}'`);
    }
    expect(families).toContain("'Noto Sans CJK SC'");
    expect(families).toContain("'WenQuanYi Micro Hei'");
    expect(families.at(-1)).toBe('sans-serif');
    expect(EXPORT_FONT_FAMILY).not.toContain('"');
  });

  it('writes well-formed attributes and the whole family list on every text element', () => {
    const svg = exportedSvg();
    const texts = startTags(svg, 'text');
    // Title, subtitle, footer, legend, axis labels and value labels.
    expect(texts.length).toBeGreaterThan(6);
    for (const attrs of texts) {
      // ECharts writes font-family, or the font shorthand with the family last.
      const style = attrs.get('style') ?? '';
      const family = (/font-family:([^;]*)/.exec(style) ?? /font:[^;]*?\d+px\s+([^;]*)/.exec(style))?.[1]?.trim();
      expect(family, style).toBe(EXPORT_FONT_FAMILY);
    }
    expect(svg).toContain('济南市');
    expect(svg).toContain(frame.title);
  });

  it('leaves the screen option with its own family', () => {
    exportedSvg();
    expect(screenOption.yAxis.axisLabel.fontFamily).toBe(CHART_FONT_FAMILY);
    expect(screenOption.series[0]?.label.fontFamily).toBe(CHART_FONT_FAMILY);
  });
});
