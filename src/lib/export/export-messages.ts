import { COLON, type Bilingual } from '@/lib/i18n';

/** Texts of the export buttons, files and print view. Button names are part of ui-contract.md. */
export const EXPORT_MESSAGES = {
  png: { zh: '导出PNG', en: 'Export PNG' },
  svg: { zh: '导出SVG', en: 'Export SVG' },
  copy: { zh: '复制图片', en: 'Copy image' },
  csv: { zh: '导出CSV', en: 'Export CSV' },
  excel: { zh: '导出Excel', en: 'Export Excel' },
  all: { zh: '导出全部', en: 'Export all' },
  word: { zh: '导出Word报告', en: 'Export Word report' },
  working: { zh: '正在生成…', en: 'Preparing…' },
  copied: { zh: '图片已复制，可粘贴到 Word 或 PPT', en: 'Image copied: paste it into Word or PowerPoint' },
  copyViaDialog: {
    zh: '浏览器未允许网页直接写入剪贴板：已打开图片，请按 Ctrl+C 复制',
    en: 'The browser did not let the page write to the clipboard: the image is open, press Ctrl+C to copy it',
  },
  copyViaDialogInsecure: {
    zh: '此地址（非 HTTPS）不允许网页直接写入剪贴板：已打开图片，请按 Ctrl+C 复制',
    en: 'This address (not HTTPS) does not let pages write to the clipboard: the image is open, press Ctrl+C to copy it',
  },
  copyDialogTitle: { zh: '复制图片', en: 'Copy image' },
  copyHow: {
    zh: '图片已选中：按 Ctrl+C（Mac 上按 ⌘C），或在图片上点右键选“复制图片”，然后粘贴到 Word、WPS 或 PPT。',
    en: 'The image is selected: press Ctrl+C (⌘C on a Mac), or right-click it and choose Copy image, then paste into Word, WPS or PowerPoint.',
  },
  close: { zh: '关闭', en: 'Close' },
  size: { zh: '图片尺寸', en: 'Image size' },
  sizePage: { zh: 'Word页面（宽16厘米）', en: 'Word page (16 cm wide)' },
  sizeSlide: { zh: '幻灯片（16:9）', en: 'Slide (16:9)' },
  failed: { zh: '导出失败：', en: 'Export failed: ' },
  saved: { zh: '已保存：', en: 'Saved: ' },
  chartExports: { zh: '图表导出', en: 'Chart export' },
  tableExports: { zh: '表格导出', en: 'Table export' },
} satisfies Record<string, Bilingual>;

/** The label of the source line; the Excel About sheet puts it in a column of its own. */
export const SOURCE_LABEL: Bilingual = { zh: '数据来源', en: 'Source' };

/** Where the numbers come from, unlabelled: 5篇地方新闻报道（党史学习教育）；数据截至2021-10-22. */
export function sourceText(lang: 'zh' | 'en', reportCount: number, asOf: string | null): string {
  if (lang === 'en') {
    const reports = `${reportCount} local news ${reportCount === 1 ? 'report' : 'reports'}`;
    return `${reports} (Party history learning and education campaign)${asOf ? `; data as of ${asOf}` : ''}`;
  }
  return `${reportCount}篇地方新闻报道（党史学习教育）${asOf ? `；数据截至${asOf}` : ''}`;
}

/** The labelled source line images and the print report carry: 数据来源：5篇地方新闻报道…. */
export function sourceLine(lang: 'zh' | 'en', reportCount: number, asOf: string | null): string {
  return `${SOURCE_LABEL[lang]}${COLON[lang]}${sourceText(lang, reportCount, asOf)}`;
}
