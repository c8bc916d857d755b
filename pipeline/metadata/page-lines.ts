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
  /^\s*(来源|稿源|发布日期|发布时间|发表时间|日期|时间|作者|编辑|责编|责任编辑|原标题|上一篇|下一篇|打印|关闭|分享|友情链接|关注|扫一扫|版权|copyright|©|\(图文|（图文|(?:报|送|发|抄送|抄报)\s*[:：])/i;
const FOOTER_WORDS =
  /(许可证|版权所有|报料热线|ICP备|联系我们|网站地图|本网注明|未经书面授权|主办单位|^.{2,20}(?:主办|承办)$|共印\s*\d+\s*份)/;
/** Page tools, breadcrumbs and app banners anywhere on the line (打印本页 关闭窗口, 首页 > 新闻中心 > …). */
const TOOLS =
  /(打印本页|关闭窗口|分享到|字[体号]([:：\s]|$)|【字体|当前位置|您的位置|您现在的位置|点击蓝字|客户端\s*打开|打开\s*APP|[>»].*[>»])/i;
export const FULL_DATE = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`;
/** A date in Chinese numerals, as some papers print their dateline: 二〇二一年九月二十三日. */
export const CHINESE_DATE = String.raw`([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日`;
const DATE_TIME = new RegExp(String.raw`(?:${FULL_DATE}|${CHINESE_DATE})(\s*\d{1,2}:\d{2}(:\d{2})?)?`);

/** 主要数据(截至2021年12月31日): the date the figures run to, in a title, is no dateline. */
const AS_OF = /(?:截至|截止|截止到|至)\s*$/;

/**
 * A dateline: a full date with a short name beside it (内蒙古日报 2021-09-14, 2021-08-05 18:02 南方+ 记者 陈晓,
 * 道里区委…办公室 2021年12月20日). Headlines do not carry full dates.
 */
function isByline(line: string): boolean {
  const t = line.trim();
  const m = DATE_TIME.exec(t);
  return m !== null && !/[。;;]/.test(t) && t.length - m[0].length <= 40 && !AS_OF.test(t.slice(0, m.index));
}

/** Site navigation, page numbers, print dates, bylines and footers: text that is not the article. */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  return (
    t.length === 0 ||
    isNavBar(t) ||
    SYMBOLS_ONLY.test(t) ||
    DATE_ONLY.test(t) ||
    CHROME.test(t) ||
    FOOTER_WORDS.test(t) ||
    TOOLS.test(t) ||
    isByline(t)
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

/** Every line above the first paragraph of the body, furniture included (bylines live there). */
export function linesAboveBody(lines: readonly Line[]): { above: Line[]; firstParagraph: Line | undefined } {
  const above: Line[] = [];
  for (const line of lines) {
    if (!isFurniture(line.text) && isParagraph(line.text)) return { above, firstParagraph: line };
    above.push(line);
  }
  return { above, firstParagraph: undefined };
}

/** The name beside the date on a dateline (内蒙古日报 2021-09-14 → 内蒙古日报), if it is one. */
export function bylineName(line: string): string | null {
  if (!isByline(line)) return null;
  const rest = line.replace(DATE_TIME, ' ').trim();
  if (rest.length < 2 || /[:：]/.test(rest) || /^(星期|周)[一二三四五六日天]$/.test(rest)) return null;
  return rest;
}
