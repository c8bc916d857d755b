import ExcelJS from 'exceljs';
import { SOURCE_LABEL } from '@/lib/export/export-messages';
import type { ExportContext, TableCell, TableExportColumn, TableExportSpec } from '@/lib/export/export-spec';
import { LEVEL_LABELS, type RegionSummary } from '@/lib/export/region-summary';
import type { Qualifier } from '@/lib/figures-schema';

const TEXT = {
  dataSheet: { zh: '数据明细', en: 'Figures' },
  aboutSheet: { zh: '说明', en: 'About' },
  title: { zh: '标题', en: 'Title' },
  filters: { zh: '筛选条件', en: 'Filters' },
  rows: { zh: '行数', en: 'Rows' },
  exportedAt: { zh: '导出时间', en: 'Exported' },
  note: { zh: '说明', en: 'Note' },
  noteText: {
    zh: '行与排序与页面上的数据明细表一致，另附活动类别、报道单位、报道标题、发布媒体和链接。数值列为数字；空白表示报道未给出（未报告），不是零。',
    en: 'Rows and order are those the Figures table showed, with the activity type, reporting unit, report title, publisher and link added. Value cells are numbers; an empty cell means no report states it (not reported), not zero.',
  },
  summarySheet: { zh: '汇总', en: 'Summary' },
  summaryTitle: { zh: '党史学习教育各地区汇总', en: 'Party-history learning campaign: totals by region' },
  region: { zh: '地区', en: 'Region' },
  level: { zh: '层级', en: 'Level' },
  qualifier: { zh: '限定', en: 'Qualifier' },
  total: { zh: '合计', en: 'Total' },
  notReported: { zh: '未报告', en: 'not reported' },
  summaryNotes: {
    zh: [
      '合计与看板概览卡片一致：只计已开展的数（计划数不计入），“其中”子项不重复计入；按筛选条件汇总，不受表格搜索影响。',
      '参与人次与参与人数是两种计量，分列，不相加。',
      '限定：“以上”表示合计含下限数（余、多、以上），“约数”表示含约数（近、约）；空白数值为未报告，不是零。',
      '省、市、区县与单个部门的报道覆盖范围不同，跨层级比较请谨慎。',
    ],
    en: [
      "Totals are those of the dashboard's headline cards: done only (plans are not added), sub-counts not added twice; under the filters, not the table search.",
      'Person-times and people are two different measures, kept in separate columns and never added together.',
      'Qualifier: "at least" where a part is a lower bound (余, 多), "approximately" where a part is approximate (近, 约); an empty value is not reported, not zero.',
      'Provinces, cities, districts and single departments cover different populations: compare across levels with care.',
    ],
  },
} as const;

const QUALIFIER_TEXT: Record<Qualifier, { zh: string; en: string }> = {
  exact: { zh: '', en: '' },
  atLeast: { zh: '以上', en: 'at least' },
  approx: { zh: '约数', en: 'approximately' },
};

/**
 * Whole numbers without a decimal point: `#,##0.##` leaves "1,145." in Excel and WPS. Fractions (rare:
 * a rate, 2.5万 of something) get a format of their own, set per cell.
 */
export const INTEGER_FORMAT = '#,##0';
export const DECIMAL_FORMAT = '#,##0.0###';
const DATE_FORMAT = 'yyyy-mm-dd';

function numberFormatOf(value: number): string {
  return Number.isInteger(value) ? INTEGER_FORMAT : DECIMAL_FORMAT;
}

/** YYYY-MM-DD as a date cell: Excel sorts, filters and groups it by month. UTC so no time zone shifts the day. */
function dateCell(text: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : text;
}

function cellValue(column: TableExportColumn, value: TableCell): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.kind === 'date' && typeof value === 'string') return dateCell(value);
  if (column.kind === 'link' && typeof value === 'string' && /^https?:\/\//.test(value))
    return { text: value, hyperlink: value };
  return value;
}

