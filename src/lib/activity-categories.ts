/**
 * Kinds of work a figure counts, so a chart can show what each total is made of.
 * The pipeline assigns one per figure from its activity words; the app only reads it.
 */
export const ACTIVITY_CATEGORIES = [
  'study',
  'lecture',
  'training',
  'contest',
  'culture',
  'visit',
  'partyLife',
  'service',
  'publicity',
  'other',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

export const ACTIVITY_CATEGORY_LABELS: Record<ActivityCategory, { zh: string; en: string }> = {
  study: { zh: '集中学习', en: 'Group study' },
  lecture: { zh: '宣讲党课', en: 'Lectures & talks' },
  training: { zh: '专题培训', en: 'Training' },
  contest: { zh: '知识竞赛', en: 'Contests & quizzes' },
  culture: { zh: '文艺观影', en: 'Films & performances' },
  visit: { zh: '参观教育', en: 'Site visits' },
  partyLife: { zh: '组织生活', en: 'Party branch life' },
  service: { zh: '为民办实事', en: 'Practical service' },
  publicity: { zh: '宣传报道', en: 'Publicity' },
  other: { zh: '其他', en: 'Other' },
};
