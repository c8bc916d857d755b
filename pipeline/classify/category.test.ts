import { describe, expect, it } from 'vitest';
import { categorise } from './category';

describe('categorise', () => {
  it.each([
    ['党史知识竞赛', '', 'contest'],
    ['网上答题活动', '', 'contest'],
    ['观看红色电影', '', 'culture'],
    ['剧目展演', '', 'culture'],
    ['参观红色教育基地和拉萨廉政警示教育基地', '', 'visit'],
    ['专题学习班', '', 'training'],
    ['培训市管干部', '', 'training'],
    ['宣讲党课', '', 'lecture'],
    ['各类宣讲', '', 'lecture'],
    ['专题组织生活会', '', 'partyLife'],
    ['谈心谈话', '', 'partyLife'],
    ['收集问题', '', 'service'],
    ['民生实事', '', 'service'],
    ['典型新闻报道', '', 'publicity'],
    ['集中学习', '', 'study'],
    ['专题读书班', '', 'study'],
    ['巡回指导组', '组建7个巡回指导组', 'other'],
    ['选拔', '选拔30位来自全市不同行业的百姓宣讲员', 'lecture'],
  ] as const)('%s (%s) → %s', (activity, clause, expected) => {
    expect(categorise(activity, clause)).toBe(expected);
  });
});
