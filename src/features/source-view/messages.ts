import { NOT_STATED, type Bilingual } from '@/lib/i18n';

export const sourceMessages = {
  kicker: { zh: '原文', en: 'Source' },
  untitled: { zh: '（报道未注明标题）', en: '(The report states no title)' },
  close: { zh: '关闭', en: 'Close' },
  publisher: { zh: '发布单位', en: 'Publisher' },
  date: { zh: '日期', en: 'Date' },
  region: { zh: '地区', en: 'Region' },
  reportingUnit: { zh: '报道单位', en: 'Reporting unit' },
  url: { zh: '原文链接', en: 'Source link' },
  file: { zh: '文件', en: 'File' },
  notStated: NOT_STATED,
  figure: { zh: '当前数据', en: 'This figure' },
  figures: { zh: '本报道的数据（点击定位原文）', en: 'Figures in this report (choose one to find it)' },
  planned: { zh: '计划', en: 'planned' },
  text: { zh: '报道全文', en: 'Full text' },
  loading: { zh: '正在加载原文…', en: 'Loading the text…' },
  loadError: { zh: '无法加载原文 {url}：{reason}', en: 'Could not load the text {url}: {reason}' },
  retry: { zh: '重试', en: 'Try again' },
  moved: {
    zh: '摘录不在记录的位置，已按原文内容定位。',
    en: 'The quote is not at its recorded position; it was found by its words.',
  },
  missing: {
    zh: '原文中找不到这条摘录：“{quote}”',
    en: 'The text does not contain this quote: "{quote}"',
  },
  unknownFigure: { zh: '找不到数据 {id}。', en: 'No figure {id} in the data.' },
  textLanguage: {
    zh: '原文为中文。',
    en: 'The report is in Chinese.',
  },
} satisfies Record<string, Bilingual>;
