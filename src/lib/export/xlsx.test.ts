import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sourceText } from '@/lib/export/export-messages';
import { buildXlsx } from '@/lib/export/xlsx';
import type { TableExportSpec } from '@/lib/export/export-spec';

const spec: TableExportSpec = {
  title: '数据明细',
  subtitle: '城市：济南市；搜索：宣讲',
  fileStem: '数据明细',
  columns: [
    { id: 'region', header: '地区', kind: 'text' },
    { id: 'value', header: '数值', kind: 'number' },
    { id: 'qualifier', header: '限定', kind: 'text' },
  ],
  rows: [
    ['济南市', 2000, '余'],
    ['历下区', 1.5, ''],
    ['拉萨市', null, '未报告'],
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
    expect(ws.getRow(1).values).toEqual([undefined, '地区', '数值', '限定']);
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('B2').value).toBe(2000);
    expect(ws.getCell('C2').value).toBe('余');
    expect(ws.getCell('B3').value).toBe(1.5);
    expect(ws.getCell('A4').value).toBe('拉萨市');
    expect(ws.getCell('B4').type).toBe(ExcelJS.ValueType.Null);
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