/** A4 landscape, every column on the page's width, as many pages down as it takes, the header on each. */
function printSetup(ws: ExcelJS.Worksheet, titleRows?: string) {
  ws.pageSetup = {
    // A4. ExcelJS.PaperSize is a const enum of its types only, missing at run time: the number it stands for.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&C&P / &N' };
}

// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

function columnWidth(header: string, values: readonly (string | number | null)[]): number {
  // CJK characters take about two Latin character widths in Excel's column unit.
  const width = (s: string) => {
    let w = 0;
    for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
    return w;
  };
  const longest = values.reduce<number>((m, v) => Math.max(m, v === null ? 0 : width(String(v))), width(header));
  return Math.min(60, Math.max(8, longest + 2));
}

function localTimestamp(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Columns whose text is long: wrapped at a readable width instead of stretching the printed page. */
const WRAPPED = new Set(['quote', 'reportTitle', 'activity']);

function addDataSheet(wb: ExcelJS.Workbook, spec: TableExportSpec, lang: ExportContext['lang']) {
  const ws = wb.addWorksheet(sheetName(TEXT.dataSheet[lang]), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c, i) => ({
    header: c.header,
    key: c.id,
    width: Math.min(
      WRAPPED.has(c.id) ? 36 : c.kind === 'link' ? 30 : 60,
      columnWidth(
        c.header,
        spec.rows.slice(0, 500).map((r) => r[i] ?? null),
      ),
    ),
    style:
      c.kind === 'date'
        ? { numFmt: DATE_FORMAT, alignment: { vertical: 'top' } }
        : { alignment: { wrapText: WRAPPED.has(c.id), vertical: 'top' } },
  }));
  for (const row of spec.rows) {
    // Cells keep the type the table gave them: numbers become numeric cells, null an empty cell (not zero).
    const added = ws.addRow(spec.columns.map((c, i) => cellValue(c, row[i] ?? null)));
    spec.columns.forEach((c, i) => {
      const v = row[i];
      if (c.kind === 'number' && typeof v === 'number') added.getCell(i + 1).numFmt = numberFormatOf(v);
    });
  }
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  if (spec.columns.length > 0)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + spec.rows.length, column: spec.columns.length } };
  printSetup(ws, '1:1');
}

function addSummarySheet(wb: ExcelJS.Workbook, summary: RegionSummary, ctx: ExportContext, filters: string) {
  const { lang } = ctx;
  const header = [
    TEXT.region[lang],
    TEXT.level[lang],
    ...summary.columns.flatMap((c) => [
      lang === 'zh' ? `${c.header}（${c.unit}）` : `${c.header} (${c.unit})`,
      TEXT.qualifier[lang],
    ]),
  ];
  const ws = wb.addWorksheet(sheetName(TEXT.summarySheet[lang]), {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 1 }],
  });
  ws.addRow([TEXT.summaryTitle[lang]]).font = { bold: true, size: 14 };
  ws.addRow([`${TEXT.filters[lang]}${lang === 'zh' ? '：' : ': '}${filters}`]);
  const headRow = ws.addRow(header);
  headRow.font = { bold: true };
  headRow.alignment = { wrapText: true, vertical: 'middle' };
  const addSums = (label: string, level: string, cells: RegionSummary['total']) => {
    const row = ws.addRow([
      label,
      level,
      // The value and its qualifier side by side: a number cell stays summable, the claim stays visible.
      ...cells.flatMap((sum) => [
        sum?.value ?? null,
        sum ? QUALIFIER_TEXT[sum.qualifier][lang] : TEXT.notReported[lang],
      ]),
    ]);
    cells.forEach((sum, i) => {
      if (sum) row.getCell(3 + 2 * i).numFmt = numberFormatOf(sum.value);
    });
    return row;
  };
  for (const r of summary.rows) addSums(r.label, r.level ? LEVEL_LABELS[r.level][lang] : '', r.cells);
  const totalRow = addSums(TEXT.total[lang], '', summary.total);
  totalRow.font = { bold: true };
  totalRow.eachCell((cell) => {
    cell.border = { top: { style: 'thin' } };
  });
  ws.addRow([]);
  for (const line of TEXT.summaryNotes[lang]) ws.addRow([line]);
  ws.addRow([`${SOURCE_LABEL[lang]}${lang === 'zh' ? '：' : ': '}${ctx.source}`]);
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 10;
  summary.columns.forEach((_, i) => {
    ws.getColumn(3 + 2 * i).width = 14;
    ws.getColumn(4 + 2 * i).width = lang === 'zh' ? 8 : 13;
  });
  printSetup(ws, '3:3');
}

export interface SummarySheet {
  table: RegionSummary;
  /** The filters in words, without the table's search: the summary is what the cards add up. */
  filters: string;
}

/**
 * A real .xlsx: a summary sheet for the level above (region × metric, as the cards add up), the rows of the
 * table with their sources, and a sheet saying what was exported. Numbers stay numbers, dates are dates.
 */
export async function buildXlsx(
  spec: TableExportSpec,
  ctx: ExportContext,
  summary: SummarySheet | null = null,
  now: Date = new Date(),
): Promise<Uint8Array> {
  const { lang } = ctx;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dangshi-dashboard';
  wb.created = now;
  wb.title = spec.title;

  if (summary) addSummarySheet(wb, summary.table, ctx, summary.filters);
  addDataSheet(wb, spec, lang);

  const about = wb.addWorksheet(sheetName(TEXT.aboutSheet[lang]));
  about.columns = [{ width: 14 }, { width: 90 }];
  about.addRows([
    [TEXT.title[lang], spec.title],
    [TEXT.filters[lang], spec.subtitle],
    [SOURCE_LABEL[lang], ctx.source],
    [TEXT.rows[lang], spec.rows.length],
    [TEXT.exportedAt[lang], localTimestamp(now)],
    [TEXT.note[lang], TEXT.noteText[lang]],
  ]);
  about.getColumn(1).font = { bold: true };
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  printSetup(about);

  // exceljs types the result as a Node Buffer; in the browser it is an ArrayBuffer-backed array.
  const buffer = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
