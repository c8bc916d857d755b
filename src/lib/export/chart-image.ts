import type { EChartsCoreOption } from 'echarts/core';

/**
 * Turns a chart's on-screen option into the option of its exported image: a fixed slide-sized page on white,
 * without animation, with the title, the filters in words, every legend entry and the source in the image.
 * Pure (no DOM, no ECharts): the renderer in chart-render.ts only draws what this returns.
 */

/**
 * Word/WPS draw an SVG with the fonts of the machine that opens it: the bundled font first (the PNG is drawn
 * with it), then the Chinese system fonts of Windows, macOS and the domestic Linux desktops.
 * Single quotes: ECharts writes this into an SVG style="..." attribute without escaping double quotes.
 */
export const EXPORT_FONT_FAMILY = [
  'Noto Sans SC',
  'Microsoft YaHei',
  'PingFang SC',
  'Source Han Sans SC',
  'Noto Sans CJK SC',
  'WenQuanYi Micro Hei',
]
  .map((name) => `'${name}'`)
  .concat('sans-serif')
  .join(', ');

/**
 * The size an image is made for, and the type sizes that read at that size. A picture in Word is shrunk to the
 * page's width, so its text must be set for that width: 17px labels on a 1,600px slide became 5pt at 16 cm.
 * Sizes are logical px (CSS px, 96 per inch); `dpi` sets the PNG's pixels per logical px and the physical
 * size written into the file, so Word inserts it at its intended width.
 */
export interface ExportLayout {
  id: ExportLayoutId;
  width: number;
  height: number;
  /** Extra height per category row beyond `rows` (a long ranking gets a taller image), up to `maxHeight`. */
  rows: number;
  rowHeight: number;
  maxHeight: number;
  pad: number;
  /** Scales the gaps between header, legend, plot and footer. */
  space: number;
  title: { top: number; size: number; line: number };
  subtitle: { size: number; line: number };
  note: { size: number; line: number };
  footer: { size: number; line: number };
  legend: { size: number; line: number; gap: number; iconW: number; iconH: number; iconGap: number };
  axisFont: number;
  labelFont: number;
  /** Size of a chart's in-plot message (its own title) relative to the screen's. */
  messageScale: number;
  /** Logical px per inch of the size it is made for: 96 on a page; a slide's 1,600 px span its 13.33 in. */
  pxPerInch: number;
  /** Least pixels per inch of the PNG at that size: its pixel ratio is at least dpi ÷ pxPerInch. */
  dpi: number;
}

export type ExportLayoutId = 'page' | 'slide' | 'print';

/** Points to CSS px (96 per inch, 72 points per inch). */
const pt = (points: number) => Math.round((points * 96) / 72);
/** Centimetres to CSS px. */
const cm = (centimetres: number) => Math.round((centimetres / 2.54) * 96);

/** A slide (16:9, 33.9 cm wide) at 2×: its 17px text shows at about 10pt. */
export const SLIDE_LAYOUT: ExportLayout = {
  id: 'slide',
  width: 1600,
  height: 900,
  rows: 24,
  rowHeight: 30,
  maxHeight: 4000,
  pad: 56,
  space: 1,
  title: { top: 36, size: 36, line: 46 },
  subtitle: { size: 21, line: 30 },
  note: { size: 18, line: 26 },
  footer: { size: 17, line: 24 },
  legend: { size: 19, line: 26, gap: 16, iconW: 28, iconH: 16, iconGap: 8 },
  axisFont: 17,
  labelFont: 16,
  messageScale: 1.5,
  pxPerInch: 120,
  dpi: 240,
};

/** Type sizes in points for a layout of a given physical size: 9pt is the least a printed report may use. */
function physicalLayout(id: ExportLayoutId, widthCm: number, heightCm: number, maxHeightCm: number): ExportLayout {
  return {
    id,
    width: cm(widthCm),
    height: cm(heightCm),
    rows: 12,
    rowHeight: pt(9) * 2,
    maxHeight: cm(maxHeightCm),
    pad: pt(9),
    space: 0.4,
    title: { top: pt(9), size: pt(12), line: pt(16) },
    subtitle: { size: pt(9), line: pt(12.5) },
    note: { size: pt(9), line: pt(12.5) },
    footer: { size: pt(9), line: pt(12.5) },
    legend: { size: pt(9), line: pt(12.5), gap: pt(8), iconW: pt(14), iconH: pt(8), iconGap: pt(4) },
    axisFont: pt(9),
    labelFont: pt(9),
    messageScale: 0.9,
    pxPerInch: 96,
    dpi: 300,
  };
}

