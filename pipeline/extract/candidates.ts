import { isDigitCode, isLatinCode } from '../text/char-classes';
import type { Qualifier } from '@/lib/figures-schema';
import { combineQualifier, prefixQualifier, suffixQualifier } from '../numbers/qualifiers';
import { isChineseNumeralCode } from '../numbers/chinese-numeral';
import { readNumber, type NumberRead } from '../numbers/read-number';
import { isEnumeratingUnit, isUnitStart, matchUnit, type UnitKind, type UnitMatch } from '../numbers/units';
import { insideName } from './context';
import { furnitureTest } from './furniture';
import { REACHING_WORDS, TOTAL_WORDS } from '../lexicon/totals';
import { PAGE_COUNTER_LABELS } from '../lexicon/engagement';

/** A numeral with a count unit that survived the not-a-figure filters, located in normalised text. */
export interface Candidate {
  /** Start of the qualifier, or of the numeral when there is none. */
  start: number;
  /** End of the unit and any 以上/左右 after it. */
  end: number;
  value: number;
  qualifier: Qualifier;
  unit: string;
  kind: UnitKind;
  valueText: string;
}

const NUMERAL_RUN = /[0-9]+|[零〇一二两三四五六七八九十廿卅卌百千万亿]+/g;

/** Characters that, touching an Arabic numeral, make it part of a code, phone number, time or version. */
const CODE_NEIGHBOURS = new Set(['-', '/', '.', '#', '+', '_', '@', '%', '‰', '*', '=', '~', '×', '—', '–', '～']);
/** A colon joins numbers only in times (15:21); after a label (宣讲场次：1145场) it introduces a figure. */
const COLON = 0x3a;
/** Before a numeral: a vague amount (几十场, 数百人, 好几次), not a count. */
const VAGUE_BEFORE = new Set(['几', '数', '好']);
/** Idioms made of numerals and measure words (四处奔走, 三番五次): never counts. */
const IDIOMS = ['四处', '三番五次', '五次三番', '一五一十', '三三两两', '成千上万', '成百上千', '千千万万'];
/** Before a numeral: ordinals (第十), days of the week and month (周一, 初三), ranks (前3名). */
const ORDINAL_BEFORE = new Set(['第', '周', '初', '前', '星期', '礼拜']);
/** A rate, not a total: 每月1次, 每人2本. */
const PER = '每';
const PER_WINDOW = 4;

function touchesCode(text: string, start: number, end: number): boolean {
  const prev = start > 0 ? text.charCodeAt(start - 1) : 0;
  const next = end < text.length ? text.charCodeAt(end) : 0;
  return (
    isLatinCode(prev) ||
    isLatinCode(next) ||
    isDigitCode(prev) ||
    isDigitCode(next) ||
    CODE_NEIGHBOURS.has(text.charAt(start - 1)) ||
    CODE_NEIGHBOURS.has(text.charAt(end)) ||
    (prev === COLON && isDigitCode(text.charCodeAt(start - 2))) ||
    (next === COLON && isDigitCode(text.charCodeAt(end + 1)))
  );
}

function isVagueOrIdiom(text: string, start: number, end: number): boolean {
  if (start > 0 && VAGUE_BEFORE.has(text.charAt(start - 1))) return true;
  const around = text.slice(Math.max(0, start - 3), end + 3);
  return IDIOMS.some((idiom) => around.includes(idiom));
}

function isOrdinal(text: string, start: number): boolean {
  for (const w of ORDINAL_BEFORE) if (start >= w.length && text.startsWith(w, start - w.length)) return true;
  return false;
}

const RATE_STOP = ',;。!?、\n';

/**
 * 每月集中授课1次, 每月至少开展督导1次: 每 and a period start a frequency that can govern a number further on
 * in its clause, unless a word for a total comes between (每月开展主题党日, 累计开展120场).
 */
