import ExcelJS from 'exceljs';
import { SOURCE_LABEL } from '@/lib/export/export-messages';
import type { ExportContext, TableExportSpec } from '@/lib/export/export-spec';

const TEXT = {
  dataSheet: { zh: '数据明细', en: 'Figures' },
  aboutSheet: { zh: '说明', en: 'About' },
  title: { zh: '标题', en: 'Title' },
  filters: { zh: '筛选条件', en: 'Filters' },
  rows: { zh: '行数', en: 'Rows' },
  exportedAt: { zh: '导出时间', en: 'Exported' },
  note: { zh: '说明', en: 'Note' },
  noteText: {
    zh: '行与列、排序与页面上的数据明细表一致。数值列为数字；空白表示报道未给出（未报告），不是零。',
    en: 'Rows, columns and order are those the Figures table showed. Value cells are numbers; an empty cell means no report states it (not reported), not zero.',
  },
} as const;

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

/** A real .xlsx: numbers stay numbers (sortable, summable), and a second sheet says what was exported. */
export async function buildXlsx(
  spec: TableExportSpec,
  ctx: ExportContext,
  now: Date = new Date(),
): Promise<Uint8Array> {
  const { lang } = ctx;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dangshi-dashboard';
  wb.created = now;
  wb.title = spec.title;

  const ws = wb.addWorksheet(sheetName(TEXT.dataSheet[lang]), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c, i) => ({
    header: c.header,
    key: c.id,
    width: columnWidth(
      c.header,
      spec.rows.slice(0, 500).map((r) => r[i] ?? null),
    ),
    style: c.kind === 'number' ? { numFmt: '#,##0.##########' } : { alignment: { wrapText: false } },
  }));
  for (const row of spec.rows) {
    // Cells keep the type the table gave them: numbers become numeric cells, null an empty cell (not zero).
    ws.addRow(spec.columns.map((_, i) => row[i] ?? null));
  }
  ws.getRow(1).font = { bold: true };
  if (spec.columns.length > 0)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + spec.rows.length, column: spec.columns.length } };

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

  // exceljs types the result as a Node Buffer; in the browser it is an ArrayBuffer-backed array.
  const buffer = (await wb.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
