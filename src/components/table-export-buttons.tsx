import { useDataset } from '@/lib/dataset-context';
import { useViewStore } from '@/stores/view-store';
import { EXPORT_MESSAGES as M, sourceText } from '@/lib/export/export-messages';
import { exportDate, exportFileName } from '@/lib/export/file-names';
import { downloadBlob } from '@/lib/export/download';
import { buildCsv } from '@/lib/export/csv';
import type { ExportContext, TableExportSpec } from '@/lib/export/export-spec';
import { countedFigures } from '@/lib/counted-figures';
import { describeFilters } from '@/lib/describe-filters';
import { useExportAction } from '@/components/use-export-action';
import '@/components/export-buttons.css';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Export CSV / Export Excel of exactly the rows the table shows, in its order. */
export function TableExportButtons({ spec }: { spec: TableExportSpec }) {
  const lang = useViewStore((s) => s.lang);
  const { data, index } = useDataset();
  const { busy, status, run } = useExportAction(lang);
  const ctx: ExportContext = {
    lang,
    source: sourceText(lang, data.reports.length, data.asOf),
    date: exportDate(data.asOf),
  };

  const saveCsv = () =>
    run(() => {
      const name = exportFileName(spec.fileStem, ctx.date, 'csv');
      downloadBlob(new Blob([buildCsv(spec)], { type: 'text/csv;charset=utf-8' }), name);
      return Promise.resolve(M.saved[lang] + name);
    });

  const saveXlsx = () =>
    run(async () => {
      // exceljs is large: its chunk loads on the first Excel export only.
      const [{ buildXlsx }, { summarizeByRegion }] = await Promise.all([
        import('@/lib/export/xlsx'),
        import('@/lib/export/region-summary'),
      ]);
      const name = exportFileName(spec.fileStem, ctx.date, 'xlsx');
      const view = useViewStore.getState();
      const filters = {
        regions: view.regions,
        categories: view.categories,
        dateFrom: view.dateFrom,
        dateTo: view.dateTo,
      };
      // The figures the headline cards add up, so the summary's totals are the cards' totals.
      const table = summarizeByRegion(countedFigures(data, index, filters), index, lang);
      const bytes = await buildXlsx(spec, ctx, { table, filters: describeFilters(filters, index, lang) });
      downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), name);
      return M.saved[lang] + name;
    });

  return (
    <div className="export-buttons" role="group" aria-label={M.tableExports[lang]}>
      <button type="button" onClick={() => void saveCsv()} disabled={busy}>
        {M.csv[lang]}
      </button>
      <button type="button" onClick={() => void saveXlsx()} disabled={busy}>
        {M.excel[lang]}
      </button>
      <span role="status">{status}</span>
    </div>
  );
}
