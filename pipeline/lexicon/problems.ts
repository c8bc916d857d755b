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

/** Nouns of matters a sentence may count, for the sentence-level rules (惠民工程, 民生实事清单). */
export const MATTER_NOUNS = ['问题', '诉求', '实事', '项目', '工程', '民生', '事项', '心愿', '难题', '清单'] as const;

/** Words that total the count of a clause that names nothing else (共计46项): its noun is earlier in the sentence. */
export const TOTAL_WORDS = ['共计', '合计', '总计', '累计', '共'] as const;

/** Alternation of a word list for a RegExp (the words hold no pattern characters). */
export const alternation = (words: readonly string[]) => words.join('|');
