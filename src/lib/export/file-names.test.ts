import { describe, expect, it } from 'vitest';
import { exportDate, exportFileName, filterFileStem } from '@/lib/export/file-names';
import { makeFixture } from '@/lib/testing/dataset-fixture';
import { sourceLine } from '@/lib/export/export-messages';

describe('exportFileName', () => {
  it('joins the stem, the date and the extension', () => {
    expect(exportFileName('各地区开展场次排名', '2021-10-22', 'png')).toBe('各地区开展场次排名_2021-10-22.png');
    expect(exportFileName('sessions-by-region', '2021-10-22', 'xlsx')).toBe('sessions-by-region_2021-10-22.xlsx');
  });
  it('replaces characters file systems refuse and spaces', () => {
    expect(exportFileName('Sessions / region: "top" 10?', '2021-10-22', 'csv')).toBe(
      'Sessions-region-top-10_2021-10-22.csv',
    );
    expect(exportFileName('..//', '2021-10-22', 'svg')).toBe('export_2021-10-22.svg');
  });
});

describe('exportDate', () => {
  it('prefers the dataset date and falls back to the local date of today', () => {
    expect(exportDate('2021-10-22', new Date(2030, 0, 2))).toBe('2021-10-22');
    expect(exportDate(null, new Date(2030, 0, 2))).toBe('2030-01-02');
  });
});

describe('sourceLine', () => {
  it('names the report count and the data date in the UI language', () => {
    expect(sourceLine('zh', 5, '2021-10-22')).toBe('数据来源：5篇地方新闻报道（党史学习教育）；数据截至2021-10-22');
    expect(sourceLine('en', 1, null)).toBe(
      'Source: 1 local news report (Party history learning and education campaign)',
    );
  });
});

describe('filterFileStem', () => {
  const { index } = makeFixture();
  const none = { regions: [], categories: [], dateFrom: null, dateTo: null };
  it('says the campaign, the regions and what the file holds', () => {
    expect(filterFileStem({ ...none, regions: ['540100'] }, index, 'zh', '开展场次')).toBe(
      '党史学习教育_拉萨市_开展场次',
    );
    expect(filterFileStem(none, index, 'en', 'Sessions held')).toBe('Party-history-campaign_All-regions_Sessions-held');
  });
  it('names at most three regions, and the categories and dates when filtered', () => {
    const stem = filterFileStem(
      {
        regions: ['540100', '330600', '420114', '420100'],
        categories: ['lecture'],
        dateFrom: '2021-06-01',
        dateTo: null,
      },
      index,
      'zh',
      '数据明细',
    );
    expect(stem).toBe('党史学习教育_拉萨市、绍兴市等4地_宣讲党课_2021-06-01至_数据明细');
  });
});
