import type { Bilingual } from '@/lib/i18n';

export const appMessages = {
  title: { zh: '党史学习教育统计看板', en: 'Party History Learning Campaign: Figures by Region' },
  subtitle: {
    zh: '各地开展党史学习教育情况对比（据地方报道整理）',
    en: 'How cities carried out the Party-history learning campaign, from local reports',
  },
  skip: { zh: '跳到主要内容', en: 'Skip to main content' },
  language: { zh: '语言', en: 'Language' },
  darkMode: { zh: '深色模式', en: 'Dark mode' },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  loadFailed: { zh: '数据无法加载', en: 'The data cannot be loaded' },
  network: { zh: '无法读取数据文件 {file}：{detail}', en: 'Cannot read the data file {file}: {detail}' },
  http: {
    zh: '无法读取数据文件 {file}：服务器返回 HTTP {status}。',
    en: 'Cannot read the data file {file}: the server answered HTTP {status}.',
  },
  json: {
    zh: '数据文件 {file} 不是有效的 JSON：{detail}',
    en: 'The data file {file} is not valid JSON: {detail}',
  },
  schema: {
    zh: '数据文件 {file} 的内容不符合数据格式（共 {total} 处问题），例如：',
    en: 'The data file {file} does not match the data format ({total} problems), for example:',
  },
  wholeFile: { zh: '（整个文件）', en: '(the whole file)' },
  fix: {
    zh: '请重新运行数据提取（npm run extract）生成该文件，或联系维护人员。',
    en: 'Regenerate it with the extraction (npm run extract) or contact the maintainer.',
  },
  urlIssues: {
    zh: '链接中的以下参数无法识别，已忽略：',
    en: 'These values in the link were not recognised and are ignored:',
  },
  reversedRange: {
    zh: '链接中的结束日期早于开始日期，已忽略：',
    en: 'The end date in the link is before the start date; ignored:',
  },
  dismiss: { zh: '关闭提示', en: 'Dismiss' },
  charts: { zh: '对比图表', en: 'Comparisons' },
  asOf: { zh: '数据截至 {date}', en: 'Data as of {date}' },
} satisfies Record<string, Bilingual>;
