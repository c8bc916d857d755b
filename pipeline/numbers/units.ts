import { READER_REACTIONS } from '../lexicon/engagement';
/**
 * Count units (measure words) that make a numeral a figure. Units of time, dates, money, length, area and
 * percentages are deliberately absent: a numeral followed by anything not listed here is not a figure.
 */
export type UnitKind =
  /** people reached: 人次, 人, 名, 位 */
  | 'people'
  /** events held: 场次, 场, 次, 期, 堂, 轮 … */
  | 'event'
  /** items that may be problems or matters: 个, 件, 条, 项 … */
  | 'item'
  /** printed matter: 本, 份, 册 … */
  | 'material'
  /** anything else worth counting: 家, 处, 篇, 批 … */
  | 'thing';

const UNIT_KINDS: Readonly<Record<string, UnitKind>> = {
  人次: 'people',
  人: 'people',
  名: 'people',
  位: 'people',
  场次: 'event',
  场: 'event',
  次: 'event',
  期: 'event',
  期次: 'event',
  班次: 'event',
  批次: 'event',
  堂: 'event',
  轮: 'event',
  节: 'event',
  个: 'item',
  件: 'item',
  件次: 'item',
  条: 'item',
  条次: 'item',
  项: 'item',
  起: 'item',
  // Hong Kong and Guangdong usage for cases and matters (收集群眾訴求1.3萬宗).
  宗: 'item',
  本: 'material',
  份: 'material',
  册: 'material',
  册次: 'material',
  套: 'material',
  张: 'material',
  家: 'thing',
  家次: 'thing',
  处: 'thing',
  篇: 'thing',
  批: 'thing',
  所: 'thing',
  座: 'thing',
  户: 'thing',
  户次: 'thing',
  支: 'thing',
  部: 'thing',
  台: 'thing',
  幅: 'thing',
  首: 'thing',
  门: 'thing',
  档: 'thing',
  块: 'thing',
  集: 'thing',
  组: 'thing',
};

/** Units that, after a small bare Chinese numeral, usually enumerate points of a speech (三个方面, 五项任务). */
const ENUMERATING_UNITS = new Set(['个', '项', '条', '种', '类', '点', '大']);

/** Words a unit character starts that make it no unit here: 3个月 is a duration, 两个百分点 a rate. */
const NOT_A_UNIT_AFTER: Readonly<Record<string, readonly string[]>> = {
  个: [
    '月',
    '多月',
    '半月',
    '小时',
    '多小时',
    '工作日',
    '百分点',
    '星期',
    '季度',
    '年头',
    '春秋',
    '寒暑',
    '昼夜',
    '日夜',
    '世纪',
  ],
  名: ['单', '额'],
  // Page counters: 12条评论, 1,024人阅读.
  条: ['评论', '留言', '回复', '跟帖'],
  人: READER_REACTIONS,
  期: ['间', '限', '工程', '项目'],
  次: ['日'],
  节: ['日', '期间', '假', '前', '后', '点', '约', '庆', '气'],
  位: ['一体'],
  // Place names that start with a numeral and a measure word: 七台河, 三台县, 五台山, 五家渠, 三门峡, 三门县.
  台: ['河', '山', '区', '县', '市', '镇'],
  家: ['渠'],
  宗: ['教', '旨', '族', '亲', '祠', '师', '派'],
  组: ['织'],
  门: ['峡', '县'],
};

const byFirstChar = new Map<number, string[]>();
for (const unit of Object.keys(UNIT_KINDS).sort((a, b) => b.length - a.length)) {
  const first = unit.charCodeAt(0);
  const list = byFirstChar.get(first);
  if (list) list.push(unit);
  else byFirstChar.set(first, [unit]);
}

export interface UnitMatch {
  unit: string;
  kind: UnitKind;
  end: number;
}

/** 人(次), 场(次): a unit with its second character in brackets is the compound unit (人次, 场次). */
function bracketedCompound(text: string, unit: string, end: number): UnitMatch | null {
  if (text.charCodeAt(end) !== 0x28 || text.charCodeAt(end + 2) !== 0x29) return null;
  const compound = unit + text.charAt(end + 1);
  const kind = UNIT_KINDS[compound];
  return kind ? { unit: compound, kind, end: end + 3 } : null;
}

/** The count unit starting at `pos`, or null. */
export function matchUnit(text: string, pos: number): UnitMatch | null {
  const list = byFirstChar.get(text.charCodeAt(pos));
  if (!list) return null;
  for (const unit of list) {
    if (!text.startsWith(unit, pos)) continue;
    const end = pos + unit.length;
    const blockers = NOT_A_UNIT_AFTER[unit];
    if (blockers?.some((w) => text.startsWith(w, end))) return null;
    return bracketedCompound(text, unit, end) ?? { unit, kind: UNIT_KINDS[unit]!, end };
  }
  return null;
}

export function isEnumeratingUnit(unit: string): boolean {
  return ENUMERATING_UNITS.has(unit);
}

/** Whether a count unit can start with this character (a cheap test before parsing a numeral). */
export function isUnitStart(c: number): boolean {
  return byFirstChar.has(c);
}
