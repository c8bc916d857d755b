import { describe, expect, it } from 'vitest';
import { classifyStatus } from './status';

describe('classifyStatus', () => {
  it.each([
    ['将陆续推出', 'planned'],
    ['区委将在5月中旬召开推进会,拟举办', 'planned'],
    ['计划年底前再举办宣讲活动', 'planned'],
    ['力争培训干部', 'planned'],
    ['各级党委(党组)要扎实开展理论学习中心组学习(全年不少于', 'planned'],
    ['下一步,全市', 'planned'],
    ['结合区情实际,制定全区党史学习教育实施方案和任务清单,确定开展', 'planned'],
    ['截至目前,已组织宣讲党课', 'done'],
    ['举办专题读书班', 'done'],
    ['将204项民生项目细化为', 'done'],
    ['将群众评价作为衡量成效的重要标准,', 'done'],
    ['区委将在5月中旬召开推进会,目前已开展宣讲', 'done'],
    ['计划举办10期,目前已举办', 'done'],
    ['按计划完成培训', 'done'],
    ['开展模拟测试', 'done'],
    ['今年全县将选派', 'planned'],
    ['将对全县', 'planned'],
    ['届时将有', 'planned'],
    ['宣讲将达到', 'planned'],
    ['确保完成宣讲', 'planned'],
    ['为确保高质量开出生活会,形成新气象,市级', 'done'],
    ['全年目标任务为举办培训班', 'planned'],
    ['听众将近', 'done'],
    ['将党史学习教育与乡村振兴结合起来,全县开展宣讲', 'done'],
    ['将学习成果转化为工作实效,开展志愿服务', 'done'],
    ['宁波还将红色资源串珠成链,推出', 'done'],
    ['该区将党史学习教育“搬进”电影院,放映', 'done'],
    ['还将推出', 'planned'],
  ] as const)('%s → %s', (sentenceBefore, expected) => {
    expect(classifyStatus(sentenceBefore)).toBe(expected);
  });

  it.each([
    ['將', '項“慶百年華誕辦百件實事”市級民生項目細化為238項具體任務', 'done'],
    ['该县将全县', '名党员编入86个网格', 'done'],
    ['年内将新增红色教育基地', '', 'planned'],
  ] as const)('%s…%s → %s (the clause after the number tells 将 as 把)', (sentenceBefore, clauseAfter, expected) => {
    expect(classifyStatus(sentenceBefore, clauseAfter)).toBe(expected);
  });
});
