/**
 * Verbs of self-examination (检视问题, 查摆问题, 对照检查): what they find is a shortcoming of the party members
 * themselves, not a problem the public raised, and no report tracks its resolution (../shared/spec/figures.md),
 * so its count is `other`, never problemsCollected.
 */
export const SELF_EXAMINATION_VERBS: readonly string[] = ['检视', '查摆', '自查', '对照检查', '剖析'];
