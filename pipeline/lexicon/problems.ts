import type { LexiconWord } from './lexicon-word';

/*
 * Words about the matters the campaign tracks (problemsCollected / problemsResolved), kept as data so a newcomer
 * adds a word here rather than inside a pattern. Each list says what a word does to a count of 项/件/个.
 */

/**
 * Head nouns after a count that make it a count of topics or kinds, never of matters (6个专题学习内容, 等9个类别):
 * a sentence about 民生实事 or completion around them does not make them problems.
 */
export const NOT_MATTERS_AFTER = ['专题', '类别', '大类', '方面', '领域', '板块', '主题', '维度', '层面'] as const;

/**
 * Nouns of matters done for the public that a completion verb right before them resolves (完成实事项目215项,
 * 完成民生工程12个, 完成微心愿80个); other works completed (完成农网改造项目200项) are not the campaign's matters.
 */
export const COMPLETABLE_NOUNS = ['实事', '民生', '心愿'] as const;

/** Verbs that set up a list of matters, with 的 before the noun counted: 县里确定的30件民生实事. */
export const LISTING_VERBS = ['确定', '明确', '确立', '形成', '列出', '梳理', '排定', '谋划'] as const;

/**
 * Completion stated after a count, in a later clause of its sentence with no number of its own
 * (18项重点民生工程，截至8月底均已全部完成): the count is of matters resolved.
 */
export const COMPLETED_LATER = ['均已', '已全部', '全部', '均', '已经', '已', '如期', '按期'] as const;
export const COMPLETION_VERBS = ['完成', '办结', '解决', '兑现', '销号', '落实到位', '建成'] as const;

/** Verbs by which the public's matters are gathered: a count after them stays collected whatever follows. */
export const GATHERING_VERBS = [
  '收集',
  '搜集',
  '征集',
  '听取',
  '受理',
  '收到',
  '接收',
  '接到',
  '反映',
  '征求',
] as const;

/** Verbs by which matters are found or drawn up: with GATHERING_VERBS, what collects a count (metric.ts). */
export const FINDING_VERBS = ['提出', '梳理', '排查', '查找', '发现', '汇总', '摸排', '列出'] as const;

/**
 * Verbs a problem count's label drops to name only the matters (收集群众诉求 → 群众诉求; activity.ts). Narrower
 * than collecting (听取意见 keeps its verb: 意见 alone would not say whose) and wider by the self-examination and
 * listing verbs, whose objects are matters too (查摆问题, 确定民生项目).
 */
export const LABEL_DROPPED_VERBS = [
  '收集',
  '征集',
  '搜集',
  '梳理(?:形成|确定|出)?',
  '排查',
  '查找',
  '查摆',
  '检视',
  '受理',
  '确定',
  '建立',
  '汇总',
  '摸排',
  '列出',
] as const;

/**
 * Verbs that resolve matters, for a count they stand right before alone (已办结2,106项 names no matter of its
 * own) and for what is not yet resolved (尚未办结的). metric.ts's RESOLVED adds their phrasings with exceptions.
 */
export const RESOLVING_VERBS = ['办结', '解决', '完成', '整改', '销号', '化解', '答复', '办理', '落实'] as const;

/** Nouns of matters a sentence may count, for the sentence-level rules (惠民工程, 民生实事清单). */
export const MATTER_NOUNS = ['问题', '诉求', '实事', '项目', '工程', '民生', '事项', '心愿', '难题', '清单'] as const;

/** What follows 整改/落实 when the clause names a plan for resolving, not matters resolved (整改措施, 落实方案). */
const PLAN_NOUNS = ['措施', '方案', '清单', '责任'];

/**
 * How a clause says matters were resolved, in the order they are tried (metric.ts adds 实现…心愿, a pattern).
 * Exceptions are data: `notBefore` for a plan's words, `atClauseEnd` for a verb that resolves only the count
 * right after it.
 */
export const RESOLVING_PHRASES: readonly LexiconWord[] = [
  ...['督促整改', '推动整改', '完成整改', '已整改'].map((word) => ({ word, atClauseEnd: true as const })),
  ...['办结', '解决', '化解', '销号', '已整改', '整改问题', '整改到位', '完成整改', '整改完成'].map((word) => ({
    word,
  })),
  { word: '整改落实', notBefore: PLAN_NOUNS },
  { word: '问题整改', notBefore: [...PLAN_NOUNS, '台账', '任务'] },
  { word: '回应' },
  { word: '立行立改' },
  { word: '即知即改' },
  // 办理中: still being handled.
  { word: '办理', notBefore: ['中'] },
  ...['已完成', '全部完成', '均已完成', '如期完成', '按期完成', '顺利完成'].map((word) => ({ word })),
  { word: '完成', atClauseEnd: true },
  { word: '完成了', atClauseEnd: true },
  { word: '答复' },
  { word: '兑现' },
  { word: '落实到位' },
  ...['已', '均已', '全部', '已交办', '均已交办', '全部交办'].map((w) => ({ word: `${w}落实`, notBefore: PLAN_NOUNS })),
  { word: '交办落实' },
];

/** Alternation of a word list for a RegExp (the words hold no pattern characters). */
export const alternation = (words: readonly string[]) => words.join('|');
