import { describe, expect, it } from 'vitest';
import { buildDataset } from '../build-dataset';
import { divisionByCode } from './divisions';
import { findTitleTown } from './title-town';

const division = (code: string) => divisionByCode(code)!;

describe('findTitleTown', () => {
  it('names a town the title leads with under its county, which stays the region', () => {
    expect(findTitleTown('梓山镇:党史学习教育走深走实', division('360731'))).toEqual({
      unit: '于都县梓山镇',
      countyCode: '360731',
    });
    expect(findTitleTown('浏阳市大瑶镇:党史学习教育“接地气”', division('430181'))?.unit).toBe('浏阳市大瑶镇');
    expect(findTitleTown('友谊路街道:党建引领“红色物业”', division('120103'))?.unit).toBe('河西区友谊路街道');
  });

  it('finds the county of a town named under a city or province region', () => {
    expect(findTitleTown('梓山镇:红色课堂开到田间地头', division('360700'))?.countyCode).toBe('360731');
    expect(findTitleTown('梓山镇:红色课堂开到田间地头', division('360000'))?.countyCode).toBe('360731');
  });

  it('is null for a town outside the region, a name no town has, or a title not led by a town', () => {
    expect(findTitleTown('梓山镇:红色课堂开到田间地头', division('430181'))).toBeNull();
    expect(findTitleTown('幸福美满镇:红色课堂', division('360731'))).toBeNull();
    expect(findTitleTown('于都县:红色课堂开到梓山镇', division('360731'))).toBeNull();
    expect(findTitleTown(null, division('360731'))).toBeNull();
  });
});

describe('a township report in the dataset', () => {
  it("keeps the town's county as region, though the text names the city more, and the town as reporting unit", () => {
    const text =
      '梓山镇：红色课堂开到田间地头\n\n赣州日报　2021-08-26\n\n　　赣州市梓山镇党委开展专题学习12次。赣州市委宣讲团来镇宣讲，全市……。';
    const { dataset } = buildDataset({ reports: [{ file: 'a.txt', text, encoding: 'utf-8' }] });
    expect(dataset.reports[0]).toMatchObject({ regionCode: '360731', reportingUnit: '于都县梓山镇' });
    expect(dataset.figures.map((f) => f.regionCode)).toEqual(['360731']);
  });
});
