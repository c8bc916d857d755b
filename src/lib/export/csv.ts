import type { TableCell, TableExportSpec } from '@/lib/export/export-spec';

/**
 * RFC 4180 by hand: it is a dozen lines, while CSV libraries bring parsers the app does not need.
 * The byte-order mark makes Excel on Chinese Windows read UTF-8 instead of GBK; CRLF is what RFC 4180 and
 * Excel expect.
 */
const BOM = '\uFEFF';
const CRLF = '\r\n';

export function csvField(value: TableCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? numberText(value) : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

// Plain digits (no grouping, no exponent) so spreadsheets read the cell as a number.
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
}

/** Header row, then one line per table row; every line (the last too) ends with CRLF. */
export function buildCsv(spec: Pick<TableExportSpec, 'columns' | 'rows'>): string {
  const lines = [
    spec.columns.map((c) => csvField(c.header)),
    ...spec.rows.map((row) => spec.columns.map((_, i) => csvField(row[i] ?? null))),
  ];
  return BOM + lines.map((cells) => cells.join(',')).join(CRLF) + CRLF;
}
