import type { NormalisedText } from '../text/normalise';
import { headerLines, splitLines } from './page-lines';

/** A WeChat account or outlet name above the headline of a scrape (夷陵发布, 神木发布, 临泽融媒). */
const ACCOUNT_NAME = /^[\u4e00-\u9fff]{2,10}(?:发布|融媒|日报|晚报|新闻|客户端|公众号)$/;
/** An official document's title (关于…的通知) below the issuing office's name, which heads the page. */
const DOCUMENT_TITLE = /^关于.{4,60}(?:通知|意见|方案|报告|通报|决定|办法|函)$/;

/**
 * The report's headline as stored (Traditional stays Traditional): the first header line above the
 * body, with trailing separator bars removed. Null where the text starts straight with a paragraph.
 */
export function findTitle(stored: string, normalised: NormalisedText): string | null {
  const candidates = headerLines(splitLines(normalised.text)).filter((l) => /[\u4e00-\u9fff]{4}/.test(l.text));
  const first =
    candidates.find((l) => DOCUMENT_TITLE.test(l.text.trim())) ??
    candidates.find((l, i) => i === candidates.length - 1 || !ACCOUNT_NAME.test(l.text.trim()));
  if (!first) return null;
  const title = stored
    .slice(normalised.toStored(first.start), normalised.toStored(first.end))
    .replace(/[\s|｜]+$/u, '')
    .trim();
  // 保 定 市 党 史 …: an old page that spaced out every character of its headline.
  const spacedOut = /^(?:[\u4e00-\u9fff] )+[\u4e00-\u9fff]$/.test(title);
  return title.length === 0 ? null : spacedOut ? title.replace(/ /g, '') : title;
}
