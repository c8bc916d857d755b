export interface TableExportColumn {
  id: string;
  header: string;
  kind: 'text' | 'number';
}

/** Exactly the rows the table shows (filters, search, sort applied), as cell values per column. */
export interface TableExportSpec {
  columns: TableExportColumn[];
  rows: readonly (readonly (string | number | null)[])[];
  title: string;
  /** The active filters and search in words. */
  subtitle: string;
  fileStem: string;
}

// PLACEHOLDER owned by the export work (issue 4): replaced by real CSV/Excel buttons.
export function TableExportButtons(_props: { spec: TableExportSpec }) {
  return null;
}
