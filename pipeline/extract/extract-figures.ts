import type { Figure } from '@/lib/figures-schema';
import type { Metric } from '@/lib/metrics';
import { normalise, type NormalisedText } from '../text/normalise';
import { activityLabel, isSpecific, problemLabel } from '../classify/activity';
import { categorise } from '../classify/category';
import { classifyMetric, resolvesSelfExamination, selfExamined } from '../classify/metric';
import { classifyStatus } from '../classify/status';
import { findCandidates, type Candidate } from './candidates';
import { type Placed, withoutRestatements } from './restatements';
import { respectiveLabels } from './respectively';
import { linkSubCounts, marksPart } from './sub-counts';
import { problemMetricInSentence, restOfSentence } from '../classify/sentence-problems';
import { clauseEnd, clauseStart, phraseEnd, phraseStart, sentenceStart } from './context';

/**
 * A figure of the shared schema before it belongs to a report: unit, activity and valueText ("2.8万余") in
 * Simplified; quote as stored (Traditional stays Traditional), = stored.slice(start, end) in UTF-16 offsets.
 */
export type ExtractedFigure = Omit<Figure, 'id' | 'reportId' | 'regionCode' | 'corrected' | 'partOf'> & {
  /** Where the total this sub-count is part of stands, until ids are given (build-dataset.ts). */
  partOfSpan?: { start: number; end: number; metric: Metric };
};

interface Previous {
  sentence: number;
  /** The matters a problemsCollected figure counted, without the collecting verb. */
  problems: string | null;
  activity: string;
  sessionsActivity: string | null;
  /** A self-examination finding (检视问题), or the resolution of one. */
  selfExamined: boolean;
}

/**
 * Every figure of one report's stored text, in text order. Deterministic. Pass `normalised` when the caller
 * already has normalise(stored), to skip converting the text twice.
 */
export function extractFigures(stored: string, normalised?: NormalisedText): ExtractedFigure[] {
  const norm = normalised ?? normalise(stored);
  const text = norm.text;
  const figures: Placed[] = [];
  const parts: boolean[] = [];
  let previous: Previous | null = null;
  const candidates = findCandidates(text);
  const respective = respectiveLabels(text, candidates);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const cs = clauseStart(text, c.start);
    const ce = clauseEnd(text, c.end);
    const nextStart = candidates[k + 1]?.start ?? Infinity;
    const quote = quoteBounds(text, c, cs, ce, candidates[k - 1]?.end ?? -1, nextStart);
    const before = text.slice(cs, c.start);
    const after = text.slice(c.end, ce);
    const sentence = sentenceStart(text, c.start);
    // A verb after the next number is that number's (28项重点项目已完成25项: 完成 is the 25's), and a figure
    // alone in its phrase shares the verb before a 、 list of nouns (解决饮水、就医、出行等实际困难3,400余件).
    const clauseAfter = text.slice(c.end, Math.min(ce, nextStart));
    const listed = listMemberMetric(
      text,
      c,
      cs,
      classifyMetric(
        c.kind,
        c.unit,
        quote.start < cs ? text.slice(quote.start, c.start) : before,
        clauseAfter,
        nextStart < ce,
      ),
      clauseAfter,
      nextStart < ce,
    );
    const classified =
      c.kind === 'item'
        ? problemMetricInSentence(
            listed,
            before,
            clauseAfter,
            text.slice(sentence, cs),
            restOfSentence(text, ce, nextStart),
          )
        : listed;
    const clauseBefore = quote.start < cs ? text.slice(quote.start, c.start) : before;
    const sameSentence: Previous | null = previous?.sentence === sentence ? previous : null;
    const selfExamination =
      (classified === 'other' && c.kind === 'item' && selfExamined(clauseBefore)) ||
      (classified === 'problemsResolved' &&
        sameSentence?.selfExamined === true &&
        resolvesSelfExamination(clauseBefore));
    const metric: Metric = selfExamination ? 'other' : classified;
    const prior: string | null =
      previous && previous.sentence === sentence ? (previous.sessionsActivity ?? previous.activity) : null;
    const previousClause = cs - 1 > sentence ? text.slice(clauseStart(text, cs - 1), cs - 1) : null;
    const previousProblems = previous?.sentence === sentence ? previous.problems : null;
    const label: string =
      respective.get(k) ??
      activityLabel({ before, after, kind: c.kind, previous: prior, previousClause, previousProblems });
    const problems = metric === 'problemsCollected' ? problemLabel(label) : null;
    const activity = problems && isSpecific(problems) ? problems : label;
    const start = norm.toStored(quote.start);
    const end = quote.end > quote.start ? norm.toStored(quote.end - 1) + 1 : start;
    const figure: ExtractedFigure = {
      metric,
      value: c.value,
      qualifier: c.qualifier,
      unit: c.unit,
      activity,
      category: categorise(activity, text.slice(cs, ce)),
      status: classifyStatus(text.slice(sentence, c.start), text.slice(c.end, ce)),
      valueText: c.valueText,
      quote: stored.slice(start, end),
      start,
      end,
    };
    figures.push({ figure, sentence, text, clauseStart: quote.start, clauseEnd: quote.end, position: c.start });
    parts.push(marksPart(text, c.start, cs));
    const next: Previous = {
      sentence,
      problems,
      activity,
      sessionsActivity: metric === 'sessions' ? activity : prior && previous ? previous.sessionsActivity : null,
      selfExamined: selfExamination,
    };
    previous = next;
  }
  linkSubCounts(figures, parts);
  return withoutRestatements(figures);
}

/**
 * 梳理形成县级重点民生实事18项、部门实事126件: a problem count that is a later member of a 、 list has no verb
 * of its own; it shares the one before the list, which the phrase up to it (、 not breaking it) still holds.
 */
function listMemberMetric(
  text: string,
  c: Candidate,
  clauseFrom: number,
  metric: Metric,
  clauseAfter: string,
  numberFollows: boolean,
): Metric {
  if (metric !== 'other' || c.kind !== 'item' || text.charAt(clauseFrom - 1) !== '、') return metric;
  const from = phraseStart(text, c.start);
  if (from < 0 || from >= clauseFrom) return metric;
  const shared = classifyMetric(c.kind, c.unit, text.slice(from, c.start), clauseAfter, numberFollows);
  return shared === 'problemsCollected' || shared === 'problemsResolved' ? shared : metric;
}

/**
 * The quoted clause: the whole comma-delimited clause when the figure is alone in it (组织2万名党员干部、
 * 农牧民群众参与…答题活动), else only its part between enumeration commas (…2.8万场次、交流研讨4.2万人次).
 */
function quoteBounds(
  text: string,
  c: Candidate,
  clauseFrom: number,
  clauseTo: number,
  previousEnd: number,
  nextStart: number,
): { start: number; end: number } {
  const start = phraseStart(text, c.start);
  const end = phraseEnd(text, c.end);
  const alone = start >= 0 && end >= 0 && previousEnd <= start && nextStart >= end;
  return alone ? { start, end } : { start: clauseFrom, end: clauseTo };
}
