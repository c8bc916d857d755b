import type { Bilingual } from '@/lib/i18n';

export const printMessages = {
  heading: { zh: '党史学习教育统计报告', en: 'Party History Learning and Education: Statistics Report' },
  dialog: { zh: '导出全部（打印视图）', en: 'Export all (print view)' },
  print: { zh: '打印 / 保存为PDF', en: 'Print / Save as PDF' },
  close: { zh: '关闭', en: 'Close' },
  preparing: { zh: '正在生成图表 {done}/{total}…', en: 'Rendering charts {done}/{total}…' },
  ready: {
    zh: '报告已生成。在打印对话框中选择“另存为PDF”即可保存。',
    en: 'The report is ready. Choose "Save as PDF" in the print dialog to keep it.',
  },
  failed: { zh: '图表生成失败：', en: 'A chart could not be rendered: ' },
  filters: { zh: '筛选条件', en: 'Filters' },
  generated: { zh: '生成日期', en: 'Generated' },
  contents: { zh: '目录', en: 'Contents' },
  rows: { zh: '共{n}条', en: '{n} rows' },
  truncated: {
    zh: '共{total}条，此处列出前{n}条；完整数据请导出Excel。',
    en: '{total} rows in all; the first {n} are listed here. For the complete data, use Export Excel.',
  },
} satisfies Record<string, Bilingual>;
