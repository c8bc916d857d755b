import type { ActivityCategory } from '@/lib/activity-categories';

/** First match wins: the more specific kinds (a contest, a film) before the broad ones (study). */
const RULES: readonly (readonly [ActivityCategory, RegExp])[] = [
  ['contest', /竞赛|知识问答|答题|比赛|擂台|演讲赛|知识测试/],
  ['culture', /电影|影片|演出|展演|文艺|歌|朗诵|戏|音乐|舞|展览|艺术|书画|摄影|图片展|晚会|诵读/],
  ['visit', /参观|基地|纪念馆|遗址|旧址|展厅|展馆|寻访|研学|革命文物|红色旅游|瞻仰|故居/],
  ['training', /培训|轮训|学习班|培训班|专题班|党校|干部学院/],
  ['lecture', /宣讲|党课|讲座|报告会|讲堂|讲解|授课/],
  ['partyLife', /组织生活|主题党日|谈心谈话|民主生活会|三会一课|支部|党日|入党誓词|重温誓词/],
  ['service', /办实事|问题|民生|志愿|实事|办结|走访|调研|诉求|心愿|帮扶|服务|矛盾|纠纷|接访|难题|意见建议|事项/],
  ['publicity', /报道|宣传|媒体|专栏|新闻|稿件|视频|推文|获赞|点赞|信息|公众号|网站/],
  ['study', /学习|读书|研讨|中心组|夜学|自学|交流|书籍|用书|读本|书房|书屋/],
];

/** The activity category of a figure: from its activity label, else from its whole clause. */
export function categorise(activity: string, clause: string): ActivityCategory {
  for (const [category, re] of RULES) if (re.test(activity)) return category;
  for (const [category, re] of RULES) if (re.test(clause)) return category;
  return 'other';
}
