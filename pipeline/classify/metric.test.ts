import { describe, expect, it } from 'vitest';
import { classifyMetric } from './metric';

describe('classifyMetric', () => {
  it.each([
    ['event', '场次', '各级党组织开展集中学习', '', 'sessions'],
    ['event', '次', '已组织宣讲党课', '', 'sessions'],
    ['event', '期', '舉辦全市党史学习教育专题学习班', '', 'sessions'],
    ['event', '次', '获赞', '', 'other'],
    ['event', '次', '阅读量超过', '', 'other'],
    ['event', '次', '召开新闻发布会', '', 'sessions'],
    ['people', '人次', '参与人数', '', 'participants'],
    ['people', '名', '组织', '基层党员干部赴山南', 'participants'],
    ['people', '位', '选拔', '来自全市不同行业', 'participants'],
    ['item', '个', '共收集问题', '', 'problemsCollected'],
    ['item', '个', '已办结', '', 'problemsResolved'],
    ['item', '项', '群众停车难等', '民生实事已妥善解决', 'problemsResolved'],
    ['item', '条', '检视问题', '', 'problemsCollected'],
    ['item', '条', '制定整改措施', '', 'other'],
    ['item', '条次', '目前已调度汇总各级各部门办实事数据信息', '', 'other'],
    ['item', '件', '累计为群众办实事好事', '', 'problemsResolved'],
    ['item', '件', '受理群众诉求', '', 'problemsCollected'],
    ['item', '个', '解决群众反映的问题', '', 'problemsResolved'],
    ['item', '个', '解决收集到的问题', '', 'problemsResolved'],
    ['item', '个', '收集群众反映的问题', '', 'problemsCollected'],
    ['item', '起', '化解', '', 'problemsResolved'],
    ['item', '个', '收集居民“微心愿”213个,已经实现', '', 'problemsResolved'],
    ['item', '个', '帮助实现困难群众微心愿', '', 'problemsResolved'],
    ['item', '个', '认领微心愿', '', 'other'],
    ['item', '个', '督促整改', '', 'problemsResolved'],
    ['item', '件', '受理信访举报', '', 'problemsCollected'],
    ['item', '件', '接到群众投诉', '', 'problemsCollected'],
    ['item', '个', '已实现', '村(社区)全覆盖', 'other'],
    ['item', '个', '组建', '巡回指导组', 'other'],
    ['item', '个', '深入', '乡镇(街道)', 'other'],
    ['item', '个', '召开专题组织生活会', '', 'sessions'],
    ['material', '本', '购买发放书籍', '', 'materials'],
    ['material', '份', '印发藏汉双语宣讲资料', '', 'materials'],
    ['material', '张', '发放明白纸', '', 'materials'],
    ['material', '张', '展出历史图片', '', 'other'],
    ['thing', '家', '启动建设城市书房', '', 'other'],
    ['thing', '处', '围绕全市', '革命文物开展专题调研', 'other'],
  ] as const)('%s %s: %s…%s → %s', (kind, unit, before, after, expected) => {
    expect(classifyMetric(kind, unit, before, after)).toBe(expected);
  });
});
