import type { UnitKind } from '../numbers/units';
import { REACHING_WORDS, TOTAL_WORDS } from '../lexicon/totals';
import { LABEL_DROPPED_VERBS, RESOLVING_VERBS } from '../lexicon/problems';

/** Verbs that introduce what was done; the activity is what follows the last of them (开展|集中学习). */
const LIGHT_VERB =
  /开展|举办|(?<![党团])组织(?!生活|部|委|员|的|化|者)|召开|举行|推出|实现|达到|共计|累计|先后|共有|现有|组建|成立|选拔|围绕|深入|接待|惠及|覆盖|吸引|带动/g;
/** Subjects, adverbs and points in time (截至8月底) a clause starts with that say nothing about the activity. */
const LEADING_FILLER =
  /^(?:[0-9]{4}年度?(?:以来)?|截至目前|截止目前|截至|截止|[0-9一二三四五六七八九十]{1,2}月(?:底|末|份|上旬|中旬|下旬)?|年底|年初|上半年|下半年|全年|今年|目前|此外|同时|其中|当前|今年以来|以来|全市|全区|全县|全省|全镇|全州|全旗|全乡|各级党组织|各级各部门|各级|各地|各单位|市级|县级|区级|已经|已|还|并|均|分别|陆续|及时|相继|共|累计|先后|在此基础上|通过|依托|将|计划|拟|力争|预计|争取)+/;
/** Words after a count's noun that start the predicate (3家电影院|如约播出). */
const PREDICATE =
  /[0-9零一二两三四五六七八九十]|已|正在|将|开展|举办|参与|参加|接受|如约|全覆盖|全部|依托|进行|在|赴|先行|共|累计|颁发|深入|获|得到|来自|相继|陆续|实现|完成|涉及|参观|的|组成|细化|分解|转化|纳入|列入|作为/;
/** Verbs that end a clause only to introduce its number (累计达到627场次): no label on their own. */
const TRAILING_FILLER = new RegExp(`(?:${[...REACHING_WORDS, ...TOTAL_WORDS, '超过'].join('|')})+$`);
/** Labels for the people of the preceding activity (参与人数1.3万人次, 累计受众8.7万人次). */
const AUDIENCE = /参与|参加|受众|覆盖|惠及|参训|观众|听众|受益|受教育/;
const MAX_LABEL = 24;
/** Bracketed asides that qualify the count, not name it: 宣讲(含线上直播), 参观人数(截至5月中旬). */
const ASIDE = /\((?:含|包括|包含|不含|截至|截止|其中|共|合计|线上|下同)[^()]*\)/g;
/** A resolving verb alone (已办结2,106项) names no matter: the matters are the ones just collected. */
const BARE_RESOLVED = new RegExp(`^(?:已|均已|全部)?(?:${RESOLVING_VERBS.join('|')})$`);
/** Verbs that collect the problems a label names (收集群众诉求 → 群众诉求). */
const COLLECTING_VERB = new RegExp(`(?:${LABEL_DROPPED_VERBS.join('|')})(?:了|出|到)?`, 'g');

/** A noun that names the matters on its own (居民诉求), unlike 问题 or 事项 alone. */
export const isSpecific = (noun: string) => noun.length > 2;

/**
 * The matters a problem count names, after the verb that collected them (社区共收集居民诉求 → 居民诉求); a
 * caller keeps the verb where the noun alone is not specific (收集问题).
 */
export function problemLabel(label: string): string {
  let cut = 0;
  for (const m of label.matchAll(COLLECTING_VERB)) {
    if (m.index + m[0].length < label.length) cut = m.index + m[0].length;
  }
  const out = label.slice(cut).replace(/^的/, '');
  return out.length > 0 ? out : label;
}

/**
 * Labels of the n members of a 、 list of activities (开展专题宣讲、家书诵读和电影放映), the last perhaps joined by
 * 和/及/与; null where the list does not have n members.
 */
