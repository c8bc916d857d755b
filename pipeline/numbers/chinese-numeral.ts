/**
 * Chinese numerals (Simplified, after normalisation): digits and the multipliers that scale them. Hand-written:
 * converters such as chinese-numbers-converter read leniently (its README: "二百 or 兩百" → 400), while here an
 * ill-formed run (十四五, 两三场) must be rejected, since that is what tells a range or a slogan from a count.
 */

const DIGITS = new Map<number, number>(
  [
    ['零', 0],
    ['〇', 0],
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['三', 3],
    ['四', 4],
    ['五', 5],
    ['六', 6],
    ['七', 7],
    ['八', 8],
    ['九', 9],
  ].map(([ch, v]) => [(ch as string).charCodeAt(0), v as number]),
);

const SMALL_UNITS = new Map<number, number>(
  [
    ['十', 10],
    ['百', 100],
    ['千', 1000],
  ].map(([ch, v]) => [(ch as string).charCodeAt(0), v as number]),
);

/**
 * 廿 (20), 卅 (30) and 卌 (40) stand for a digit and 十 at once (廿三個 → 23): older and Hong Kong/Macau usage,
 * and in dates (廿三日).
 */
const TENS = new Map<number, number>(
  [
    ['廿', 20],
    ['卅', 30],
    ['卌', 40],
  ].map(([ch, v]) => [(ch as string).charCodeAt(0), v as number]),
);

/** Powers of ten of the multipliers that also follow Arabic digits (2.8万, 3千). */
export const MULTIPLIER_EXPONENT = new Map<number, number>(
  [
    ['十', 1],
    ['百', 2],
    ['千', 3],
    ['万', 4],
    ['亿', 8],
  ].map(([ch, v]) => [(ch as string).charCodeAt(0), v as number]),
);

const SHI = '十'.charCodeAt(0);
const WAN = '万'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);

/** A character that starts a numeral with a digit's worth of value (三, 十, 廿), not a bare multiplier (百, 万). */
export function isChineseLeadingDigitCode(c: number): boolean {
  return DIGITS.has(c) || TENS.has(c) || c === SHI;
}

export function isChineseNumeralCode(c: number): boolean {
  return DIGITS.has(c) || MULTIPLIER_EXPONENT.has(c) || TENS.has(c);
}

/** Length of the run of Chinese numeral characters starting at `start`. */
export function chineseRunLength(text: string, start: number): number {
  let i = start;
  while (i < text.length && isChineseNumeralCode(text.charCodeAt(i))) i++;
  return i - start;
}

/**
 * Value of text[start, end) as a Chinese numeral (一百二十 → 120, 三万 → 30000, 二〇二一 → 2021),
 * or NaN when it is not a well-formed numeral (e.g. 十四五, 一一).
 */
export function chineseNumeralValue(text: string, start: number, end: number): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  let positional = 0;
  let hasZero = false;
  let digitRun = 0;
  let lastUnit = Infinity;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = DIGITS.get(c);
    if (d !== undefined) {
      // 零 inside a numeral with multipliers only marks a skipped place (一百零五).
      if (d === 0 && (section > 0 || total > 0) && digitRun === 0) continue;
      digitRun++;
      positional = positional * 10 + d;
      if (d === 0) hasZero = true;
      digit = d;
      continue;
    }
    if (digitRun > 1) return NaN;
    digitRun = 0;
    positional = 0;
    const tens = TENS.get(c);
    if (tens !== undefined) {
      // 廿 already holds its digit: 二廿 and 十廿 are no numerals.
      if (digit >= 0 || lastUnit <= 10) return NaN;
      lastUnit = 10;
      section += tens;
      continue;
    }
    const small = SMALL_UNITS.get(c);
    if (small !== undefined) {
      if (small >= lastUnit) return NaN;
      lastUnit = small;
      section += (digit < 0 ? 1 : digit) * small;
      digit = -1;
      continue;
    }
    if (c === WAN || c === YI) {
      const big = c === WAN ? 10000 : 100000000;
      // A leading 万 (万名, 上万人) means one 万; read.bare marks it so callers can treat it as rhetoric.
      const add = section + (digit < 0 ? (total === 0 && section === 0 ? 1 : 0) : digit);
      total = c === YI ? (total + add) * big : total + add * big;
      section = 0;
      digit = -1;
      lastUnit = Infinity;
      continue;
    }
    return NaN;
  }
  // Digits without multipliers read positionally only with a written zero (二〇二一); without one, adjacent
  // digits are a range (两三场, 三四十人), not a number. A lone trailing digit adds to the section.
  if (digitRun > 1) return section === 0 && total === 0 && hasZero ? positional : NaN;
  return total + section + (digit < 0 ? 0 : digit);
}
