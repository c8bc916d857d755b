import { isDigitCode } from '../text/char-classes';
import {
  chineseNumeralValue,
  chineseRunLength,
  isChineseLeadingDigitCode,
  MULTIPLIER_EXPONENT,
} from './chinese-numeral';
import { scaleDecimal } from './decimal';

/** A numeral read from normalised text, before any context decides whether it is a figure. */
export interface NumberRead {
  /** End (exclusive) of the numeral including 余/多 inside it (2万余, 10余万). */
  end: number;
  value: number;
  /** 余/多 inside the numeral: "more than". */
  atLeast: boolean;
  /** Written with Chinese numerals only (三万, 十余); Arabic digits with 万/千 are not. */
  chinese: boolean;
  /** A multiplier without a digit before it (百人, 千场, 万名): a slogan unless a qualifier (近千人) says otherwise. */
  bare: boolean;
  /** Has a decimal point, thousands separator or multiplier: certainly a quantity, never a code. */
  scaled: boolean;
}

const COMMA = 0x2c;
const DOT = 0x2e;
const YU = '余'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);

function isMore(c: number): boolean {
  return c === YU || c === DUO;
}

function readMultipliers(text: string, start: number): { end: number; exponent: number } {
  let i = start;
  let exponent = 0;
  while (i < text.length && i - start < 2) {
    const e = MULTIPLIER_EXPONENT.get(text.charCodeAt(i));
    if (e === undefined) break;
    exponent += e;
    i++;
  }
  return { end: i, exponent };
}

function readArabic(text: string, start: number): NumberRead | null {
  const n = text.length;
  let i = start;
  while (i < n && isDigitCode(text.charCodeAt(i))) i++;
  let intDigits = text.slice(start, i);
  let scaled = false;
  // Thousands separators: only 1–3 leading digits followed by groups of exactly three (1,234 / 12,345,678).
  if (i - start <= 3) {
    let j = i;
    let groups = '';
    while (
      j + 3 < n &&
      text.charCodeAt(j) === COMMA &&
      isDigitCode(text.charCodeAt(j + 1)) &&
      isDigitCode(text.charCodeAt(j + 2)) &&
      isDigitCode(text.charCodeAt(j + 3)) &&
      !(j + 4 < n && isDigitCode(text.charCodeAt(j + 4)))
    ) {
      groups += text.slice(j + 1, j + 4);
      j += 4;
    }
    if (groups.length > 0) {
      intDigits += groups;
      i = j;
      scaled = true;
    }
  }
  let fracDigits = '';
  if (i + 1 < n && text.charCodeAt(i) === DOT && isDigitCode(text.charCodeAt(i + 1))) {
    let j = i + 1;
    while (j < n && isDigitCode(text.charCodeAt(j))) j++;
    fracDigits = text.slice(i + 1, j);
    i = j;
    scaled = true;
  }
  let atLeast = false;
  if (i < n && isMore(text.charCodeAt(i)) && MULTIPLIER_EXPONENT.has(text.charCodeAt(i + 1))) {
    atLeast = true;
    i++;
  }
  const mult = readMultipliers(text, i);
  if (mult.end > i) scaled = true;
  i = mult.end;
  if (i < n && isMore(text.charCodeAt(i))) {
    atLeast = true;
    i++;
  }
  return {
    end: i,
    value: scaleDecimal(intDigits, fracDigits, mult.exponent),
    atLeast,
    chinese: false,
    bare: false,
    scaled,
  };
}

function readChinese(text: string, start: number): NumberRead | null {
  const n = text.length;
  let runEnd = start + chineseRunLength(text, start);
  if (runEnd === start) return null;
  let atLeast = false;
  let value = chineseNumeralValue(text, start, runEnd);
  // 十余万 / 两千多: 余/多 between the numeral and a final multiplier.
  if (runEnd + 1 < n && isMore(text.charCodeAt(runEnd))) {
    const mult = readMultipliers(text, runEnd + 1);
    if (mult.end > runEnd + 1) {
      value = scaleDecimal(String(value), '', mult.exponent);
      atLeast = true;
      runEnd = mult.end;
    }
  }
  if (!Number.isFinite(value)) return null;
  let end = runEnd;
  if (end < n && isMore(text.charCodeAt(end))) {
    atLeast = true;
    end++;
  }
  const first = text.charCodeAt(start);
  return {
    end,
    value,
    atLeast,
    chinese: true,
    bare: !isChineseLeadingDigitCode(first),
    scaled: false,
  };
}

/** Reads the numeral starting at `start` (an Arabic digit or a Chinese numeral character), or null. */
export function readNumber(text: string, start: number): NumberRead | null {
  return isDigitCode(text.charCodeAt(start)) ? readArabic(text, start) : readChinese(text, start);
}
