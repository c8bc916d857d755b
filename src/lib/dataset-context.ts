import { createContext, useContext } from 'react';
import type { Dataset } from '@/lib/figures-schema';
import type { DatasetIndex } from '@/lib/dataset-index';

export interface LoadedDataset {
  data: Dataset;
  index: DatasetIndex;
  /** URL of figures.json, so report texts (textPath) resolve relative to it. */
  baseUrl: string;
}

/** The loaded dataset is not a user choice, so it lives in context (loaded once by the app shell), not in the store. */
export const DatasetContext = createContext<LoadedDataset | null>(null);

export function useDataset(): LoadedDataset {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDataset outside DatasetContext: the app shell renders features only after loading');
  return value;
}