/** A Word or WPS page: 16 cm wide (A4 less 2.5 cm margins), at 300 dpi, 9pt and up. */
export const PAGE_LAYOUT = physicalLayout('page', 16, 10, 23);
/** A landscape A4 page of the print report: 25 cm wide, so one chart and its caption fill a page. */
export const PRINT_LAYOUT = physicalLayout('print', 25, 13, 16);

export const EXPORT_LAYOUTS: Record<ExportLayoutId, ExportLayout> = {
  page: PAGE_LAYOUT,
  slide: SLIDE_LAYOUT,
  print: PRINT_LAYOUT,
};

/** The slide's size and title, as earlier code and tests know them. */
export const EXPORT_WIDTH = SLIDE_LAYOUT.width;
export const EXPORT_HEIGHT = SLIDE_LAYOUT.height;
export const EXPORT_TITLE = { left: SLIDE_LAYOUT.pad, ...SLIDE_LAYOUT.title } as const;

export interface ExportFrame {
  title: string;
  subtitle: string;
  /** A caveat the chart carries on screen (e.g. 15 undated figures not shown), kept in the image. */
  note?: string | null;
  /** Source and date line, printed at the bottom. */
  footer: string;
  width: number;
  height: number;
}

/** Width in px of `text` at `fontSize`; the browser passes a canvas measure with the loaded font. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

type Obj = Record<string, unknown>;

const TEXT_COLOR = '#222';
const MUTED = '#555';

/** Good-enough widths where no canvas is at hand (tests, Node): CJK glyphs are square, Latin ones about half. */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\uffef]/.test(ch) ? 1 : /[A-Z0-9]/.test(ch) ? 0.62 : 0.52;
  return w * fontSize * (bold ? 1.06 : 1);
};

/** Greedy wrap: Latin words stay whole, Chinese breaks between any two characters. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText,
  bold = false,
): string[] {
  const tokens = text.match(/[A-Za-z0-9.,:;!?%'’()\-+~≈≥]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && measure(next.trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Copies plain objects and arrays (functions such as formatters are kept by reference, unlike structuredClone). */
function cloneOption<T>(v: T): T {
  if (Array.isArray(v)) return v.map(cloneOption) as T;
  if (isObj(v) && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) out[k] = cloneOption(x);
    return out as T;
  }
  return v;
}

function list(v: unknown): Obj[] {
  if (Array.isArray(v)) return v.filter(isObj);
  return isObj(v) ? [v] : [];
}

/**
 * Every fontFamily in the option becomes the export's: one a screen option sets deeper down (an axis label,
 * rich text) would otherwise reach the SVG in the screen's double quotes, which end ECharts' style="…" early.
 */
function applyExportFont(v: unknown): void {
  if (Array.isArray(v)) for (const x of v) applyExportFont(x);
  // Plain objects only, as cloneOption copied: anything else is shared with the screen's option.
  else if (isObj(v) && Object.getPrototypeOf(v) === Object.prototype)
    for (const [k, x] of Object.entries(v)) {
      if (k === 'fontFamily') v[k] = EXPORT_FONT_FAMILY;
      else applyExportFont(x);
    }
}

function sub(o: Obj, key: string): Obj {
  const v = o[key];
  if (isObj(v)) return v;
  const created: Obj = {};
  o[key] = created;
  return created;
}

/** Every string in the option (names, categories, labels): the glyphs the font must provide. */
export function collectStrings(option: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof option === 'string') out.add(option);
  else if (Array.isArray(option)) for (const v of option) collectStrings(v, out);
  else if (isObj(option)) for (const v of Object.values(option)) collectStrings(v, out);
  return out;
}

function nameOf(v: unknown): string | null {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}

