import { lazy, Suspense } from 'react';
import { DatasetContext, type LoadedDataset } from '@/lib/dataset-context';
import { useViewStore } from '@/stores/view-store';
import { ChartsSection } from '@/features/charts/charts-section';
import { DataNotes } from '@/features/data-notes/data-notes';
import { FiguresTable } from '@/features/figures-table/figures-table';
import { FiltersPanel } from '@/features/filters/filters-panel';
import { HeadlineCards } from '@/features/headline/headline-cards';
import { SourceView } from '@/features/source-view/source-view';
import { AppHeader } from '@/app/header';
import { LoadError, LoadingStatus } from '@/app/load-status';
import { appMessages as m } from '@/app/messages';
import { useDocumentSettings } from '@/app/theme';
import { UrlNotice } from '@/app/url-notice';
import { useDatasetLoader } from '@/app/use-dataset-loader';
import { useUrlSync } from '@/app/use-url-sync';
import { isPrintAddress } from '@/app/print-report/print-address';

// The print report is its own page (?view=print), loaded only there.
const PrintReportPage = lazy(() =>
  import('@/app/print-report/print-report').then((module) => ({ default: module.PrintReportPage })),
);

export function App() {
  const state = useDatasetLoader();
  const lang = useViewStore((s) => s.lang);
  useDocumentSettings(m.title[lang]);
  if (state.status === 'ready' && isPrintAddress(window.location.search))
    return (
      <Suspense fallback={<LoadingStatus lang={lang} />}>
        <PrintReportPage dataset={state.dataset} />
      </Suspense>
    );
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {m.skip[lang]}
      </a>
      <AppHeader dataset={state.status === 'ready' ? state.dataset : null} />
      {state.status === 'ready' ? (
        <DatasetContext value={state.dataset}>
          <Dashboard dataset={state.dataset} />
        </DatasetContext>
      ) : (
        <main id="main" className="content content-single">
          {state.status === 'loading' ? (
            <LoadingStatus lang={lang} />
          ) : (
            <LoadError problem={state.problem} lang={lang} />
          )}
        </main>
      )}
    </div>
  );
}

function Dashboard({ dataset }: { dataset: LoadedDataset }) {
  const lang = useViewStore((s) => s.lang);
  const { issues, dismiss } = useUrlSync(dataset.index);
  return (
    <>
      <UrlNotice issues={issues} lang={lang} onDismiss={dismiss} />
      <div className="layout">
        <aside className="sidebar">
          <FiltersPanel />
        </aside>
        <main id="main" className="content">
          <HeadlineCards />
          <section className="charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading" className="section-title">
              {m.charts[lang]}
            </h2>
            <ChartsSection />
          </section>
          <FiguresTable />
          <DataNotes />
        </main>
      </div>
      <SourceView />
    </>
  );
}