const FREQUENCY = /每[个一两半]?(?:月|周|星期|年|季度?|天|日|旬|学期)/;
const TOTAL_WORD = new RegExp([...TOTAL_WORDS, '已', '先后', '目前', '截至'].join('|'));
const FREQUENCY_WINDOW = 16;
const QUOTE_MARK = /[“”「」『』"《》]/;

function isRate(text: string, start: number): boolean {
  let per = start - 1;
  for (; per >= 0 && per >= start - FREQUENCY_WINDOW; per--) {
    const ch = text.charAt(per);
    if (ch === PER) break;
    if (RATE_STOP.includes(ch)) return false;
  }
  if (per < 0 || per < start - FREQUENCY_WINDOW) return false;
  if (per >= start - PER_WINDOW) return true;
  const m = FREQUENCY.exec(text.slice(per, start));
  if (m?.index !== 0) return false;
  // Inside a name (“每月一题”重点难题23项) it is no frequency.
  const between = text.slice(per + m[0].length, start);
  return !TOTAL_WORD.test(between) && !QUOTE_MARK.test(between);
}

/** 未发生1起安全事故, 没有1个单位被通报: a count right after a negation says none happened. */
const NEGATED = /(?:未|没|无|不曾)(?:有|发生|出现|产生|收到|接到)?(?:过|任何)?$/;
const NEGATION_WINDOW = 6;

function isNegated(text: string, start: number): boolean {
  return NEGATED.test(text.slice(Math.max(0, start - NEGATION_WINDOW), start));
}

/**
 * 宣讲场次少于30场的单位, 100人以上的活动: a comparison that describes a noun (a threshold followed by 的) is a
 * condition, not a total of what was done.
 */
const COMPARISON_BEFORE = /(?:少于|低于|不足|不到|不少于|不低于|多于|高于|大于|小于|超过|达到|满)$/;
const COMPARISON_AFTER = /^(?:以上|以下|以内)?的/;

function isThreshold(text: string, numStart: number, unitEnd: number): boolean {
  const after = text.slice(unitEnd, unitEnd + 3);
  if (!COMPARISON_AFTER.test(after)) return false;
  return after.startsWith('以') || COMPARISON_BEFORE.test(text.slice(Math.max(0, numStart - 3), numStart));
}

/** 人均参加集中学习5次, 日均接待1.1万人次: an average per head, event or day, not a total. */
const AVERAGE = ['人均', '平均', '户均', '场均', '村均', '日均', '周均', '月均', '年均'];
const AVERAGE_WINDOW = 16;

function isAverage(text: string, start: number): boolean {
  for (let i = start - 1; i >= 1 && i >= start - AVERAGE_WINDOW; i--) {
    if (RATE_STOP.includes(text.charAt(i))) return false;
    if (text.charAt(i) === '均' && AVERAGE.includes(text.slice(i - 1, i + 1))) return true;
  }
  return false;
}

/** 较去年同期增加2,000人次, 同比减少3个, 比去年同期多开展420场: a change against a base, not a count of what was done. */
const CHANGE_BEFORE =
  /(?:较|比|同比|环比)[^,;。!?、\n]{0,10}(?:增加|增长|新增|减少|下降|提高|降低|上升|增|减|多|少)了?(?:开展|举办|组织|召开|培训|接待|收集|办结|解决)?(?:达到|达|约|近)?$/;
const CHANGE_WINDOW = 20;

function isChange(text: string, start: number): boolean {
  const from = Math.max(0, start - CHANGE_WINDOW);
  // Cheap pre-test: most numbers have no 较/比 before them.
  let compared = false;
  for (let i = start - 1; i >= from && !compared; i--) compared = text.charAt(i) === '较' || text.charAt(i) === '比';
  return compared && CHANGE_BEFORE.test(text.slice(from, start));
}

/** 一次次, 一场场: reduplicated measure words describe, they do not count. */
function isReduplicated(text: string, unit: UnitMatch): boolean {
  return text.charCodeAt(unit.end) === text.charCodeAt(unit.end - 1);
}

/** 三个督导组, 两个工作专班: a small enumeration of concrete bodies or places is a real count. */
const CONCRETE_NOUN_AFTER =
  /^[^,;。!?、“”]{0,5}?(?:组(?![织成建])|队|团|基地|站|中心|专班|支部|单位|乡镇|街道|社区|村|学校|企业|展馆|纪念馆|示范点)/;

function isSloganNumeral(text: string, read: NumberRead, unit: UnitMatch, hasPrefix: boolean): boolean {
  if (!read.chinese) return false;
  // 一 before a measure word is the article "a": 一次集中宣誓, 一批红色旅游线路, 一项重大政治任务.
  if (read.value === 1 && !read.atLeast) return true;
  // 百人千场, 万名党员: a multiplier alone is rhetoric unless a qualifier makes it an amount (近千人, 千余人).
  if (read.bare && !hasPrefix && !read.atLeast) return true;
  // 三个方面, 五项任务, 两个维护: small enumerations of a speech's points.
  return (
    read.value <= 10 &&
    !read.atLeast &&
    isEnumeratingUnit(unit.unit) &&
    !CONCRETE_NOUN_AFTER.test(text.slice(unit.end, unit.end + 8))
  );
}

/**
 * A count stated without a unit after an audience label (参与人数达1.2万, 覆盖人次超过300万) takes the
 * label's unit. Only audience labels: page counters (访问人数, 浏览次数) are not figures.
 */
const AUDIENCE_LABEL = new RegExp(
  `(?:参与|参加|参训|参会|参赛|受众|覆盖|受益|观看|培训|服务|听众|观众)(人数|人次)(?:${[...REACHING_WORDS, ...TOTAL_WORDS, ':'].join('|')})?$`,
);
const LABEL_WINDOW = 12;

function unitFromLabel(text: string, start: number, numberEnd: number): UnitMatch | null {
  const m = AUDIENCE_LABEL.exec(text.slice(Math.max(0, start - LABEL_WINDOW), start));
  if (!m) return null;
  return { unit: m[1] === '人数' ? '人' : '人次', kind: 'people', end: numberEnd };
}

/** Page counters (总访问量：12345678次, 浏览次数:99): a label and a colon right before the number. */
const PAGE_COUNTER = new RegExp(`(?:${PAGE_COUNTER_LABELS.join('|')})(?:量|次数|人数|数)?: ?$`);
const COUNTER_WINDOW = 8;

function isPageCounter(text: string, start: number): boolean {
  return PAGE_COUNTER.test(text.slice(Math.max(0, start - COUNTER_WINDOW), start));
}

/** 4至6人, 三到五场: the upper end of a range is not a total (and 4 alone has no unit). */
const RANGE_JOIN = new Set(['至', '到', '~', '～']);

function isRangeEnd(text: string, numStart: number): boolean {
  if (numStart < 2 || !RANGE_JOIN.has(text.charAt(numStart - 1))) return false;
  const c = text.charCodeAt(numStart - 2);
  return isDigitCode(c) || isChineseNumeralCode(c);
}

/** 受众上万人次的大型活动: 上千/上万 before 的 describes a noun; it does not report a total. */
function isThresholdModifier(text: string, prefix: { text: string } | null, unitEnd: number): boolean {
  return prefix?.text === '上' && text.charAt(unitEnd) === '的';
}

/**
 * 10余万党员群众参与, 2万党员干部: a number in 万/亿 right before a noun for people counts people even
 * without 名 or 人. Only scaled numbers: a bare "30党员" is not how reports write a count.
 */
const PEOPLE_NOUN = /^(?:党员|群众|干部|师生|学生|职工|居民|村民|市民|农牧民|青少年|游客|观众|听众|网民|志愿者)/;

const PEOPLE_NOUN_START = '党群干师学职居村市农青游观听网志';

function impliedPeople(text: string, numStart: number, numberEnd: number): UnitMatch | null {
  if (numberEnd >= text.length || !PEOPLE_NOUN_START.includes(text.charAt(numberEnd))) return null;
  const written = text.slice(numStart, numberEnd);
  if (!written.includes('万') && !written.includes('亿')) return null;
  return PEOPLE_NOUN.test(text.slice(numberEnd, numberEnd + 3)) ? { unit: '人', kind: 'people', end: numberEnd } : null;
}

const YU = '余'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);

