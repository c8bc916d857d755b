import { describe, expect, it } from 'vitest';
import { wordsPattern } from './lexicon-word';
import { RESOLVING_PHRASES } from './problems';

describe('lexicon words with their exceptions as data', () => {
  it('builds one alternation that honours notBefore and atClauseEnd', () => {
    const re = new RegExp(
      wordsPattern([
        { word: '发布', notBefore: ['会'] },
        { word: '完成', atClauseEnd: true },
      ]),
    );
    expect(['发布信息', '召开发布会', '已完成', '完成任务'].map((s) => re.test(s))).toEqual([true, false, true, false]);
  });

  it('reads a plan as no resolution (整改落实措施), the matters resolved as one (整改落实到位)', () => {
    const resolved = new RegExp(wordsPattern(RESOLVING_PHRASES));
    expect(
      ['制定整改落实措施', '问题整改台账', '正在办理中', '已落实', '问题整改到位'].map((s) => resolved.test(s)),
    ).toEqual([false, false, false, true, true]);
  });
});
