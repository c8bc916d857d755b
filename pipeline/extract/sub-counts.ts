import { clauseStart, phraseStart } from './context';
import type { Placed } from './restatements';

/** How far before a sub-count its total may stand: the same or the previous sentence. */
const PARENT_WINDOW = 240;

/**
 * Whether the figure at `numberStart` opens with 其中 ("of which"): in its own phrase (其中线上宣讲8,400场,
 * (其中线上42场)) or as the clause just before it (其中,延安市接待现场教学团队1.9万批次).
 */
export function marksPart(text: string, numberStart: number, clauseFrom: number): boolean {
  const phrase = phraseStart(text, numberStart);
  const from = phrase >= 0 ? phrase : clauseFrom;
  if (/^\(?其中/.test(text.slice(from, from + 3))) return true;
  if (from < 2) return false;
  return /^\(?其中$/.test(text.slice(clauseStart(text, from - 1), from - 1).trim());
}

/** Units that count the same things, so a part may be written in another (书籍1.08万套,其中《简史》3,600本). */
const UNIT_FAMILIES: readonly (readonly string[])[] = [
  ['人', '名', '位'],
  ['场', '场次', '次', '堂', '节', '轮'],
  ['批次', '批'],
  ['期', '期次', '班次'],
  ['个', '项', '件', '条', '件次', '条次', '起'],
  ['本', '份', '册', '套', '张'],
];

const OWN_VERB = /开展|举办|召开|组织|推出|举行|完成|建成/;

const sameThings = (a: string, b: string) => a === b || UNIT_FAMILIES.some((f) => f.includes(a) && f.includes(b));

/**
 * Links each sub-count to the total it is part of: the nearest figure before it that is not itself a part, of
 * the same metric, in the same kind of unit and larger (开展集中学习2,340场次,其中十八洞村开展集中学习46场次).
 * Figures of other metrics in between are passed over (培训班1,076期,培训党员干部9.2万人次,其中…5期), but not
 * into an earlier sentence once one of the part's own sentence was: 问题清单862项,其中已解决795项 parts the
 * 862 problems, not the 17,940 matters resolved the sentence before. A list after 其中 (银川市9,800余场,
 * 石嘴山市4,100余场) is parts throughout. A sub-count with no such total stays a figure of its own.
 */
export function linkSubCounts(placed: Placed[], marked: readonly boolean[]): void {
  const isPart = [...marked];
  placed.forEach((p, i) => {
    const q = placed[i - 1];
    if (!isPart[i] && q && isPart[i - 1] && q.sentence === p.sentence && q.figure.metric === p.figure.metric) {
      // 其中线上8,400场,开展座谈会200场: a clause with a verb of its own reports something else.
      isPart[i] = sameThings(q.figure.unit, p.figure.unit) && !OWN_VERB.test(p.text.slice(p.clauseStart, p.clauseEnd));
    }
  });
  placed.forEach((p, i) => {
    if (!isPart[i]) return;
    let skippedInSentence = false;
    for (let j = i - 1; j >= 0; j--) {
      const q = placed[j]!;
      if (p.position - q.position > PARENT_WINDOW) return;
      if (isPart[j]) continue;
      if (q.sentence !== p.sentence && skippedInSentence) return;
      if (q.figure.metric !== p.figure.metric) {
        skippedInSentence ||= q.sentence === p.sentence;
        continue;
      }
      if (q.figure.value > p.figure.value && sameThings(q.figure.unit, p.figure.unit)) p.partOf = q;
      return;
    }
  });
}
