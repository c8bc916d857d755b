import { buildDatasetIndex } from '@/lib/dataset-index';
import type { Dataset, Figure, Region, Report } from '@/lib/figures-schema';
import type { FigureFilters } from '@/lib/filter-figures';
import { measureOfUnit } from '@/lib/metrics';

// Builders of test datasets, shared by the unit tests (test-only; not imported by the app). Each
// builder fills every required field with a plain default, so a test names only what it is about.

export const NO_FILTERS: FigureFilters = { regions: [], categories: [], dateFrom: null, dateTo: null };

/** A city (no `city` given) or a district of `city`, which it takes its province from. */
export function region(
  code: string,
  name: string,
  nameEn: string,
  city: Region | null = null,
  province: readonly [zh: string, en: string] = city ? [city.province, city.provinceEn] : ['某省', 'Province'],
): Region {
  return {
    code,
    name,
    nameEn,
    level: city ? 'district' : 'city',
    cityCode: city ? city.code : code,
    city: city ? city.name : name,
    cityEn: city ? city.nameEn : nameEn,
    province: province[0],
    provinceEn: province[1],
    provinceCode: `${code.slice(0, 2)}0000`,
  };
}

export function report(
  id: string,
  regionCode: string | null,
  publishedAt: string | null = null,
  patch: Partial<Report> = {},
): Report {
  return {
    id,
    file: `${id}.txt`,
    regionCode,
    reportingUnit: null,
    title: null,
    publisher: null,
    publishedAt,
    url: null,
    textPath: `texts/${id}.txt`,
    textLength: 1000,
    ...patch,
  };
}

let seq = 0;
/** A done sessions figure of 1 场; ids run f-0001, f-0002… from the last makeFixture() or module load. */
export function fig(reportId: string, regionCode: string | null, patch: Partial<Figure> = {}): Figure {
  seq += 1;
  const figure: Figure = {
    id: `f-${seq.toString(16).padStart(4, '0')}`,
    reportId,
    regionCode,
    metric: 'sessions',
    value: 1,
    qualifier: 'exact',
    unit: '场',
    activity: '学习',
    category: 'study',
    status: 'done',
    valueText: '1',
    quote: 'q',
    start: 0,
    end: 1,
    ...patch,
  };
  if (figure.metric === 'participants' && !figure.measure) figure.measure = measureOfUnit(figure.unit);
  return figure;
}

/** A dataset of the given parts, schema version and no corrections filled in. */
export function dataset(parts: Pick<Dataset, 'regions' | 'reports' | 'figures'> & Partial<Dataset>): Dataset {
  return { schemaVersion: 1, asOf: null, corrections: [], ...parts };
}

const daily = (id: string, regionCode: string, publishedAt: string | null, title: string | null) =>
  report(id, regionCode, publishedAt, { title, publisher: '日报' });

/** Three cities (one with two districts), a city without reports, and figures of every metric and qualifier. */
export function makeFixture() {
  seq = 0;
  const wuhan = region('420100', '武汉市', 'Wuhan');
  const data = dataset({
    asOf: '2021-07-01',
    regions: [
      region('330600', '绍兴市', 'Shaoxing'),
      wuhan,
      region('420102', '江岸区', 'Jiang’an District', wuhan),
      region('420114', '蔡甸区', 'Caidian District', wuhan),
      region('540100', '拉萨市', 'Lhasa'),
      // Named by the data but without any report: selecting it must show "not reported".
      region('610100', '西安市', 'Xi’an'),
    ],
    reports: [
      daily('r-a1', '330600', null, '绍兴报道'),
      daily('r-b1', '420114', '2021-06-07', '蔡甸报道'),
      daily('r-b2', '420102', '2021-05-01', null),
      daily('r-c1', '540100', '2021-07-01', '拉萨报道'),
      daily('r-c2', '540100', null, '拉萨第二篇'),
    ],
    figures: [],
  });
  data.figures = [
    fig('r-a1', '330600', { value: 1000, qualifier: 'atLeast', category: 'culture' }),
    fig('r-a1', '330600', { value: 500, status: 'planned' }),
    fig('r-b1', '420114', { value: 1145, category: 'lecture' }),
    fig('r-b1', '420114', { value: 627 }),
    fig('r-b2', '420102', { value: 30, qualifier: 'approx' }),
    fig('r-c1', '540100', { value: 28000, qualifier: 'atLeast' }),
    fig('r-c2', '540100', { value: 5 }),
    fig('r-c1', '540100', { metric: 'participants', value: 207000, unit: '人次' }),
    fig('r-c1', '540100', { metric: 'problemsCollected', value: 2308, unit: '个', category: 'service' }),
    fig('r-c1', '540100', { metric: 'problemsResolved', value: 1902, unit: '个', category: 'service' }),
    fig('r-b1', '420114', { metric: 'problemsResolved', value: 9, unit: '项', category: 'service' }),
  ];
  return { data, index: buildDatasetIndex(data) };
}
