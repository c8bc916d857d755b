import { describe, expect, it } from 'vitest';
import { exportCells, prepareFigureRows, FIGURE_COLUMNS } from '@/lib/figure-rows';
import type { Region } from '@/lib/figures-schema';
import { regionLabel, regionName, rowRegionLabel, shortUnit } from '@/lib/region-label';
import { makeFixture } from '@/lib/testing/dataset-fixture';

const base: Region = {
  code: '420114',
  name: '蔡甸区',
  nameEn: 'Caidian District',
  level: 'district',
  cityCode: '420100',
  city: '武汉市',
  cityEn: 'Wuhan',
  province: '湖北省',
  provinceEn: 'Hubei',
  provinceCode: '420000',
};

describe('regionLabel', () => {
  it('gives a district its city, in either language', () => {
    expect(regionLabel(base, 'zh')).toBe('武汉市蔡甸区');
    expect(regionLabel(base, 'en')).toBe('Caidian District (Wuhan)');
    expect(regionName(base, 'zh')).toBe('蔡甸区');
  });

  it('names a city, or a district named as its city, once', () => {
    const city: Region = { ...base, code: '420100', name: '武汉市', nameEn: 'Wuhan', level: 'city' };
    expect(regionLabel(city, 'zh')).toBe('武汉市');
    const sameName: Region = {
      ...base,
      code: '659001',
      name: '石河子市',
      nameEn: 'Shihezi',
      city: '石河子市',
      cityEn: 'Shihezi',
    };
    expect(regionLabel(sameName, 'zh')).toBe('石河子市');
    expect(regionLabel(sameName, 'en')).toBe('Shihezi');
  });

  it('reads an unknown region as its code', () => {
    expect(regionLabel(undefined, 'zh', '999999')).toBe('999999');
  });

  it('is the label the table and its exports show', () => {
    const { data, index } = makeFixture();
    const rows = prepareFigureRows(data, index);
    const regionColumn = FIGURE_COLUMNS.find((c) => c.id === 'region')!;
    for (const row of rows) {
      const label = regionLabel(row.region, 'zh', row.figure.regionCode);
      expect(regionColumn.text(row, 'zh')).toBe(label);
      expect(exportCells(row, 'zh')[0]).toBe(label);
    }
  });

  it('names the unit where a region stands only for it, and a row names its report’s unit', () => {
    const { data } = makeFixture();
    const shaoxing = data.regions.find((r) => r.code === '330600')!;
    expect(shortUnit('绍兴市文化广电旅游局', shaoxing)).toBe('文化广电旅游局');
    expect(regionLabel({ ...shaoxing, unitOnly: '文化广电旅游局' }, 'zh')).toBe('绍兴市 · 文化广电旅游局');
    expect(rowRegionLabel(shaoxing, '绍兴市文化广电旅游局', 'en')).toBe('Shaoxing · 文化广电旅游局');
    expect(rowRegionLabel(shaoxing, null, 'zh')).toBe('绍兴市');
  });
});
