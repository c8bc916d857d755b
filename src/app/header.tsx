import { useViewStore } from '@/stores/view-store';
import { fill, LANGS } from '@/lib/i18n';
import type { LoadedDataset } from '@/lib/dataset-context';
import { appMessages as m } from '@/app/messages';
import { ExportAllButton } from '@/app/print-report/export-all-button';
import { WordReportButton } from '@/app/report/word-report-button';

const LANG_NAMES = { zh: '中文', en: 'English' } as const;

export function AppHeader({ dataset }: { dataset: LoadedDataset | null }) {
  const asOf = dataset?.data.asOf ?? null;
  const lang = useViewStore((s) => s.lang);
  const theme = useViewStore((s) => s.theme);
  const setView = useViewStore((s) => s.set);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{m.title[lang]}</h1>
        <p className="app-subtitle">
          {m.subtitle[lang]}
          {asOf ? ` · ${fill(m.asOf[lang], { date: asOf })}` : ''}
        </p>
      </div>
      <div className="header-actions">
        {dataset && <WordReportButton dataset={dataset} />}
        {dataset && <ExportAllButton />}
        <div role="group" aria-label={m.language[lang]} className="segmented">
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l === 'zh' ? 'zh-CN' : 'en'}
              aria-pressed={lang === l}
              onClick={() => {
                setView({ lang: l });
              }}
            >
              {LANG_NAMES[l]}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="theme-toggle"
          aria-pressed={theme === 'dark'}
          onClick={() => {
            setView({ theme: theme === 'dark' ? 'light' : 'dark' });
          }}
        >
          <span aria-hidden="true">{theme === 'dark' ? '☾ ' : '☀ '}</span>
          {m.darkMode[lang]}
        </button>
      </div>
    </header>
  );
}
