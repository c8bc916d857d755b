import { useEffect, useRef, useState } from 'react';
import { useDataset } from '@/lib/dataset-context';
import { useViewStore } from '@/stores/view-store';
import { EXPORT_MESSAGES as M, sourceLine } from '@/lib/export/export-messages';
import { exportDate, exportFileName } from '@/lib/export/file-names';
import { downloadBlob } from '@/lib/export/download';
import { EXPORT_LAYOUTS, exportPixelRatio, exportSize, type ExportLayoutId } from '@/lib/export/chart-image';
import type { ChartExportSpec } from '@/lib/export/export-spec';
import { useExportAction } from '@/components/use-export-action';
import { CopyImageDialog } from '@/components/copy-image-dialog';
import '@/components/export-buttons.css';

// The renderer (ECharts canvas + SVG, font loading) loads on the first export, not with the page.
const loadRenderer = () => import('@/lib/export/chart-render');

/** The chart on screen, measured so the PNG can be made at least twice its size. */
function screenBox(from: HTMLElement | null): DOMRect | null {
  const figure = from?.closest('figure');
  const chart = figure?.querySelector('[_echarts_instance_]') ?? figure?.querySelector('canvas') ?? figure;
  return chart?.getBoundingClientRect() ?? null;
}

/** Export PNG / SVG / Copy image, placed inside the chart's figure. */
export function ChartExportButtons({ spec }: { spec: ChartExportSpec }) {
  const lang = useViewStore((s) => s.lang);
  const { data } = useDataset();
  const ref = useRef<HTMLDivElement>(null);
  const { busy, status, run } = useExportAction(lang);
  const footer = sourceLine(lang, data.reports.length, data.asOf);
  const date = exportDate(data.asOf);
  // A Word page by default: what most exports become. A slide is the other common destination.
  const [layoutId, setLayoutId] = useState<Extract<ExportLayoutId, 'page' | 'slide'>>('page');
  const layout = EXPORT_LAYOUTS[layoutId];
  const [copyUrl, setCopyUrl] = useState<string | null>(null);
  useEffect(
    () => () => {
      if (copyUrl) URL.revokeObjectURL(copyUrl);
    },
    [copyUrl],
  );

  const renderPng = async () => {
    const ratio = exportPixelRatio(
      screenBox(ref.current),
      exportSize(spec.option, layout),
      window.devicePixelRatio || 1,
      layout.dpi / layout.pxPerInch,
    );
    const { renderChartPng } = await loadRenderer();
    return renderChartPng(spec, { footer, lang, layout }, ratio);
  };

  const savePng = () =>
    run(async () => {
      const name = exportFileName(spec.fileStem, date, 'png');
      downloadBlob(await renderPng(), name);
      return M.saved[lang] + name;
    });

  const saveSvg = () =>
    run(async () => {
      const { renderChartSvg } = await loadRenderer();
      const name = exportFileName(spec.fileStem, date, 'svg');
      downloadBlob(
        new Blob([await renderChartSvg(spec, { footer, lang, layout })], { type: 'image/svg+xml;charset=utf-8' }),
        name,
      );
      return M.saved[lang] + name;
    });

  const copyViaDialog = (message: string) =>
    run(async () => {
      setCopyUrl(URL.createObjectURL(await renderPng()));
      return message;
    });

  const copy = () => {
    // Missing on insecure (http) origins and in older browsers, whatever the types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!window.isSecureContext) {
      void copyViaDialog(M.copyViaDialogInsecure[lang]);
      return;
    }
    if (typeof ClipboardItem === 'undefined' || !clipboard) {
      void copyViaDialog(M.copyViaDialog[lang]);
      return;
    }
    void run(async () => {
      try {
        // The item is handed over at once with a pending image: Safari only allows writes started in the click.
        await clipboard.write([new ClipboardItem({ 'image/png': renderPng() })]);
        return M.copied[lang];
      } catch (e) {
        if (e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'SecurityError')) {
          setCopyUrl(URL.createObjectURL(await renderPng()));
          return M.copyViaDialog[lang];
        }
        throw e;
      }
    });
  };

  return (
    <div className="export-buttons" ref={ref} role="group" aria-label={M.chartExports[lang]}>
      <button type="button" onClick={() => void savePng()} disabled={busy}>
        {M.png[lang]}
      </button>
      <button type="button" onClick={() => void saveSvg()} disabled={busy}>
        {M.svg[lang]}
      </button>
      <button type="button" onClick={copy} disabled={busy}>
        {M.copy[lang]}
      </button>
      <label className="export-size">
        <span>{M.size[lang]}</span>
        <select
          value={layoutId}
          onChange={(e) => {
            setLayoutId(e.currentTarget.value === 'slide' ? 'slide' : 'page');
          }}
        >
          <option value="page">{M.sizePage[lang]}</option>
          <option value="slide">{M.sizeSlide[lang]}</option>
        </select>
      </label>
      <span role="status">{status}</span>
      <CopyImageDialog
        url={copyUrl}
        title={spec.title}
        lang={lang}
        onClose={() => {
          setCopyUrl(null);
        }}
      />
    </div>
  );
}
