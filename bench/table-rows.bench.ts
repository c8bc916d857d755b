/**
 * How long the figures table's row model takes on a large dataset:
 *
 *     npm run bench:table [-- --figures 100000]
 *
 * Prints milliseconds per step (median of several runs) for the generated dataset of scripts/gen-large.ts.
 */
import { parseArgs } from 'node:util';
import { buildDatasetIndex } from '@/lib/dataset-index';
import {
  FIGURE_COLUMNS,
  buildTableExportSpec,
  filterFigureRows,
  prepareFigureRows,
  searchFigureRows,
  searchTexts,
  sortFigureRows,
} from '@/lib/figure-rows';
import type { FigureFilters } from '@/lib/filter-figures';
import { generateLargeDataset } from '../scripts/gen-large';

const { values } = parseArgs({ options: { figures: { type: 'string', default: '100000' } } });
const count = Number(values.figures);

function time<T>(label: string, run: () => T, repeat = 5): T {
  const ms: number[] = [];
  let result = run();
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    result = run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} ${ms[Math.floor(ms.length / 2)]!.toFixed(1).padStart(8)} ms`);
  return result;
}

function once<T>(label: string, run: () => T): T {
  const t = performance.now();
  const result = run();
  console.log(`${label.padEnd(44)} ${(performance.now() - t).toFixed(1).padStart(8)} ms  (once per dataset)`);
  return result;
}

const { dataset } = generateLargeDataset({ figures: count });
const index = buildDatasetIndex(dataset);
console.log(`${dataset.figures.length} figures, ${dataset.regions.length} regions, ${dataset.reports.length} reports`);

const all = once('prepare rows', () => prepareFigureRows(dataset, index));
once('build search strings (first search)', () => searchTexts(all));
for (const lang of ['zh', 'en'] as const) {
  for (const c of FIGURE_COLUMNS)
    once(`first sort by ${c.id} (${lang}, collation ranks)`, () =>
      sortFigureRows(all, all, { key: c.id, direction: 'asc' }, lang),
    );
}

const none: FigureFilters = { regions: [], categories: [], dateFrom: null, dateTo: null };
const someCities = index.cities.slice(0, 40).map((c) => c.code);
const filters: FigureFilters = { regions: someCities, categories: [], dateFrom: '2021-05-01', dateTo: null };

time('filter: none', () => filterFigureRows(all, index, none));
const filtered = time(`filter: ${someCities.length} cities + date`, () => filterFigureRows(all, index, filters));
console.log(`  → ${filtered.length} rows`);
for (const c of FIGURE_COLUMNS)
  time(`sort all by ${c.id} desc (zh)`, () => sortFigureRows(all, all, { key: c.id, direction: 'desc' }, 'zh'));
for (const term of ['学习', '學習', 'district', '拉萨 讲', 'zzzz']) {
  const rows = time(`search all for "${term}"`, () => searchFigureRows(all, all, term));
  console.log(`  → ${rows.length} rows`);
}
time(
  'export cells of all rows (zh)',
  () => buildTableExportSpec(all, index, { filters: none, search: '', lang: 'zh' }).rows.length,
);
