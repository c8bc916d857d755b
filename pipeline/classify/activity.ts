import type { UnitKind } from '../numbers/units';

/** Verbs that introduce what was done; the activity is what follows the last of them (开展|集中学习). */
const LIGHT_VERB =
  /(?:开展|举办|组织|召开|举行|推出|完成|实现|达到|共计|累计|先后|共有|共|组建|成立|选拔|围绕|深入|接待|惠及|覆盖|吸引|带动|发放|培训|征集|收集)/g;
/** Subjects and adverbs a clause starts with that say nothing about the activity. */
const LEADING_FILLER =
  /^(?:截至目前|截止目前|截至|目前|此外|同时|其中|当前|今年以来|以来|全市|全区|全县|全省|全镇|全州|全旗|全乡|各级党组织|各级各部门|各级|各地|各单位|市级|县级|区级|已经|已|还|并|均|分别|陆续|及时|相继|共|累计|先后|在此基础上|通过|依托)+/;
/** Words after a count's noun that start the predicate (3家电影院|如约播出). */
const PREDICATE =
  /已|开展|举办|参与|参加|接受|如约|全覆盖|依托|进行|在|赴|先行|共|累计|颁发|深入|获|得到|来自|相继|陆续|实现|完成|涉及|参观|的/;
/** Labels for the people of the preceding activity (参与人数1.3万人次, 累计受众8.7万人次). */
const AUDIENCE = /参与|参加|受众|覆盖|惠及|参训|观众|听众|受益|受教育/;
const MAX_LABEL = 24;

export interface ActivityContext {
  /** Clause text before the number (and its qualifier). */
  before: string;
  /** Clause text after the unit. */
  after: string;
  kind: UnitKind;
  /** Activity of the previous figure in the same sentence, if any. */
  previous: string | null;
}

function afterLastLightVerb(text: string): string {
  LIGHT_VERB.lastIndex = 0;
  let cut = 0;
  for (let m = LIGHT_VERB.exec(text); m; m = LIGHT_VERB.exec(text)) {
    // Keep a verb that is the whole remaining label (购买发放书籍 keeps 发放 inside).
    if (m.index + m[0].length < text.length) cut = m.index + m[0].length;
  }
  return text.slice(cut);
}

function tidy(label: string): string {
  let out = label
    .replace(LEADING_FILLER, '')
    .replace(/^[的和及与、]+|[的等和及与、]+$/g, '')
    .trim();
  if (out.length > MAX_LABEL) out = out.slice(out.length - MAX_LABEL);
  return out;
}

function nounAfter(after: string): string {
  const text = after.replace(/^的/, '');
  const m = PREDICATE.exec(text);
  return tidy(m ? text.slice(0, m.index) : text);
}

/** A short label of what a figure counts, in the report's words. */
export function activityLabel(ctx: ActivityContext): string {
  const before = tidy(ctx.before);
  const pre = tidy(afterLastLightVerb(before));
  if (ctx.previous && (before.length === 0 || AUDIENCE.test(before)) && (ctx.kind === 'people' || before.length > 0)) {
    return ctx.previous;
  }
  const post = nounAfter(ctx.after);
  const preferPost =
    post.length > 0 &&
    (ctx.kind !== 'event' || pre.length === 0 || /等$/.test(ctx.before) || ctx.after.startsWith('的'));
  if (preferPost && (ctx.kind !== 'people' || pre.length <= 2 || ctx.before.length <= 4)) return post;
  if (pre.length > 0) return pre;
  return post.length > 0 ? post : before;
}
