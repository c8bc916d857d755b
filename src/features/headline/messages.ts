import { NOT_REPORTED, type Bilingual } from '@/lib/i18n';

export const headlineMessages = {
  heading: { zh: '概览', en: 'Overview' },
  exact: { zh: '精确值 ', en: 'Exact ' },
  rate: { zh: '问题解决率', en: 'Resolution rate' },
  notReported: NOT_REPORTED,
  regions: { zh: '{n}个地区报告', en: 'Reported by {n} region(s)' },
  rateRegions: { zh: '基于{n}个地区报道中成对的收集与解决数', en: 'Over collected–resolved pairs in {n} region(s)' },
  sources: { zh: '来源（{n}条）', en: 'Sources ({n})' },
  sourcesName: { zh: '{card}的来源（{n}条）', en: '{card}: sources ({n})' },
  rateSources: { zh: '来源（{n}个地区）', en: 'Sources ({n} region(s))' },
  rateSourcesName: { zh: '{card}的来源（{n}个地区）', en: '{card}: sources ({n} region(s))' },
  dialogTitle: { zh: '{card}的来源', en: 'Sources of {card}' },
  close: { zh: '关闭', en: 'Close' },
  sumIntro: {
    zh: '以下{n}个数字相加，得出卡片上的合计 {total}（当前筛选范围内）。点击任一行查看原文。',
    en: "These {n} figures add up to the card's total of {total} (under the current filters). Choose a line to read its source.",
  },
  plannedOut: {
    zh: '计划数不计入：本范围内另有{n}个计划中的数字未加入合计。',
    en: 'Planned figures are not counted: {n} planned figure(s) in this range are left out of the total.',
  },
  plannedNone: {
    zh: '计划数不计入（本范围内没有计划中的数字）。',
    en: 'Planned figures are not counted (there are none in this range).',
  },
  truncated: {
    zh: '只列出最大的{shown}个，共{n}个；其余见下方“数据明细”表。',
    en: 'Only the largest {shown} of {n} are listed; the rest are in the Figures table below.',
  },
  rateIntro: {
    zh: '解决率 = 解决问题数 ÷ 收集问题数，只计同一篇报道中成对报告的两项（如“收集问题…个，已办结…个”），{n}个地区：{resolved} ÷ {collected} = {rate}。点击任一行查看原文。',
    en: 'Resolution rate = problems resolved ÷ problems collected, counting only the two as one report states them together (collected …, of which … resolved), in {n} region(s): {resolved} ÷ {collected} = {rate}. Choose a line to read its source.',
  },
  regionSubtotal: { zh: '收集 {collected} · 解决 {resolved}', en: 'collected {collected} · resolved {resolved}' },
  rateTruncated: {
    zh: '只列出前{shown}个地区的数字，共{n}个地区；其余见下方“数据明细”表。',
    en: 'Only the figures of the first {shown} of {n} regions are listed; the rest are in the Figures table below.',
  },
  leftOut: {
    zh: '未计入解决率（报道中没有成对的收集与解决数）：',
    en: 'Left out of the rate (no collected–resolved pair in their reports): ',
  },
  leftOutMore: { zh: ' 等，另有{n}个地区', en: '; and {n} more region(s)' },
  onlyCollected: { zh: '只报告收集', en: 'collected only' },
  onlyResolved: { zh: '只报告解决', en: 'resolved only' },
  onlyUnpaired: { zh: '两项不成对', en: 'not stated as a pair' },
  unpairedHeading: {
    zh: '不计入解决率：同一报道中没有与之成对的数字',
    en: 'Not in the rate: no partner stated with them in their report',
  },
  columns: { zh: '地区|活动|数值（原文写法）|报道', en: 'Region|Activity|Value (as written)|Report' },
  rateColumns: { zh: '指标|活动|数值（原文写法）|报道', en: 'Metric|Activity|Value (as written)|Report' },
  untitled: { zh: '（未注明标题）', en: '(no title)' },
  legend: {
    zh: '≥ 表示合计中含“余”“多”等下限数字，实际至少为此数；≈ 表示含“近”“约”等约数。计划中的数字不计入。',
    en: '≥: the total includes figures stated as "more than", so it is a lower bound. ≈: it includes figures stated as "about". Planned figures are not counted.',
  },
} satisfies Record<string, Bilingual>;
