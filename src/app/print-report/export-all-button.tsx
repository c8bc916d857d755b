import { EXPORT_MESSAGES } from '@/lib/export/export-messages';
import { useViewStore } from '@/stores/view-store';
import { printAddress } from '@/app/print-report/print-address';

/**
 * 导出全部 / Export all, for the app header: opens the print report of the current view as a page of its
 * own in a new tab, where the browser's print dialog honours its A4 landscape page.
 */
export function ExportAllButton() {
  const lang = useViewStore((s) => s.lang);
  const open = () => {
    const address = printAddress(window.location);
    // A blocked pop-up still gets the report, in this tab (Back returns to the dashboard).
    if (!window.open(address, '_blank')) window.location.assign(address);
  };
  return (
    <button type="button" onClick={open}>
      {EXPORT_MESSAGES.all[lang]}
    </button>
  );
}
