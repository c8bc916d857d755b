import { isFurniture, isParagraph } from '../metadata/page-lines';

/**
 * Lines around an article that are not its text: site chrome (counters, footers, bylines, toolbars) and
 * links to other articles (相关阅读：全县开展宣讲100场, or the short lines under a 往期推荐 heading). A figure
 * there belongs to another page. Body paragraphs never count as furniture, whatever they start with.
 */
const RELATED =
  /^\s*[【[(]?(?:相关阅读|相关新闻|相关链接|相关报道|推荐阅读|延伸阅读|往期推荐|往期回顾|往期精彩|热点推荐|猜你喜欢|热门推荐|更多阅读)/;

/** 附件:1.工作总结.docx, 2.办实事项目清单(12项).xlsx: attachments are other documents, named, not quoted. */
const ATTACHMENT = /^\s*附件\s*:|\.(?:docx?|xlsx?|pdf|wps|zip|rar)\s*$/i;

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Whether a short line lies under a related-articles heading, with only short lines between. */
function underRelatedHeading(text: string, start: number): boolean {
  for (let s = start; s > 0;) {
    s = lineStart(text, s - 1);
    const line = lineAt(text, s);
    if (RELATED.test(line)) return true;
    if (isParagraph(line)) return false;
  }
  return false;
}

/**
 * Tells, per position, whether it lies on a furniture line. Lines are classified lazily and cached: most
 * figures sit in body paragraphs, which one cheap test settles.
 */
export function furnitureTest(text: string): (pos: number) => boolean {
  const cache = new Map<number, boolean>();
  return (pos) => {
    const start = lineStart(text, pos);
    let furniture = cache.get(start);
    if (furniture === undefined) {
      const line = lineAt(text, start);
      furniture =
        RELATED.test(line) ||
        (!isParagraph(line) && (isFurniture(line) || ATTACHMENT.test(line) || underRelatedHeading(text, start)));
      cache.set(start, furniture);
    }
    return furniture;
  };
}
