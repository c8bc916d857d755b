import type { Bilingual } from '@/lib/i18n';

/** Texts of the Word report and the print page (the same report on two media). */
export const reportMessages = {
  title: { zh: '党史学习教育开展情况统计', en: 'Party-history learning campaign: figures by region' },
  filters: { zh: '筛选条件', en: 'Filters' },
  generated: { zh: '生成日期', en: 'Generated' },
  headline: { zh: '一、总体情况', en: '1. Overview' },
  charts: { zh: '二、分地区对比', en: '2. Comparison by region' },
  table: { zh: '三、分地区数据', en: '3. Figures by region' },
  notes: { zh: '四、数据说明', en: '4. About the data' },
  sources: { zh: '五、数据来源', en: '5. Sources' },
  figure: { zh: '图{n}', en: 'Figure {n}.' },
  tableCaption: { zh: '表1 各地区主要指标汇总', en: 'Table 1. Main figures by region' },
  region: { zh: '地区', en: 'Region' },
  total: { zh: '合计', en: 'Total' },
  regions: { zh: '{n}个地区报告', en: 'reported by {n} region(s)' },
  exact: { zh: '精确值{value}', en: 'exactly {value}' },
  empty: { zh: '（{text}）', en: '({text})' },
  chartNote: { zh: '注：', en: 'Note: ' },
  qualifiers: {
    zh: '“≥”表示合计含“余”“多”“以上”等下限数，实际不少于此数；“≈”表示含“近”“约”等约数；“未报告”表示所选报道未提及，不是零。',
    en: '"≥" marks a total with a lower bound in it ("more than"): at least this much; "≈" one with an approximate part; "Not reported" means no selected report states it, not zero.',
  },
  measures: {
    zh: '参与人数有两种计量：人次（同一人参加多次计多次）与人数（人、名、位），两者分列，不相加。',
    en: 'Participants are counted two ways: person-times (one person attending twice counts twice) and people (heads). They are shown apart and never added together.',
  },
  levels: {
    zh: '报道的地区层级不同（本报告涉及：{levels}），覆盖人口不同，区县的数字不宜与城市的数字直接比较。',
    en: 'Reports cover regions of different levels (here: {levels}), with different populations: a district’s figures are not comparable one to one with a city’s.',
  },
  units: {
    zh: '以下地区的数字只来自一个部门的报道，仅代表该部门：{list}。',
    en: 'These regions’ figures come from one department’s report only and stand for that department alone: {list}.',
  },
  planned: {
    zh: '计划中的数字（如“将开展”）共{n}项，只在明细中列出，不计入合计与图表。',
    en: '{n} planned figure(s) (such as "will hold") are listed only, not counted in totals or charts.',
  },
  noPlanned: {
    zh: '所选范围内没有计划中的数字；合计只计已开展的数。',
    en: 'There are no planned figures in this selection; totals count what was done.',
  },
  undatedOut: {
    zh: '按报道日期筛选时，未注明日期的报道（{n}篇）不在筛选范围内，未计入。',
    en: 'Under a date filter, the {n} report(s) that state no date are outside the filter and not counted.',
  },
  otherOut: {
    zh: '“其他”类数字（如谈心谈话、走访、宣传报道篇数，共{n}项）单位各异，只在明细中列出，不计入任何合计。',
    en: '{n} figure(s) of other kinds (talks, visits, articles) have mixed units: listed only, never added to a total.',
  },
  subCounts: {
    zh: '“其中”分项已含在其总数内，不重复计入。',
    en: 'Sub-counts ("of which …") are included in their totals and not added twice.',
  },
  coverage: {
    zh: '本报告依据{reports}篇地方新闻报道中的{figures}项数字整理，数据截至{asOf}。',
    en: 'Compiled from {figures} figures in {reports} local news reports; data as of {asOf}.',
  },
  noTitle: { zh: '（无标题）', en: '(untitled)' },
  notStated: { zh: '未注明', en: 'not stated' },
  noDate: { zh: '日期未注明', en: 'date not stated' },
  page: { zh: '第 {page} 页 / 共 {pages} 页', en: 'Page {page} of {pages}' },
  rate: { zh: '问题解决率', en: 'Resolution rate' },
} satisfies Record<string, Bilingual>;