function mayFollowChineseNumeral(c: number): boolean {
  return c === YU || c === DUO || isUnitStart(c);
}

/** A numeral with a unit, as read before the not-a-figure rules decide whether it is a figure. */
interface Reading {
  text: string;
  numStart: number;
  /** Start of the qualifier, or of the numeral. */
  start: number;
  read: NumberRead;
  prefix: ReturnType<typeof prefixQualifier>;
  /** The unit written after the numeral (null where it came from a label or a noun for people). */
  written: UnitMatch | null;
  unit: UnitMatch;
  onFurniture: () => (pos: number) => boolean;
}

/** One not-a-figure rule: its name (for --explain and tests) and whether it rejects a reading. */
export interface Rejection {
  name: string;
  rejects: (r: Reading) => boolean;
}

/**
 * The rules that reject a numeral with a unit, in the order they are tried (cheap and certain ones first); the
 * first that applies names why. To add one: a named entry here and a golden case in __golden__/figures.json.
 */
export const REJECTIONS: readonly Rejection[] = [
  // Zero counts nothing (已有0条评论).
  { name: 'zero', rejects: (r) => r.read.value === 0 },
  { name: 'code-or-time', rejects: (r) => !r.read.chinese && touchesCode(r.text, r.numStart, r.read.end) },
  { name: 'ordinal', rejects: (r) => isOrdinal(r.text, r.numStart) },
  { name: 'range-end', rejects: (r) => isRangeEnd(r.text, r.numStart) },
  { name: 'reduplicated', rejects: (r) => r.written !== null && isReduplicated(r.text, r.unit) },
  { name: 'threshold-modifier', rejects: (r) => isThresholdModifier(r.text, r.prefix, r.unit.end) },
  { name: 'vague-or-idiom', rejects: (r) => r.read.chinese && isVagueOrIdiom(r.text, r.numStart, r.unit.end) },
  { name: 'slogan-numeral', rejects: (r) => isSloganNumeral(r.text, r.read, r.unit, r.prefix !== null) },
  { name: 'rate', rejects: (r) => isRate(r.text, r.start) },
  { name: 'average', rejects: (r) => isAverage(r.text, r.start) },
  { name: 'change', rejects: (r) => isChange(r.text, r.start) },
  { name: 'negated', rejects: (r) => isNegated(r.text, r.start) },
  { name: 'threshold', rejects: (r) => isThreshold(r.text, r.numStart, r.unit.end) },
  { name: 'page-counter', rejects: (r) => isPageCounter(r.text, r.start) },
  { name: 'inside-name', rejects: (r) => insideName(r.text, r.start, r.unit.end) },
  { name: 'page-furniture', rejects: (r) => r.onFurniture()(r.start) },
];

