import type { CorrectionNote } from '@/lib/figures-schema';
import type { Bilingual } from '@/lib/i18n';

export const notesMessages = {
  heading: { zh: '数据说明', en: 'About the data' },
  unplacedHeading: { zh: '地区未定的报道', en: 'Reports whose region is not known' },
  unplaced: {
    zh: '以下{count}篇报道未能确定所属地区，其数字列在明细表中（地区标为“地区未定”），不计入任何地区的合计与图表。',
    en: 'The region of these {count} reports could not be worked out: their figures are listed in the table (region "Region not known") and are not added to any region\'s totals or charts.',
  },
  coverage: {
    zh: '本看板汇总{reports}篇地方报道中的{figures}项统计数字，涉及{regions}个地区。',
    en: 'This dashboard brings together {figures} figures stated in {reports} local reports, covering {regions} regions.',
  },
  dates: {
    zh: '报道日期从{from}到{to}（{dated}篇注明日期，{undated}篇未注明）。',
    en: 'Report dates run from {from} to {to} ({dated} reports state a date, {undated} do not).',
  },
  noDates: { zh: '报道均未注明日期。', en: 'No report states a date.' },
  levelsHeading: { zh: '地区层级不同', en: 'Regions differ in level' },
  levels: {
    zh: '报道的地区层级不同：有的是整个城市，有的是一个区县，有的只是市直部门（如市文化广电旅游局）。比较时请留意，区县的数字不能直接与城市的数字相比。',
    en: 'Reports cover regions of different levels: a whole city, a single district, or only one city bureau (such as a culture and tourism bureau). District figures cannot be compared one to one with city figures.',
  },
  unitOnly: {
    zh: '以下地区只有其中一个单位（部门、学校、街镇）的报道，其数字不代表整个地区，图表与导出中均标明单位：{list}。其余地区均有覆盖全地区的报道。',
    en: 'These regions are covered only by one of their units (a bureau, a school, a town); their figures do not stand for the whole region, and every chart and export names the unit: {list}. Every other region has a report on the whole region.',
  },
  wholeOnly: {
    zh: '各地区均有覆盖全地区的报道。',
    en: 'Every region has a report on the whole region.',
  },
  measures: {
    zh: '参与人数有两种计量：人次（一人参加多次计多次）与人数（人、名、位），二者从不相加，图表与卡片分别显示；只报告其中一种的地区，另一种显示为“未报告”。',
    en: 'Participants come in two measures: person-times (one person attending twice counts twice) and people (heads). They are never added together; charts and cards show them apart, and a region that states only one shows the other as "Not reported".',
  },
  otherKinds: {
    zh: '谈心谈话、走访、调研、宣传报道、点击浏览和“检视问题”等数字归入“其他”，不计入开展场次或收集问题，以免不同口径的数字相加。',
    en: 'One-on-one talks, visits, research trips, publicity items, clicks and views, and self-examination findings are kept as "Other counts", never added to sessions held or problems collected, so that unlike counts are not summed.',
  },
  levelCity: { zh: '城市', en: 'Cities' },
  levelDistrict: { zh: '区县', en: 'Districts' },
  levelProvince: { zh: '省级', en: 'Provinces' },
  byMetricHeading: { zh: '各指标数据项数', en: 'Figures by metric' },
  sumsHeading: { zh: '合计如何计算', en: 'How totals are computed' },
  sums: {
    zh: '合计为同一地区各项数字相加。含“余”“多”“以上”的数字（{atLeast}项）按所写数值计入，合计标为“≥”，表示至少为此数；含“近”“约”“左右”的数字（{approx}项）按所写数值计入，合计标为“≈”。报道未提到的指标显示为“未报告”，不计为0，也不参与排名。报道中的计划数字（{planned}项，如“将开展”）不计入合计与图表，仅在明细表中列出。',
    en: 'Totals add up the figures of a region. Figures stated as "more than" ({atLeast}) count at their stated value and mark the total "≥" (at least); figures stated as "about" ({approx}) mark it "≈". A metric a region\'s reports do not mention shows as "Not reported", never as 0, and is left out of rankings. Planned figures ({planned}, such as "will hold") are not counted in totals or charts; the figures table lists them.',
  },
  doubleCount: {
    zh: '同一篇报道常先给出总数、再列分项（如“集中学习2.8万场次，其中专题读书班5期”），按活动相加时可能重复计算，合计宜视为参考。',
    en: 'A report often gives a total and then its parts (e.g. "28,000 study sessions, including 5 reading classes"), so adding up activities may count some twice; read totals as indicative.',
  },
  rate: {
    zh: '问题解决率只计同一篇报道中成对给出的收集数与解决数（如“收集问题2308个，已办结1902个”）；报道中其他问题数（如组织生活会的“检视问题”）照常列入合计，但不进入解决率。',
    en: 'The resolution rate counts only problems collected and resolved that one report states as a pair (e.g. "2,308 problems collected, 1,902 resolved"); a report\'s other problem counts (such as shortcomings found in self-examination meetings) are in the totals but not in the rate.',
  },
  correctionsHeading: { zh: '人工校正', en: 'Corrections applied' },
  noCorrections: { zh: '未应用人工校正。', en: 'No corrections were applied.' },
  asOf: { zh: '数据截至{date}。', en: 'Data as of {date}.' },
} satisfies Record<string, Bilingual>;

/** What each kind of reviewed correction did, by the `action` the dataset records. */
export const correctionActions: Record<CorrectionNote['action'], Bilingual> = {
  drop: { zh: '删除', en: 'Removed' },
  change: { zh: '修改', en: 'Changed' },
  add: { zh: '补充', en: 'Added' },
  region: { zh: '更正地区', en: 'Region corrected' },
};
