import { useCallback, useState } from 'react';
import { EXPORT_MESSAGES } from '@/lib/export/export-messages';
import type { Lang } from '@/lib/i18n';

/** Busy flag and a short spoken/visible result for export buttons, so a slow or failed export is never silent. */
export function useExportAction(lang: Lang) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const run = useCallback(
    async (action: () => Promise<string>) => {
      setBusy(true);
      setStatus(EXPORT_MESSAGES.working[lang]);
      try {
        setStatus(await action());
      } catch (e) {
        setStatus(EXPORT_MESSAGES.failed[lang] + (e instanceof Error ? e.message : String(e)));
      } finally {
        setBusy(false);
      }
    },
    [lang],
  );
  return { busy, status, setStatus, run };
}
