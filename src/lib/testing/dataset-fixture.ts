import { buildDatasetIndex } from '@/lib/dataset-index';
import type { Dataset, Figure, Region, Report } from '@/lib/figures-schema';

// A small dataset for unit tests of pure selectors and option builders (test-only; not imported by the app).

function region(
  code: string,
  name: string,
  nameEn: string,
  level: Region['level'],
  city: [string, string, string],
): Region {
  return {
    code,
    name,
    nameEn,
    level,
    cityCode: city[0],
    city: city[1],
    cityEn: city[2],
    province: '某省',
    provinceEn: 'Province',
    provinceCode: `${code.slice(0, 2)}0000`,
  };
}

function report(id: string, regionCode: string, publishedAt: string | null, title: string | null): Report {
  return {
    id,
    file: `${id}.txt`,
    regionCode,
    reportingUnit: null,
    title,
    publisher: '日报',
    publishedAt,
    url: null,
    textPath: `texts/${id}.txt`,
    textLength: 1000,
  };
}

let seq = 0;
export function fig(reportId: string, regionCode: string, patch: Partial<Figure>): Figure {
  seq += 1;
  return {
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
}

const WUHAN: [string, string, string] = ['420100', '武汉市', 'Wuhan'];

export function makeFixture() {
  seq = 0;
  const data: Dataset = {
    schemaVersion: 1,
    asOf: '2021-07-01',
    regions: [
      region('330600', '绍兴市', 'Shaoxing', 'city', ['330600', '绍兴市', 'Shaoxing']),
      region('420100', '武汉市', 'Wuhan', 'city', WUHAN),
      region('420102', '江岸区', 'Jiang’an District', 'district', WUHAN),
      region('420114', '蔡甸区', 'Caidian District', 'district', WUHAN),
      region('540100', '拉萨市', 'Lhasa', 'city', ['540100', '拉萨市', 'Lhasa']),
      // Named by the data but without any report: selecting it must show "not reported".
      region('610100', '西安市', 'Xi’an', 'city', ['610100', '西安市', 'Xi’an']),
    ],
    reports: [
      report('r-a1', '330600', null, '绍兴报道'),
      report('r-b1', '420114', '2021-06-07', '蔡甸报道'),
      report('r-b2', '420102', '2021-05-01', null),
      report('r-c1', '540100', '2021-07-01', '拉萨报道'),
      report('r-c2', '540100', null, '拉萨第二篇'),
    ],
    figures: [],
    corrections: [],
  };
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
