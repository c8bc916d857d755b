import { useEffect, useState } from 'react';
import type { LoadedDataset } from '@/lib/dataset-context';
import { DatasetLoadError, loadDataset, type LoadProblem } from '@/app/load-dataset';

export type LoadState =
  { status: 'loading' } | { status: 'ready'; dataset: LoadedDataset } | { status: 'error'; problem: LoadProblem };

// One request per page load, however often React mounts the shell (StrictMode mounts twice).
let pending: Promise<LoadedDataset> | null = null;

export function useDatasetLoader(): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    pending ??= loadDataset(window.location.href);
    pending.then(
      (dataset) => {
        if (live) setState({ status: 'ready', dataset });
      },
      (e: unknown) => {
        const problem: LoadProblem =
          e instanceof DatasetLoadError
            ? e.problem
            : { kind: 'network', file: 'data/figures.json', detail: e instanceof Error ? e.message : String(e) };
        if (live) setState({ status: 'error', problem });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
