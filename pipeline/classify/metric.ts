import type { Metric } from '@/lib/metrics';
import type { UnitKind } from '../numbers/units';
import { lastMatchIndex } from './last-match';
import { lastSelfExaminationEnd, notEventKind } from './count-kind';
import { ENGAGEMENT_WORDS } from '../lexicon/engagement';
import { wordsPattern } from '../lexicon/lexicon-word';
import {
  COMPLETABLE_NOUNS,
  FINDING_VERBS,
  GATHERING_VERBS,
  LISTING_VERBS,
  NOT_MATTERS_AFTER,
  RESOLVING_PHRASES,
  RESOLVING_VERBS,
  alternation,
} from '../lexicon/problems';

/** Counts of online reactions are not events held, even in 次. */
const ENGAGEMENT = new RegExp(wordsPattern(ENGAGEMENT_WORDS));
/** 实现 resolves a wish (实现微心愿213个); elsewhere it is only "achieve" (实现全覆盖). */
const RESOLVED = new RegExp(`实现[^,;]{0,8}心愿|${wordsPattern(RESOLVING_PHRASES)}`);
/** Verbs that gather problems and demands (COLLECT_VERB adds 建立/形成/聚焦/确定, which do so only with their noun: 确定区级重点民生项目35个). */
const COLLECTING = alternation([...GATHERING_VERBS, ...FINDING_VERBS]);
/** Not when it only describes the noun (解决群众反映的问题, 解决收集到的问题). */
const COLLECT_VERB = new RegExp(`(?:${COLLECTING}|建立|形成|聚焦|确定|确立|明确)(?![到了]?的)`);
const PROBLEM_NOUN =
  /问题|意见|建议|诉求|信访|举报|投诉|来信|来电|工单|需求|难题|困难|难事|急事|心事|事项|心愿|实事|项目|隐患|矛盾|纠纷|短板|不足|清单|民生/;
/** Nouns of matters the public raised: 问题 alone may be a self-examination finding named before. */
const PUBLIC_MATTERS = new RegExp(PROBLEM_NOUN.source.replace(/^问题\|/, ''));

/**
 * 查摆问题3,000余个，已整改2800个: a resolving count that names no matters of its own, after a self-examination
 * count of the same sentence, resolves those findings, which are `other` too (no collected count pairs with it).
 */
export function resolvesSelfExamination(before: string): boolean {
  return !PUBLIC_MATTERS.test(withoutAsides(before));
}

/** Doing practical things for the public counts as matters completed unless they are only being listed. */
const DONE_FOR_PUBLIC = /办实事|办好事|办成|为民办|实事好事|好事实事/;
const HANDED_OUT = /发放|印发|印制|赠送|购买|配发|征订|订购|赠阅|分发|派发|编印/;

const RESOLVED_ALL = new RegExp(RESOLVED.source, 'g');
const COLLECT_VERB_ALL = new RegExp(COLLECT_VERB.source, 'g');

/** How far from the number the counted noun must be (问题2308个, 9项民生实事): 汇总数据信息3400条 counts data. */
const HEAD_NOUN_WINDOW = 4;

/** Meetings and activities counted in 个 (召开专题组织生活会1286个) are events held. */
const EVENT_NOUN =
  /(?:生活会|座谈会|推进会|报告会|分享会|研讨会|交流会|见面会|宣讲会|故事会|读书会|演讲会|晚会|活动|讲座|党课|[训书习讨题修]班|班次)$/;
/** 12个班次, 3个场次: 个 before an event unit counts events. */
const EVENT_UNIT_AFTER = /^(?:班次|场次|批次|期次)/;

/** 其余7项正在推进, 完成剩余的8,000余个, 暂时不能解决的278个问题: what remains is neither collected now nor resolved. */
const REMAINING = new RegExp(
  `(?:剩余|其余|尚余|还剩|(?:(?:尚|仍|还)?未|不能|无法|未能|难以)(?:${alternation(RESOLVING_VERBS)}))的?$`,
);

