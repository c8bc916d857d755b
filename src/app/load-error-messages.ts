import type { Bilingual } from '@/lib/i18n';

/**
 * The load error speaks to two readers: the official, who can only wait, retry or call someone, and the
 * administrator, who needs the address, the server's answer and the fields that are wrong. The second
 * part sits folded away so the first reads plainly.
 */
export const loadErrorMessages = {
  title: { zh: '看板数据暂时无法载入。', en: 'The dashboard data cannot be loaded at the moment.' },
  advice: {
    zh: '请稍后重试；如仍无法打开，请联系本单位信息管理员。',
    en: "Please try again in a moment. If it still does not open, contact your organisation's IT administrator.",
  },
  retry: { zh: '重试', en: 'Retry' },
  details: { zh: '技术详情（供管理员）', en: 'Technical details (for the administrator)' },
  fileUrl: { zh: '数据文件地址', en: 'Data file address' },
  httpStatus: { zh: 'HTTP 状态', en: 'HTTP status' },
  noAnswer: { zh: '无（服务器没有应答）', en: 'none (the server did not answer)' },
  embedded: { zh: '无（数据内嵌于页面）', en: 'none (the data is embedded in the page)' },
  reason: { zh: '原因', en: 'Reason' },
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
    zh: '处理办法：重新运行数据提取（npm run extract）生成该文件并部署，确认上面的地址可以访问，然后重试。',
    en: 'To fix: regenerate the file with the extraction (npm run extract), deploy it, check the address above opens, then retry.',
  },
} satisfies Record<string, Bilingual>;