/** Every numeral with a unit, and the rule that rejected it (null for a figure), in text order. */
export interface Explained {
  start: number;
  end: number;
  written: string;
  rejectedBy: string | null;
  candidate: Candidate | null;
}

function scan(text: string, visit: (e: Explained) => void): void {
  let furniture: ((pos: number) => boolean) | undefined;
  const onFurniture = () => (furniture ??= furnitureTest(text));
  const re = new RegExp(NUMERAL_RUN.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const numStart = m.index;
    // Most Chinese numeral runs are words (一是, 十分, 万企); only a unit or 余/多 right after can make a count.
    if (!isDigitCode(text.charCodeAt(numStart)) && !mayFollowChineseNumeral(text.charCodeAt(numStart + m[0].length)))
      continue;
    const read = readNumber(text, numStart);
    if (!read) continue;
    re.lastIndex = Math.max(re.lastIndex, read.end);
    const written = matchUnit(text, read.end);
    const prefix = prefixQualifier(text, numStart, read.bare);
    const start = prefix ? prefix.at : numStart;
    const unit = written ?? unitFromLabel(text, start, read.end) ?? impliedPeople(text, numStart, read.end);
    // A unit is what makes a numeral a figure: without one there is nothing to reject.
    if (!unit) continue;
    const reading: Reading = { text, numStart, start, read, prefix, written, unit, onFurniture };
    const rejection = REJECTIONS.find((r) => r.rejects(reading));
    if (rejection) {
      visit({
        start,
        end: unit.end,
        written: text.slice(start, unit.end),
        rejectedBy: rejection.name,
        candidate: null,
      });
      continue;
    }
    const suffix = suffixQualifier(text, unit.end);
    const candidate: Candidate = {
      start,
      end: suffix ? suffix.at : unit.end,
      value: read.value,
      qualifier: combineQualifier(prefix, read.atLeast, suffix),
      unit: unit.unit,
      kind: unit.kind,
      valueText: text.slice(start, read.end) + (suffix ? suffix.text : ''),
    };
    visit({ start, end: candidate.end, written: text.slice(start, candidate.end), rejectedBy: null, candidate });
    re.lastIndex = Math.max(re.lastIndex, unit.end);
  }
}

/** All candidate figures of normalised text, in text order. */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  scan(text, (e) => {
    if (e.candidate) out.push(e.candidate);
  });
  return out;
}

/** Every numeral with a unit in normalised text, each with the rule that rejected it or null: for --explain. */
export function explainCandidates(text: string): Explained[] {
  const out: Explained[] = [];
  scan(text, (e) => out.push(e));
  return out;
}
