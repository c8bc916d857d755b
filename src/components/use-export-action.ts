import { useCallback, useState } from 'react';
import { EXPORT_MESSAGES } from '@/lib/export/export-messages';
import type { Lang } from '@/lib/i18n';

/**
 * Busy flag and a short spoken/visible result for export buttons, so a slow or failed export is never silent.
 * A result is kept with the language it was written in and shown only while that language is on: after a
 * switch of language it goes, rather than stay behind as the one Chinese line on an English page.
 */
export function useExportAction(lang: Lang) {
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<{ text: string; lang: Lang }>({ text: '', lang });
  const setStatus = useCallback(
    (text: string) => {
      setShown({ text, lang });
    },
    [lang],
  );
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
    [lang, setStatus],
  );
  const status = shown.lang === lang ? shown.text : '';
  return { busy, status, setStatus, run };
}
