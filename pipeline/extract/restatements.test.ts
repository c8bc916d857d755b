import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures';

const found = (text: string) => extractFigures(text).map((f) => `${f.metric} ${f.value} «${f.quote}»`);

describe('restated figures are kept once', () => {
  it('keeps the lead of a total the headline and the body restate', () => {
    const text = [
      '盐城:党史宣讲3.6万场 覆盖群众超300万人次',
      '　　全市共开展党史宣讲3.6万场，覆盖群众超300万人次。',
      '　　宣讲队伍共开展党史宣讲3.6万场，其中线上宣讲8,400场。',
    ].join('\n');
    expect(found(text)).toEqual([
      'sessions 36000 «全市共开展党史宣讲3.6万场»',
      'participants 3000000 «覆盖群众超300万人次»',
      'sessions 8400 «其中线上宣讲8,400场»',
    ]);
  });

  it('keeps a restated total whose activity contains the other (宣讲 in 党史宣讲)', () => {
    expect(found('全县累计开展党史宣讲1,020场。\n　　全县共开展宣讲1,020场，受众12万人次。')).toEqual([
      'sessions 1020 «全县累计开展党史宣讲1,020场»',
      'participants 120000 «受众12万人次»',
    ]);
  });

  it('keeps a body count once where a later total refers back to it', () => {
    expect(
      found('并成立由地级领导担任组长的8个综合指导督导组。\n　　市级8个综合指导督导组全覆盖参与监督组织生活会。'),
    ).toEqual(['other 8 «并成立由地级领导担任组长的8个综合指导督导组»']);
  });

  it('keeps equal counts of two subjects, of two activities, metrics or qualifiers, and within one sentence', () => {
    expect(found('城关镇开展宣讲30场。新城镇开展宣讲30场。')).toHaveLength(2);
    expect(found('全区开展专题学习12次。全区召开专题研讨会12次。')).toHaveLength(2);
    expect(found('全县开展宣讲120场。全县共收集问题120个。')).toHaveLength(2);
    expect(found('全区累计开展宣讲300场。全区共开展宣讲300余场。')).toHaveLength(2);
    expect(found('全市共开展宣讲50场，全市共开展宣讲50场。')).toHaveLength(2);
  });
});
