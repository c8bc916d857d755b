import { describe, expect, it } from 'vitest';
import { buildCsv, csvField } from '@/lib/export/csv';
import type { TableExportColumn } from '@/lib/export/export-spec';

const columns: TableExportColumn[] = [
  { id: 'region', header: '地区', kind: 'text' },
  { id: 'value', header: '数值', kind: 'number' },
  { id: 'quote', header: '原文', kind: 'text' },
];

describe('csvField', () => {
  it('quotes fields with commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(csvField('拉萨市')).toBe('拉萨市');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"学党史"')).toBe('"他说""学党史"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('x\r')).toBe('"x\r"');
    expect(csvField(' lead')).toBe('" lead"');
  });
  it('writes numbers as plain digits and missing values as empty fields', () => {
    expect(csvField(28000)).toBe('28000');
    expect(csvField(1.5)).toBe('1.5');
    expect(csvField(123456789012)).toBe('123456789012');
    expect(csvField(null)).toBe('');
  });
});

describe('buildCsv', () => {
  const csv = buildCsv({
    columns,
    rows: [
      ['济南市', 2000, '开展宣讲2000余场'],
      ['拉萨市', null, '引号"和,逗号'],
    ],
  });
  it('starts with a UTF-8 byte-order mark', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
  it('ends every record with CRLF and has a header plus one line per row', () => {
    const body = csv.slice(1);
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(body.split('\r\n')).toEqual([
      '地区,数值,原文',
      '济南市,2000,开展宣讲2000余场',
      '拉萨市,,"引号""和,逗号"',
      '',
    ]);
  });
  it('keeps a line break inside a quoted field without ending the record', () => {
    const text = buildCsv({ columns: columns.slice(0, 1), rows: [['a\r\nb']] });
    expect(text).toBe('\uFEFF地区\r\n"a\r\nb"\r\n');
  });
});
