/** A line of a report with its offset, so detectors can weigh where a name or date appears. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ text: raw, start, end: start + raw.length });
    start += raw.length + 1;
  }
  return lines;
}

/** A menu: three or more short items between bars (要闻 | 城市远洋 | …). */
function isNavBar(line: string): boolean {
  const items = line
    .split(/[|｜]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length >= 3 && items.every((s) => s.length <= 10);
}
const SYMBOLS_ONLY = /^[\s\-+\d|｜·•?？*#=_—–]*$/;
const DATE_ONLY =
  /^\s*\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*((星期|周)[一二三四五六日天])?\s*$/;
/** Lines that carry metadata or site chrome rather than article text. */
const CHROME =
  /^\s*(来源|稿源|发布日期|发布时间|发表时间|日期|时间|作者|编辑|责编|责任编辑|原标题|上一篇|下一篇|打印|关闭|分享|友情链接|关注|扫一扫|版权|copyright|©|\(图文|（图文)/i;
const FOOTER_WORDS = /(许可证|版权所有|报料热线|ICP备|联系我们|网站地图|本网注明|未经书面授权)/;

/** Site navigation, page numbers, print dates, bylines and footers: text that is not the article. */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  return (
    t.length === 0 || isNavBar(t) || SYMBOLS_ONLY.test(t) || DATE_ONLY.test(t) || CHROME.test(t) || FOOTER_WORDS.test(t)
  );
}

/** A paragraph of body text rather than a heading: a full sentence, or too long for a title. */
export function isParagraph(line: string): boolean {
  const t = line.trim();
  return /[。;；]/.test(t) || t.length > 60;
}

/**
 * The lines above the article body that are not furniture: the title, a subtitle, a repeated title.
 * Empty when the text starts straight with a paragraph.
 */
export function headerLines(lines: readonly Line[]): Line[] {
  const header: Line[] = [];
  for (const line of lines) {
    if (isFurniture(line.text)) continue;
    if (isParagraph(line.text)) break;
    header.push(line);
  }
  return header;
}
