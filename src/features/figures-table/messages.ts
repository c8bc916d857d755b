import type { Bilingual } from '@/lib/i18n';

export const tableMessages = {
  search: { zh: '搜索', en: 'Search' },
  searchPlaceholder: {
    zh: '地区、指标、活动、原文（中英文均可）',
    en: 'Region, metric, activity, quote (English or Chinese)',
  },
  noRows: { zh: '没有符合筛选和搜索条件的数据。', en: 'No figures match the filters and search.' },
  openHint: {
    zh: '方向键移动，回车查看原文。',
    en: 'Arrow keys move, Enter opens the source.',
  },
  printNote: {
    zh: '纸面上只有表格开头几行。全部明细请用“导出全部”打印，或导出CSV/Excel。',
    en: 'Only the first rows fit on paper. For every row, print with Export all or export CSV/Excel.',
  },
  asWritten: { zh: '原文写作', en: 'As written' },
  sortBy: { zh: '按此列排序', en: 'Sort by this column' },
} satisfies Record<string, Bilingual>;
