import type { LexiconWord } from './lexicon-word';

/*
 * Online reactions and page counters. Counts of them are not events held, people reached or figures at all;
 * the three lists differ in what they guard, and are kept together so that a new word lands in each that needs it.
 */

/** Before a count in 次: reactions and publishing (点赞1.2万次, 转发300次, 发布信息20次), never events held. */
export const ENGAGEMENT_WORDS: readonly LexiconWord[] = [
  ...['获赞', '点赞', '浏览', '阅读量', '观看量', '观看人次', '收看量', '点击', '播放', '转发', '访问', '下载'].map(
    (word) => ({ word }),
  ),
  ...['评论', '推送', '转载', '曝光', '刊发', '刊登', '登载', '关注'].map((word) => ({ word })),
  { word: '发布', notBefore: ['会'] },
];

/** Labels of a page counter right before a colon and a number (总访问量：12345678次, 浏览次数:99). */
export const PAGE_COUNTER_LABELS = ['访问', '浏览', '点击', '阅读', '访客'] as const;

/** After 人: reader reactions that make the count a page counter (1,024人阅读, 36人点赞, 12人觉得很赞). */
export const READER_REACTIONS = ['阅读', '浏览', '看过', '点赞', '收藏', '在看', '觉得', '喜欢'] as const;
