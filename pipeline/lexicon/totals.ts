/**
 * Words that make a count a total of what was done (共开展…, 累计举办…, 合计): candidates.ts lets them end a
 * frequency (每月… 累计开展120场 is a total), restatements.ts knows a total is what a report restates,
 * activity.ts strips them from the end of a label, sentence-problems.ts finds a bare total (共计46项).
 * One list, so that a word added for one purpose serves them all.
 */
export const TOTAL_WORDS = ['共计', '合计', '总计', '累计', '共'] as const;

/** Verbs of reaching a figure that stand between a label and its number (参与人数达1.2万, 共计…, 为…). */
export const REACHING_WORDS = ['达到', '达', '为'] as const;
