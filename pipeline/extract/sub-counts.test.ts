import { describe, expect, it } from 'vitest';
import { buildDataset } from '../build-dataset';
import { extractFigures } from './extract-figures';

/** Each figure as value, with the value of the total it is part of. */
function parts(text: string): string[] {
  const figures = extractFigures(text);
  return figures.map((f) => {
    const total = f.partOfSpan && figures.find((t) => t.start === f.partOfSpan?.start);
    return total ? `${f.value}⊂${total.value}` : String(f.value);
  });
}

describe('sub-counts (其中…) are linked to the total they are part of', () => {
  it('links a part to the total just before it, also across a sentence and with another unit of the kind', () => {
    expect(parts('开展集中学习2,340场次，其中十八洞村开展集中学习46场次。')).toEqual(['2340', '46⊂2340']);
    expect(parts('全省接待现场教学团队4.6万批次。其中，延安市接待现场教学团队1.9万批次。')).toEqual([
      '46000',
      '19000⊂46000',
    ]);
    expect(parts('全区共发放学习书籍和资料1.08万套，其中《中国共产党简史》3,600本。')).toEqual(['10800', '3600⊂10800']);
  });

  it('passes over figures of other metrics in its sentence, and links every member of a list after 其中', () => {
    expect(
      parts('全市共举办专题培训班1,076期，培训党员干部9.2万人次，其中市级层面举办读书班、培训班分别为5期和12期。'),
    ).toEqual(['1076', '92000', '5⊂1076', '12⊂1076']);
    expect(parts('全区开展宣讲2.9万场，受众280万人次。其中，银川市开展宣讲9,800余场，石嘴山市4,100余场。')).toEqual([
      '29000',
      '2800000',
      '9800⊂29000',
      '4100⊂29000',
    ]);
  });

  it('links a part of a restated total to the statement kept', () => {
    const text = '全市共开展党史宣讲3.6万场。\n　　宣讲队伍共开展党史宣讲3.6万场，其中线上宣讲8,400场。';
    expect(parts(text)).toEqual(['36000', '8400⊂36000']);
    expect(extractFigures(text)[1]?.partOfSpan?.start).toBe(extractFigures(text)[0]?.start);
  });

  it('links nothing where 其中 parts something that is no total of the same things', () => {
    expect(parts('共受理群众诉求18,652件，已办理完成17,940件。全区梳理问题清单862项，其中已解决795项。')).toEqual([
      '18652',
      '17940',
      '862',
      '795',
    ]);
    expect(parts('接待观众180万人次，其中党员干部团队参观4,200批次。')).toEqual(['1800000', '4200']);
    expect(parts('实施20项民生工程，其中新建中小学16所。')).toEqual(['20', '16']);
    expect(parts('开展宣讲3.6万场，其中线上8,400场，开展座谈会200场。')).toEqual(['36000', '8400⊂36000', '200']);
  });
});

describe('sub-counts in the dataset', () => {
  it('name the id of their total in partOf, which sums over both can leave out', () => {
    const text = '武汉市蔡甸区：党史宣讲\n\n　　蔡甸区共开展党史宣讲1,145场次，其中线上宣讲320场次。';
    const { dataset } = buildDataset({ reports: [{ file: 'a.txt', text, encoding: 'utf-8' }] });
    const [total, part] = dataset.figures;
    expect(total?.partOf).toBeUndefined();
    expect(part).toMatchObject({ value: 320, partOf: total?.id });
  });
});
