import { NOT_REPORTED, type Bilingual } from '@/lib/i18n';

export const headlineMessages = {
  heading: { zh: '概览', en: 'Overview' },
  exact: { zh: '精确值 ', en: 'Exact ' },
  rate: { zh: '问题解决率', en: 'Resolution rate' },
  notReported: NOT_REPORTED,
  regions: { zh: '{n}个地区报告', en: 'Reported by {n} region(s)' },
  rateRegions: { zh: '基于同时报告收集与解决的{n}个地区', en: 'Over {n} region(s) reporting both' },
  legend: {
    zh: '≥ 表示合计中含“余”“多”等下限数字，实际至少为此数；≈ 表示含“近”“约”等约数。计划中的数字不计入。',
    en: '≥: the total includes figures stated as "more than", so it is a lower bound. ≈: it includes figures stated as "about". Planned figures are not counted.',
  },
} satisfies Record<string, Bilingual>;
