import type { Metric } from '@/lib/metrics';
import {
  COMPLETED_LATER,
  COMPLETION_VERBS,
  GATHERING_VERBS,
  LISTING_VERBS,
  MATTER_NOUNS,
  alternation,
} from '../lexicon/problems';
import { TOTAL_WORDS } from '../lexicon/totals';

/*
 * Problem counts whose verb or noun stands outside their own clause, in a later or earlier clause of the same
 * sentence. metric.ts sees one clause; these look at the sentence around it.
 */

const SENTENCE_END = /[。!?;\n]/;
const MAX_REST = 40;
/** 均已全部完成, 已全部办结, 如期兑现: completion of what the count named, with no number of its own. */
const COMPLETION = new RegExp(
  `(?:${alternation(COMPLETED_LATER)})(?:全部|如期|按期)?(?:${alternation(COMPLETION_VERBS)})`,
);
const GATHERED = new RegExp(alternation(GATHERING_VERBS));
const TOTAL_ONLY = new RegExp(`^(?:${alternation(TOTAL_WORDS)})$`);
/** Nouns of matters and the verbs that list them, for a bare total's sentence (民生实事清单…共计46项). */
const MATTERS = new RegExp(alternation(MATTER_NOUNS));
const LISTED = new RegExp(alternation([...LISTING_VERBS, ...GATHERING_VERBS, '建立']));

/**
 * The rest of the sentence after a clause, where it holds no other number: what it says then is of this count
 * (a verb before a later number is that number's: 梳理出民生实事112件，目前已解决97件).
 */
export function restOfSentence(text: string, clauseEnd: number, nextStart: number): string {
  const rest = text.slice(clauseEnd, clauseEnd + MAX_REST);
  const found = rest.search(SENTENCE_END);
  const end = clauseEnd + (found < 0 ? rest.length : found);
  return nextStart < end ? '' : text.slice(clauseEnd, end);
}

/**
 * Corrects a problem count's metric from its sentence: a listed count whose completion a later clause states
 * (18项重点民生工程，截至8月底均已全部完成) is resolved, unless the public's matters were gathered (收集问题100个，
 * 已全部办结 stays collected, its pair's resolved side being stated as a whole); a bare total (共计46项) takes
 * the matters its sentence listed before it.
 */
export function problemMetricInSentence(
  metric: Metric,
  clauseBefore: string,
  clauseAfter: string,
  sentenceBefore: string,
  rest: string,
): Metric {
  if ((metric === 'problemsCollected' || metric === 'other') && MATTERS.test(clauseBefore + clauseAfter)) {
    if (!GATHERED.test(clauseBefore) && COMPLETION.test(rest)) return 'problemsResolved';
  }
  if (metric === 'other' && TOTAL_ONLY.test(clauseBefore.trim()) && clauseAfter.trim() === '') {
    if (MATTERS.test(sentenceBefore) && LISTED.test(sentenceBefore)) return 'problemsCollected';
  }
  return metric;
}
