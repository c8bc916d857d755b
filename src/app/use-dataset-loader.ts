import { useCallback, useEffect, useState } from 'react';
import type { LoadedDataset } from '@/lib/dataset-context';
import { DATA_FILE, dataFileUrl, DatasetLoadError, loadDataset, type LoadProblem } from '@/app/load-dataset';

export type LoadState =
  { status: 'loading' } | { status: 'ready'; dataset: LoadedDataset } | { status: 'error'; problem: LoadProblem };

export interface DatasetLoader {
  state: LoadState;
  /** Asks for the data again, in place: an official's page keeps its language and filters from the address. */
  retry: () => void;
  /** How often the reader has retried; the error after a retry takes the focus back to its button. */
  retries: number;
}

// One request per attempt, however often React mounts the shell (StrictMode mounts twice).
let pending: Promise<LoadedDataset> | null = null;

function toProblem(e: unknown): LoadProblem {
  if (e instanceof DatasetLoadError) return e.problem;
  const detail = e instanceof Error ? e.message : String(e);
  return { kind: 'network', file: DATA_FILE, url: dataFileUrl(window.location.href), detail };
}

export function useDatasetLoader(): DatasetLoader {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [retries, setRetries] = useState(0);
  useEffect(() => {
    let live = true;
    pending ??= loadDataset(window.location.href);
    pending.then(
      (dataset) => {
        if (live) setState({ status: 'ready', dataset });
      },
      (e: unknown) => {
        if (live) setState({ status: 'error', problem: toProblem(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [retries]);
  const retry = useCallback(() => {
    // The failed request is forgotten so the effect starts a new one; the loading state shows meanwhile.
    pending = null;
    setState({ status: 'loading' });
    setRetries((n) => n + 1);
  }, []);
  return { state, retry, retries };
}
