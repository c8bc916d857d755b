import type { LoadedDataset } from '@/lib/dataset-context';
import { downloadBlob } from '@/lib/export/download';
import { EXPORT_MESSAGES as M } from '@/lib/export/export-messages';
import { useViewStore } from '@/stores/view-store';
import { chartViewOf } from '@/stores/use-figure-filters';
import { useExportAction } from '@/components/use-export-action';
import '@/app/report/word-report.css';

/** 导出Word报告: the current view as a .docx for a 工作总结 or 汇报材料. */
export function WordReportButton({ dataset }: { dataset: LoadedDataset }) {
  const lang = useViewStore((s) => s.lang);
  const { busy, status, run } = useExportAction(lang);
  const save = () =>
    run(async () => {
      const view = chartViewOf(useViewStore.getState(), dataset.data, dataset.index);
      // The docx library, the report's builder and the chart renderer load on the first report, not with the page.
      const { exportWordReport } = await import('@/app/report/word-docx');
      const { blob, name } = await exportWordReport(dataset, view, lang);
      downloadBlob(blob, name);
      return M.saved[lang] + name;
    });
  return (
    <span className="word-report">
      <button type="button" onClick={() => void save()} disabled={busy}>
        {M.word[lang]}
      </button>
      <span role="status" className="header-status">
        {status}
      </span>
    </span>
  );
}
