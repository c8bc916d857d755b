import { useState } from 'react';
import type { LoadedDataset } from '@/lib/dataset-context';
import { describeFilters } from '@/lib/describe-filters';
import { EXPORT_MESSAGES, sourceLine } from '@/lib/export/export-messages';
import { exportDate } from '@/lib/export/file-names';
import { buildTableExportSpec, prepareFigureRows, selectFigureRows } from '@/lib/figure-rows';
import { useViewStore } from '@/stores/view-store';
import { chartViewOf } from '@/stores/use-figure-filters';
import { buildChartSpecs } from '@/features/charts/chart-specs';
import { PrintReport, type PrintReportProps } from '@/app/print-report/print-report';

type Report = Omit<PrintReportProps, 'onClose'>;

/**
 * 导出全部 / Export all, for the app header. The report is built once when asked for, from the same
 * builders the page uses (buildChartSpecs, the table's row model), so it shows exactly the current view.
 */
export function ExportAllButton({ dataset }: { dataset: LoadedDataset }) {
  const { data, index } = dataset;
  const lang = useViewStore((s) => s.lang);
  const [report, setReport] = useState<Report | null>(null);

  const open = () => {
    const view = useViewStore.getState();
    const filters = chartViewOf(view, data, index);
    const rows = selectFigureRows(prepareFigureRows(data, index), index, {
      filters,
      search: view.tableSearch,
      sort: view.tableSort,
      lang,
    });
    setReport({
      lang,
      charts: buildChartSpecs(data, index, filters, lang),
      table: buildTableExportSpec(rows, index, { filters, search: view.tableSearch, lang }),
      filters: describeFilters(filters, index, lang),
      source: sourceLine(lang, data.reports.length, data.asOf),
      generated: exportDate(null),
    });
  };

  return (
    <>
      <button type="button" onClick={open} aria-haspopup="dialog">
        {EXPORT_MESSAGES.all[lang]}
      </button>
      {report && (
        <PrintReport
          {...report}
          onClose={() => {
            setReport(null);
          }}
        />
      )}
    </>
  );
}