/** Names the legend will show: its own data, else the series' names (every chart here is bars or lines). */
function legendNames(option: Obj): string[] {
  const legend = list(option.legend)[0];
  const items: unknown[] = Array.isArray(legend?.data) ? legend.data : list(option.series);
  const names = items.map((d) => nameOf(isObj(d) ? d.name : d)).filter((n) => n !== null);
  return [...new Set(names)];
}

/** Rows a plain horizontal legend takes when its items wrap within `maxWidth` (ECharts' box layout). */
export function legendRows(
  names: readonly string[],
  maxWidth: number,
  measure: MeasureText,
  layout: ExportLayout = SLIDE_LAYOUT,
): number {
  const LEGEND = layout.legend;
  let rows = names.length ? 1 : 0;
  let x = 0;
  for (const name of names) {
    const w = LEGEND.iconW + LEGEND.iconGap + measure(name, LEGEND.size, false);
    if (x > 0 && x + w > maxWidth) {
      rows++;
      x = 0;
    }
    x += w + LEGEND.gap;
  }
  return rows;
}

/** A long category ranking gets a taller page instead of overlapping labels. */
export function exportSize(
  option: EChartsCoreOption,
  layout: ExportLayout = SLIDE_LAYOUT,
): { width: number; height: number } {
  const o = option as Obj;
  let categories = 0;
  for (const axis of [...list(o.yAxis)]) {
    if (axis.type === 'category' && Array.isArray(axis.data)) categories = Math.max(categories, axis.data.length);
  }
  const { rows, rowHeight, maxHeight, width } = layout;
  const height =
    categories > rows ? Math.min(maxHeight, layout.height + (categories - rows) * rowHeight) : layout.height;
  return { width, height };
}

/** ECharts' label size where an option sets none. */
const ECHARTS_LABEL_FONT = 12;

/**
 * Rich-text styles carry sizes and line heights set for the screen's label size: grown with the label,
 * else a name and the 未报告 / Not reported under it overlap (14px lines of 17px text).
 */
function scaleRich(label: Obj, fontSize: number) {
  const scale = fontSize / (typeof label.fontSize === 'number' ? label.fontSize : ECHARTS_LABEL_FONT);
  if (!isObj(label.rich)) return;
  for (const style of Object.values(label.rich)) {
    if (!isObj(style)) continue;
    for (const key of ['fontSize', 'lineHeight']) {
      const v = style[key];
      if (typeof v === 'number') style[key] = Math.round(v * scale);
    }
  }
}

function styleAxis(axis: Obj, fontSize: number) {
  const label = sub(axis, 'axisLabel');
  scaleRich(label, fontSize);
  label.fontSize = fontSize;
  label.color = TEXT_COLOR;
  const name = sub(axis, 'nameTextStyle');
  name.fontSize = fontSize;
  name.color = MUTED;
  if (isObj(axis.axisLine)) sub(sub(axis, 'axisLine'), 'lineStyle').color = '#888';
  if (isObj(axis.splitLine)) sub(sub(axis, 'splitLine'), 'lineStyle').color = '#e3e3e3';
}

/**
 * A long region list is drawn whole in a page of capped height, so its rows can be too low for names that
 * wrap onto two lines (they ran into the next row): then each label is put on one line, which the 1,600px
 * page has the width for. Screen labels wrap at spaces, so a space joins the lines back.
 */
function oneLineWhenCrowded(axis: Obj, plotHeight: number, fontSize: number) {
  const label = isObj(axis.axisLabel) ? axis.axisLabel : null;
  const format = label?.formatter;
  if (!label || axis.type !== 'category' || !Array.isArray(axis.data) || typeof format !== 'function') return;
  const lineHeights = isObj(label.rich)
    ? Object.values(label.rich).map((r) => (isObj(r) && typeof r.lineHeight === 'number' ? r.lineHeight : 0))
    : [];
  const line = Math.max(Math.round(fontSize * 1.2), ...lineHeights);
  if (plotHeight / axis.data.length >= 2 * line + 4) return;
  label.formatter = (...args: unknown[]) =>
    String((format as (...a: unknown[]) => unknown)(...args)).replace(/\n/g, ' ');
}

