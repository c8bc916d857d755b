import { listLabels } from '../classify/activity';
import type { Candidate } from './candidates';
import { phraseStart } from './context';

/** 分别为/分别是/分别达 right before the first count of a list. */
const RESPECTIVELY = /分别(?:为|是|达到?|有)?$/;
/** What joins the counts of such a list: 1260场、380场、96场和2400余场. */
const JOIN = /^[、和及与]$/;

/**
 * 开展专题宣讲、家书诵读、巡回展览、电影放映分别为1260场、380场、96场和2400余场: a list of activities, 分别 and
 * as many counts name each count's activity in order, which no single clause around a count shows. Returns the
 * labels by candidate index; lists whose lengths differ are left to the ordinary rules.
 */
export function respectiveLabels(text: string, candidates: readonly Candidate[]): Map<number, string> {
  const out = new Map<number, string>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const m = RESPECTIVELY.exec(text.slice(Math.max(0, c.start - 5), c.start));
    if (!m) continue;
    let last = k;
    while (last + 1 < candidates.length && JOIN.test(text.slice(candidates[last]!.end, candidates[last + 1]!.start))) {
      last++;
    }
    const listEnd = c.start - m[0].length;
    const from = phraseStart(text, listEnd);
    const labels = last > k && from >= 0 ? listLabels(text.slice(from, listEnd), last - k + 1) : null;
    labels?.forEach((label, i) => out.set(k + i, label));
    k = last;
  }
  return out;
}
