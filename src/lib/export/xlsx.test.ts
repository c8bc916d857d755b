import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sourceText } from '@/lib/export/export-messages';
import { buildXlsx } from '@/lib/export/xlsx';
import { countedFigures } from '@/lib/counted-figures';
import { summarizeByRegion } from '@/lib/export/region-summary';
import { makeFixture, NO_FILTERS } from '@/lib/testing/dataset-fixture';
import type { TableExportSpec } from '@/lib/export/export-spec';

const spec: TableExportSpec = {
  title: '数据明细',
  subtitle: '城市：济南市；搜索：宣讲',
  fileStem: '数据明细',
  columns: [
    { id: 'region', header: '地区', kind: 'text' },
    { id: 'value', header: '数值', kind: 'number' },
    { id: 'qualifier', header: '限定', kind: 'text' },
    { id: 'date', header: '日期', kind: 'date' },
    { id: 'link', header: '链接', kind: 'link' },
  ],
  rows: [
    ['济南市', 2000, '余', '2021-10-22', 'https://example.org/a'],
    ['历下区', 1.5, '', null, null],
    ['拉萨市', null, '未报告', null, null],
  ],
};

async function readBack(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe('buildXlsx', () => {
  it('writes the rows in order with numeric cells for numbers and empty cells for missing values', async () => {
    const wb = await readBack(await buildXlsx(spec, { lang: 'zh', source: '5篇', date: '2021-10-22' }));
    const ws = wb.getWorksheet('数据明细');
    expect(ws).toBeDefined();
    if (!ws) return;
    expect(ws.rowCount).toBe(1 + spec.rows.length);
    expect(ws.getRow(1).values).toEqual([undefined, '地区', '数值', '限定', '日期', '链接']);
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('B2').value).toBe(2000);
    expect(ws.getCell('C2').value).toBe('余');
    expect(ws.getCell('B3').value).toBe(1.5);
    expect(ws.getCell('A4').value).toBe('拉萨市');
    expect(ws.getCell('B4').type).toBe(ExcelJS.ValueType.Null);
  });

  it('formats whole numbers without a decimal point, dates as date cells, links as hyperlinks', async () => {
    const wb = await readBack(await buildXlsx(spec, { lang: 'zh', source: '5篇', date: '2021-10-22' }));
    const ws = wb.getWorksheet('数据明细');
    // "#,##0.##" would show 2000 as "2,000." in Excel and WPS.
    expect(ws?.getCell('B2').numFmt).toBe('#,##0');
    expect(ws?.getCell('B3').numFmt).not.toMatch(/\.#*$/);
    expect(ws?.getCell('D2').type).toBe(ExcelJS.ValueType.Date);
    expect((ws?.getCell('D2').value as Date).toISOString().slice(0, 10)).toBe('2021-10-22');
    expect(ws?.getCell('D2').numFmt).toBe('yyyy-mm-dd');
    expect(ws?.getCell('E2').type).toBe(ExcelJS.ValueType.Hyperlink);
    expect(ws?.pageSetup.orientation).toBe('landscape');
    expect(ws?.pageSetup.fitToWidth).toBe(1);
    expect(ws?.pageSetup.fitToHeight).toBe(0);
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('puts a region × metric summary first, the value and its qualifier in columns of their own', async () => {
    const { data, index } = makeFixture();
    const table = summarizeByRegion(countedFigures(data, index, NO_FILTERS), index, 'zh');
    const wb = await readBack(
      await buildXlsx(spec, { lang: 'zh', source: '5篇', date: '2021-10-22' }, { table, filters: '城市：全部' }),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '数据明细', '说明']);
    const ws = wb.getWorksheet('汇总')!;
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['地区', '层级', '开展场次（场次）', '限定']);
    expect(header).toContain('参与人次（人次）');
    expect(header).toContain('参与人数（人）');
    const rows = (ws.getSheetValues() as unknown[]).filter((r): r is unknown[] => Array.isArray(r));
    const total = rows.find((r) => r[1] === '合计')!;
    expect(total[3]).toBe(table.total[0]?.value);
    expect(total[4]).toBe('约数');
    const shaoxing = rows.find((r) => r[1] === '绍兴市')!;
    expect(shaoxing.slice(3, 5)).toEqual([1000, '以上']);
    expect(ws.getRow(rows.indexOf(total) + 1).getCell(3).numFmt).toBe('#,##0');
  });

  it('adds a second sheet with the title, the filters and the source', async () => {
    const source = sourceText('en', 5, '2021-10-22');
    const wb = await readBack(await buildXlsx(spec, { lang: 'en', source, date: '2021-10-22' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Figures', 'About']);
    const about = wb.getWorksheet('About');
    const values = about?.getColumn(2).values ?? [];
    expect(values).toContain('城市：济南市；搜索：宣讲');
    expect(values).toContain(3);
    expect(aboutRow(about, 'Source')).toEqual([
      'Source',
      '5 local news reports (Party history learning and education campaign); data as of 2021-10-22',
    ]);
  });

  it('labels the source once, not "数据来源 | 数据来源：…"', async () => {
    const source = sourceText('zh', 5, '2021-10-22');
    const wb = await readBack(await buildXlsx(spec, { lang: 'zh', source, date: '2021-10-22' }));
    expect(aboutRow(wb.getWorksheet('说明'), '数据来源')).toEqual([
      '数据来源',
      '5篇地方新闻报道（党史学习教育）；数据截至2021-10-22',
    ]);
  });
});

function aboutRow(sheet: ExcelJS.Worksheet | undefined, label: string): unknown[] | undefined {
  const rows = sheet?.getSheetValues() ?? [];
  const row = rows.find((r) => Array.isArray(r) && r[1] === label);
  return Array.isArray(row) ? row.slice(1) : undefined;
}