/** 各县区梳理的1,730个问题: a collecting verb with 的 right before the count describes what was counted. */
const COLLECTED_THAT = new RegExp(`(?:${COLLECTING})[到出了]?的$`);
/** 针对社员提出的冷库不够用等12个问题: the collecting verb describes the very noun counted after the number. */
const COLLECTED_DESCRIBED = new RegExp(`(?:${COLLECTING})[到出了]?的`);

/** 收集微心愿213个，已经实现198个: 已实现 right before a count resolves it, unless what is achieved is coverage. */
const REALISED = /(?:已经?|均已|全部)实现$/;
const COVERAGE = /^[^,;]{0,8}覆盖/;

/** 检视问题11.9万余条: a self-examination verb after every collecting and resolving verb of the clause. */
export function selfExamined(before: string): boolean {
  const end = lastSelfExaminationEnd(before);
  return end >= 0 && end > lastMatchIndex(COLLECT_VERB_ALL, before) && end > lastMatchIndex(RESOLVED_ALL, before);
}

/** 6个专题学习内容, 等9个类别: topics and kinds, not matters, whatever verb the clause has. */
const NOT_MATTERS = new RegExp(`^(?:${alternation(NOT_MATTERS_AFTER)})`);
/** 完成实事项目215项: the completion verb governs the noun right before the count. */
const COMPLETED_NOUN = new RegExp(
  `完成了?[\u4e00-\u9fff]{0,4}(?:${alternation(COMPLETABLE_NOUNS)})[\u4e00-\u9fff]{0,2}$`,
);
/** 县里确定的30件民生实事: a listing verb with 的 right before the count describes the matters counted. */
const LISTED_THAT = new RegExp(`(?:${alternation(LISTING_VERBS)})[出了]?的$`);

/** What the precedence table's rules look at: the clause around a count in 项/件/个/条. */
interface ProblemClause {
  before: string;
  after: string;
  /** `after` where no number follows in the clause, else empty: a verb before a later number is that number's. */
  afterVerbs: string;
  /** The few characters either side of the number, where the counted noun stands (问题2308个, 9项民生实事). */
  head: string;
  collectedBefore: boolean;
  resolvedBefore: boolean;
}

/**
 * The metric of a count of items, as an ordered table: the first rule whose `when` holds decides. Earlier rules
 * are the more specific (what remains, self-examination, topics) and override the verbs that follow. To add a
 * rule: put it where it must win, give it a name, and add golden cases in __golden__/figures.json.
 */
