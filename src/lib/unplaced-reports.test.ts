import { describe, expect, it } from 'vitest';
import { selectRanking, axisRegions } from '@/features/charts/chart-data';
import { summarizeDataset } from '@/features/data-notes/dataset-summary';
import { buildDatasetIndex } from '@/lib/dataset-index';
import { countedFigures } from '@/lib/counted-figures';
import { filterFigures } from '@/lib/filter-figures';
import { FIGURE_COLUMNS, prepareFigureRows } from '@/lib/figure-rows';
import { datasetSchema } from '@/lib/figures-schema';
import { NO_FILTERS, dataset, fig, region, report } from '@/lib/testing/dataset-fixture';

/** One placed report in 拉萨市 and one the pipeline could not place, each with sessions figures. */
function withUnplaced() {
  const lhasa = region('540100', '拉萨市', 'Lhasa');
  const data = dataset({
    regions: [lhasa],
    reports: [
      report('r-1', '540100'),
      report('r-2', '540100', null, { regionCode: null, regionNote: 'no division named', title: '某村报道' }),
    ],
    figures: [fig('r-1', '540100', { value: 10 }), fig('r-2', '540100', { value: 7, regionCode: null })],
  });
  return { data, index: buildDatasetIndex(data) };
}

describe('a report whose region is not known', () => {
  it('is valid data', () => {
    expect(datasetSchema.safeParse(withUnplaced().data).success).toBe(true);
  });

  it('is never summed into a region: not counted, not under a region filter, not on a chart axis', () => {
    const { data, index } = withUnplaced();
    expect(countedFigures(data, index, NO_FILTERS).map((f) => f.value)).toEqual([10]);
    expect(filterFigures(data.figures, index, { ...NO_FILTERS, regions: ['540100'] }).map((f) => f.value)).toEqual([
      10,
    ]);
    const regions = axisRegions(data, index, []);
    expect(regions.map((r) => r.code)).toEqual(['540100']);
    const ranking = selectRanking(countedFigures(data, index, NO_FILTERS), regions, 'sessions', index);
    expect(ranking.map((r) => r.cell?.value)).toEqual([10]);
  });

  it('is listed in the table under 地区未定 / Region not known', () => {
    const { data, index } = withUnplaced();
    const rows = prepareFigureRows(data, index);
    const regionColumn = FIGURE_COLUMNS.find((c) => c.id === 'region')!;
    const unplaced = rows.find((r) => r.figure.reportId === 'r-2')!;
    expect(regionColumn.text(unplaced, 'zh')).toBe('地区未定');
    expect(regionColumn.text(unplaced, 'en')).toBe('Region not known');
  });

  it('is named in the data notes', () => {
    expect(summarizeDataset(withUnplaced().data).unplaced.map((r) => r.file)).toEqual(['r-2.txt']);
  });
});