/** Screen-sized marks look thin on a slide: labels grow with the axis text, bars a bit wider. */
function styleSeries(series: Obj, layout: ExportLayout) {
  for (const key of ['label', 'endLabel']) {
    const label = series[key];
    if (!isObj(label)) continue;
    scaleRich(label, layout.labelFont);
    label.fontSize = layout.labelFont;
  }
  // The whole list is drawn (no zoom window), so with hundreds of regions the bars' value labels would pile
  // into an unreadable smear; the ones with room stay, the exact values are in the table.
  if (isObj(series.label))
    series.labelLayout = { ...(isObj(series.labelLayout) ? series.labelLayout : {}), hideOverlap: true };
  // Marks grow with the text: a slide's type is larger than the screen's, a page's about the same.
  const grow = layout.labelFont / 12;
  if (typeof series.barMaxWidth === 'number') series.barMaxWidth = Math.round(series.barMaxWidth * 1.35 * grow);
  if (typeof series.symbolSize === 'number') series.symbolSize = Math.max(4, Math.round(series.symbolSize * grow));
}

/** The export option. `measure` decides line wraps and the space the legend needs. */
export function buildExportOption(
  option: EChartsCoreOption,
  frame: ExportFrame,
  measure: MeasureText = estimateTextWidth,
  layout: ExportLayout = SLIDE_LAYOUT,
): EChartsCoreOption {
  const o = cloneOption(option) as Obj;
  const { width, height } = frame;
  const { pad: PAD, title: TITLE, subtitle: SUBTITLE, footer: FOOTER, note: NOTE, legend: LEGEND } = layout;
  const gap = (px: number) => Math.round(px * layout.space);
  const inner = width - 2 * PAD;

  const titleLines = wrapText(frame.title, inner, TITLE.size, measure, true);
  const subtitleLines = frame.subtitle ? wrapText(frame.subtitle, inner, SUBTITLE.size, measure) : [];
  const footerLines = wrapText(frame.footer, inner, FOOTER.size, measure);
  const noteLines = frame.note ? wrapText(frame.note, inner, NOTE.size, measure) : [];

  const top = TITLE.top;
  const subtitleTop = top + titleLines.length * TITLE.line + gap(8);
  const headerBottom = subtitleTop + subtitleLines.length * SUBTITLE.line;
  const footerBottom = gap(28);
  const footerHeight = footerLines.length * FOOTER.line;
  const noteHeight = noteLines.length ? noteLines.length * NOTE.line + gap(10) : 0;

  o.backgroundColor = '#fff';
  o.animation = false;
  o.darkMode = false;
  o.textStyle = { ...(isObj(o.textStyle) ? o.textStyle : {}), fontFamily: EXPORT_FONT_FAMILY, color: TEXT_COLOR };
  // Interaction-only components. Without its zoom window a long list is drawn whole (exportSize makes room):
  // a picture cannot be scrolled to the rows the window hid.
  delete o.tooltip;
  delete o.toolbox;
  delete o.brush;
  delete o.dataZoom;
  // A chart's own titles are in-plot messages (e.g. "no dated reports"), kept larger; its heading is ours.
  const ownTitles = list(o.title)
    .filter((t) => t.text !== frame.title)
    .map((t) => {
      const style = isObj(t.textStyle) ? t.textStyle : {};
      const size = typeof style.fontSize === 'number' ? style.fontSize : 18;
      return {
        ...t,
        textStyle: { ...style, fontSize: Math.round(size * layout.messageScale), fontFamily: EXPORT_FONT_FAMILY },
      };
    });

  o.title = [
    {
      text: titleLines.join('\n'),
      left: PAD,
      top,
      padding: 0,
      textStyle: {
        fontSize: TITLE.size,
        lineHeight: TITLE.line,
        fontWeight: 'bold',
        color: '#111',
        fontFamily: EXPORT_FONT_FAMILY,
      },
    },
    {
      text: subtitleLines.join('\n'),
      left: PAD,
      top: subtitleTop,
      padding: 0,
      textStyle: {
        fontSize: SUBTITLE.size,
        lineHeight: SUBTITLE.line,
        fontWeight: 'normal',
        color: MUTED,
        fontFamily: EXPORT_FONT_FAMILY,
      },
    },
    {
      text: footerLines.join('\n'),
      left: PAD,
      bottom: footerBottom,
      padding: 0,
      textStyle: {
        fontSize: FOOTER.size,
        lineHeight: FOOTER.line,
        fontWeight: 'normal',
        color: '#666',
        fontFamily: EXPORT_FONT_FAMILY,
      },
    },
    // The chart's caveat, just above the source: an image pasted alone must still say what it leaves out.
    ...(noteLines.length
      ? [
          {
            text: noteLines.join('\n'),
            left: PAD,
            bottom: footerBottom + footerHeight + gap(10),
            padding: 0,
            textStyle: {
              fontSize: NOTE.size,
              lineHeight: NOTE.line,
              fontWeight: 'normal',
              color: MUTED,
              fontFamily: EXPORT_FONT_FAMILY,
            },
          },
        ]
      : []),
    ...ownTitles,
  ];

  let plotTop = headerBottom + gap(28);
  const legends = list(o.legend).filter((l) => l.show !== false);
  const firstLegend = legends[0];
  if (firstLegend) {
    const names = legendNames(o);
    const rows = legendRows(names, inner, measure, layout);
    o.legend = {
      ...firstLegend,
      type: 'plain',
      orient: 'horizontal',
      show: true,
      left: PAD,
      right: PAD,
      top: headerBottom + gap(20),
      bottom: undefined,
      width: inner,
      padding: 0,
      itemGap: LEGEND.gap,
      itemWidth: LEGEND.iconW,
      itemHeight: LEGEND.iconH,
      textStyle: { fontSize: LEGEND.size, lineHeight: LEGEND.line, color: TEXT_COLOR, fontFamily: EXPORT_FONT_FAMILY },
    };
    plotTop = headerBottom + gap(20) + rows * LEGEND.line + Math.max(0, rows - 1) * LEGEND.gap + gap(28);
  } else if (o.legend !== undefined) {
    o.legend = { show: false };
  }
  const plotBottom = footerHeight + noteHeight + footerBottom + gap(32);

  const grids = list(o.grid);
  const hasCartesian = o.xAxis !== undefined || o.yAxis !== undefined;
  if (grids.length <= 1 && hasCartesian) {
    const grid: Obj = { ...(grids[0] ?? {}) };
    delete grid.containLabel;
    delete grid.width;
    delete grid.height;
    // 'same' + 'all': axis labels and names are kept inside this rectangle, however long the region names.
    Object.assign(grid, {
      left: PAD,
      right: PAD,
      top: plotTop,
      bottom: plotBottom,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    });
    o.grid = grid;
  }
  for (const axis of [...list(o.xAxis), ...list(o.yAxis)]) styleAxis(axis, layout.axisFont);

  for (const axis of list(o.yAxis)) oneLineWhenCrowded(axis, height - plotTop - plotBottom, layout.axisFont);
  for (const series of list(o.series)) styleSeries(series, layout);
  applyExportFont(o);
  return o;
}

const MAX_CANVAS_WIDTH = 9600;
const MAX_CANVAS_HEIGHT = 16000;

/**
 * PNG pixels per logical px: at least 2, and enough that the image is at least twice the chart's size on
 * screen in device pixels (ui-contract), capped so a huge screen cannot ask for a canvas the browser refuses.
 */
export function exportPixelRatio(
  screen: { width: number; height: number } | null,
  size: { width: number; height: number },
  devicePixelRatio = 1,
  minimum = 2,
): number {
  if (!screen) return minimum;
  const needed = Math.max(
    minimum,
    (2 * screen.width * devicePixelRatio) / size.width,
    (2 * screen.height * devicePixelRatio) / size.height,
  );
  // The cap is in pixels, not a ratio: a page-sized chart (605 px) needs a larger ratio than a slide for the same canvas.
  const cap = Math.min(MAX_CANVAS_WIDTH / size.width, MAX_CANVAS_HEIGHT / size.height);
  return Math.min(cap, Math.ceil(needed * 4) / 4);
}