export function listLabels(phrase: string, n: number): string[] | null {
  const items = phrase.split('、');
  const tail = items.at(-1) ?? '';
  const join = Math.max(tail.lastIndexOf('和'), tail.lastIndexOf('及'), tail.lastIndexOf('与'));
  if (items.length === n - 1 && join > 0) items.splice(-1, 1, tail.slice(0, join), tail.slice(join + 1));
  if (items.length !== n) return null;
  items[0] = afterLastLightVerb(items[0]!);
  const labels = items.map(tidy);
  return labels.every((l) => l.length > 0) ? labels : null;
}

export interface ActivityContext {
  /** Clause text before the number (and its qualifier). */
  before: string;
  /** Clause text after the unit (and its qualifier). */
  after: string;
  kind: UnitKind;
  /** Activity of the previous figure in the same sentence, if any. */
  previous: string | null;
  /** The clause before this one in the same sentence, if any (开展党史夜学,目前累计达到627场次). */
  previousClause: string | null;
  /** Label of the problems counted just before in the same sentence (收集意见建议360条,已办结…), if any. */
  previousProblems?: string | null;
}

function afterLastLightVerb(text: string): string {
  LIGHT_VERB.lastIndex = 0;
  let cut = 0;
  for (let m = LIGHT_VERB.exec(text); m; m = LIGHT_VERB.exec(text)) {
    // A verb that ends the clause is the activity itself (宣传2万余次), so only cut before more words.
    if (m.index + m[0].length < text.length) cut = m.index + m[0].length;
  }
  return text.slice(cut);
}

function tidy(label: string): string {
  let out = label.replace(ASIDE, '').replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '');
  // 中心组学习(全年不少于4次): an aside opened but not closed before the number is not part of the label.
  const open = out.lastIndexOf('(');
  if (open >= 0 && !out.includes(')', open)) out = out.slice(0, open);
  // 《简史》等学习书籍: the examples before 等 are not the label.
  const etc = out.lastIndexOf('等');
  if (etc >= 0 && etc < out.length - 1) out = out.slice(etc + 1);
  out = out.replace(/^[的和及与、]+|[的等和及与、]+$/g, '').trim();
  if (out.length > MAX_LABEL) out = out.slice(out.length - MAX_LABEL);
  return out;
}

function nounAfter(after: string): string {
  const text = after.replace(/^的/, '');
  const m = PREDICATE.exec(text);
  return tidy(m ? text.slice(0, m.index) : text);
}

/**
 * A short label of what a figure counts, in the report's words. Events are named before their count
 * (开展集中学习2.8万场次); people and things often after it (组建7个巡回指导组, 102处革命文物); an audience count
 * (参与人数1.3万人次) belongs to the activity counted just before it in the same sentence.
 */
export function activityLabel(ctx: ActivityContext): string {
  const label = labelOf(ctx);
  const noun = ctx.previousProblems;
  if (!noun || ctx.kind !== 'item' || !BARE_RESOLVED.test(label)) return label;
  // 问题 alone says too little: 问题办结, as a reader would write it.
  return isSpecific(noun) ? noun : noun + label.replace(/^(?:已|均已|全部)/, '');
}

function labelOf(ctx: ActivityContext): string {
  if (ctx.previous && ctx.kind === 'people' && AUDIENCE.test(ctx.before)) return ctx.previous;
  const pre = tidy(afterLastLightVerb(ctx.before));
  const post = nounAfter(ctx.after);
  if (post.length > 0) {
    const countsNoun = ctx.kind !== 'event' && (pre.length <= 3 || ctx.kind !== 'people');
    const eventNamedAfter =
      ctx.kind === 'event' && (pre.length === 0 || ctx.before.endsWith('等') || ctx.after.startsWith('的'));
    if (countsNoun || eventNamedAfter) return post;
  }
  if (pre.length > 0) return pre;
  if (post.length > 0) return post;
  if (ctx.previous) return ctx.previous;
  const fromPrevious = ctx.previousClause ? tidy(afterLastLightVerb(ctx.previousClause)) : '';
  return fromPrevious.length > 0 ? fromPrevious : tidy(ctx.before + ctx.after);
}
