import { normalise } from '../text/normalise';
import { explainCandidates } from './candidates';

const CONTEXT = 8;

/**
 * For `extract --explain`: each numeral with a unit in a report that is not a figure, with the rule that
 * rejected it and the words around it, so a reader can see which rule to change (or which to add a case to).
 */
export function explainRejections(stored: string): string[] {
  const { text } = normalise(stored);
  return explainCandidates(text).flatMap((e) => {
    if (!e.rejectedBy) return [];
    const before = text.slice(Math.max(0, e.start - CONTEXT), e.start).replace(/\n/g, ' ');
    const after = text.slice(e.end, e.end + CONTEXT).replace(/\n/g, ' ');
    return [`${e.rejectedBy}: ${before}[${e.written}]${after}`];
  });
}
