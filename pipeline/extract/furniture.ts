import { isFurniture, isParagraph } from '../metadata/page-lines';

/**
 * Lines around an article that are not its text: site chrome (counters, footers, bylines, toolbars) and
 * links to other articles (相关阅读：全县开展宣讲100场, or the short lines under a 往期推荐 heading). A figure
 * there belongs to another page. Body paragraphs never count as furniture, whatever they start with.
 */
const RELATED =
  /^\s*[【[(]?(?:相关阅读|相关新闻|相关链接|相关报道|推荐阅读|延伸阅读|往期推荐|往期回顾|往期精彩|热点推荐|猜你喜欢|热门推荐|更多阅读)/;

function isShort(line: string): boolean {
  return !isParagraph(line);
}

/** Sorted, disjoint [start, end) ranges of furniture lines in normalised text. */
export function furnitureRanges(text: string): number[] {
  const ranges: number[] = [];
  let inRelated = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const related = RELATED.test(line);
    if (related) inRelated = true;
    else if (!isShort(line)) inRelated = false;
    if (related || (isShort(line) && (inRelated || isFurniture(line)))) ranges.push(start, end);
    start = end + 1;
  }
  return ranges;
}

/** Whether `pos` lies in one of `ranges` (from furnitureRanges). */
export function inRanges(ranges: readonly number[], pos: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[2 * mid + 1]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length / 2 && ranges[2 * lo]! <= pos && pos <= ranges[2 * lo + 1]!;
}
