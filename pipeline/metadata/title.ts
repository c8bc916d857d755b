import type { NormalisedText } from '../text/normalise';
import { headerLines, splitLines } from './page-lines';

/**
 * The report's headline as stored (Traditional stays Traditional): the first header line above the
 * body, with trailing separator bars removed. Null where the text starts straight with a paragraph.
 */
export function findTitle(stored: string, normalised: NormalisedText): string | null {
  const first = headerLines(splitLines(normalised.text)).find((l) => /[\u4e00-\u9fff]{4}/.test(l.text));
  if (!first) return null;
  const title = stored
    .slice(normalised.toStored(first.start), normalised.toStored(first.end))
    .replace(/[\s|｜]+$/u, '')
    .trim();
  return title.length > 0 ? title : null;
}
