import { NOT_REPORTED, type Bilingual } from '@/lib/i18n';

export const chartMessages = {
  notReported: NOT_REPORTED,
  value: { zh: '数值', en: 'Value' },
  region: { zh: '地区', en: 'Region' },
  total: { zh: '合计', en: 'Total' },
  date: { zh: '报道日期', en: 'Report date' },
  category: { zh: '活动类别', en: 'Activity type' },
  rate: { zh: '解决率', en: 'Resolution rate' },
  figuresCount: { zh: '项数据', en: 'figures' },
  sources: { zh: '来源', en: 'Source' },
  unit: { zh: '单位', en: 'Unit' },
  moreSources: { zh: '等', en: 'and more' },
  atLeastNote: { zh: '（至少，含“余”“多”等）', en: ' (at least: a part is stated as "more than")' },
  approxNote: { zh: '（约数，含“近”“约”等）', en: ' (approximate: a part is stated as "about")' },
  noneReported: { zh: '所选范围内没有地区报告此指标', en: 'No selected region reports this metric' },
  noProblems: { zh: '所选范围内没有地区报告问题数', en: 'No selected region reports problems' },
  noDated: { zh: '所选范围内没有注明日期的报道', en: 'No dated reports in this selection' },
  undated: {
    zh: '另有{n}项数据所在报道未注明日期，未列入本图。',
    en: '{n} figures from reports without a date are not shown.',
  },
  omitted: { zh: '图中只画出数值最大的{n}个地区。', en: 'Only the {n} regions with the largest values are drawn.' },
  scrolled: {
    zh: '共{n}个地区，图中先显示{shown}个：在图上滚动或拖动右侧滑条查看其余，数据表列出全部。',
    en: '{n} regions; {shown} show at a time: scroll over the chart or drag the bar on the right for the rest. The data table lists all.',
  },
  dataTable: { zh: '数据表', en: 'Data table' },
  openSource: { zh: '查看来源', en: 'Open source' },
  clickHint: { zh: '点击柱形可查看来源报道。', en: 'Click a bar to open its source report.' },
  clickPointHint: { zh: '点击数据点可查看来源报道。', en: 'Click a point to open its source report.' },
  chartLabel: { zh: '图表，数据见下方数据表', en: 'Chart; the data table below lists its values' },
} satisfies Record<string, Bilingual>;