export const PROBLEM_PRECEDENCE: readonly {
  rule: string;
  when: (c: ProblemClause) => boolean;
  metric: Metric | ((c: ProblemClause) => Metric);
}[] = [
  { rule: 'what remains (其余7项, 暂时不能解决的)', when: (c) => REMAINING.test(c.before), metric: 'other' },
  { rule: 'self-examination finding (检视问题)', when: (c) => selfExamined(c.before), metric: 'other' },
  { rule: 'topics or kinds (6个专题, 等9个类别)', when: (c) => NOT_MATTERS.test(c.after), metric: 'other' },
  {
    rule: '完成 + matters (完成实事项目215项)',
    when: (c) => COMPLETED_NOUN.test(c.before),
    metric: 'problemsResolved',
  },
  {
    rule: 'listed with 的, not resolved (确定的30件民生实事)',
    when: (c) =>
      LISTED_THAT.test(c.before) &&
      PROBLEM_NOUN.test(c.after.slice(0, HEAD_NOUN_WINDOW)) &&
      !RESOLVED.test(c.before) &&
      !RESOLVED.test(c.afterVerbs),
    metric: 'problemsCollected',
  },
  {
    rule: '已实现, not coverage (已实现198个)',
    when: (c) => REALISED.test(c.before) && !COVERAGE.test(c.after),
    metric: 'problemsResolved',
  },
  {
    rule: 'collected with 的 (各县区梳理的1,730个问题)',
    when: (c) => COLLECTED_THAT.test(c.before) && !RESOLVED.test(c.before),
    metric: 'problemsCollected',
  },
  {
    rule: 'both verbs before: the later one (收集…已办结1902个)',
    when: (c) => c.collectedBefore && c.resolvedBefore,
    metric: (c) =>
      lastMatchIndex(RESOLVED_ALL, c.before) > lastMatchIndex(COLLECT_VERB_ALL, c.before)
        ? 'problemsResolved'
        : 'problemsCollected',
  },
  { rule: 'resolving verb before (已办结1902个)', when: (c) => c.resolvedBefore, metric: 'problemsResolved' },
  { rule: 'collecting verb before (收集问题2308个)', when: (c) => c.collectedBefore, metric: 'problemsCollected' },
  {
    rule: 'resolving verb after (9项民生实事已妥善解决)',
    when: (c) => RESOLVED.test(c.afterVerbs),
    metric: 'problemsResolved',
  },
  {
    rule: 'collecting verb after, problem noun (问题300个已收集)',
    when: (c) => COLLECT_VERB.test(c.afterVerbs) && PROBLEM_NOUN.test(c.head),
    metric: 'problemsCollected',
  },
  {
    rule: 'things done for the public (办实事120件)',
    when: (c) => DONE_FOR_PUBLIC.test(c.head),
    metric: 'problemsResolved',
  },
  {
    rule: 'collected that describes the noun after (提出的…等12个问题)',
    when: (c) => COLLECTED_DESCRIBED.test(c.before) && PROBLEM_NOUN.test(c.after.slice(0, HEAD_NOUN_WINDOW)),
    metric: 'problemsCollected',
  },
  {
    rule: 'events counted in 个 (专题组织生活会1286个)',
    when: (c) => EVENT_NOUN.test(c.before) || EVENT_UNIT_AFTER.test(c.after),
    metric: 'sessions',
  },
];

function problemMetric(before: string, after: string, numberFollows: boolean): Metric {
  const head = before.slice(-HEAD_NOUN_WINDOW) + '|' + after.slice(0, HEAD_NOUN_WINDOW);
  const clause: ProblemClause = {
    before,
    after,
    afterVerbs: numberFollows ? '' : after,
    head,
    collectedBefore: COLLECT_VERB.test(before) && PROBLEM_NOUN.test(head),
    resolvedBefore: RESOLVED.test(before),
  };
  const decided = PROBLEM_PRECEDENCE.find((r) => r.when(clause));
  if (!decided) return 'other';
  return typeof decided.metric === 'function' ? decided.metric(clause) : decided.metric;
}

/**
 * 收集群众诉求(含网络留言)412条, 已办结(含答复)398条: a bracketed aside stands between the noun and the number
 * and would push the counted noun out of reach.
 */
const ASIDE = /\([^()]{0,16}\)/g;

function withoutAsides(text: string): string {
  return text.includes('(') ? text.replace(ASIDE, '') : text;
}

/**
 * The metric of a figure from its unit and the words of its clause: `before` is the clause up to the number,
 * `after` the clause after the unit, up to the next number in the clause when `numberFollows`.
 */
export function classifyMetric(
  kind: UnitKind,
  unit: string,
  clauseBefore: string,
  clauseAfter: string,
  numberFollows = false,
): Metric {
  const before = withoutAsides(clauseBefore);
  const after = withoutAsides(clauseAfter);
  switch (kind) {
    case 'people':
      return 'participants';
    case 'event':
      if (unit === '次' && ENGAGEMENT.test(before)) return 'other';
      return notEventKind(before, unit) ? 'other' : 'sessions';
    case 'item':
      return problemMetric(before, after, numberFollows);
    case 'material':
      return unit !== '张' || HANDED_OUT.test(before) ? 'materials' : 'other';
    case 'thing':
      return 'other';
  }
}
