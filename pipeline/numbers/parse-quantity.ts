import { normalise } from '../text/normalise';
import type { Qualifier } from '@/lib/figures-schema';
import { combineQualifier, prefixQualifier, suffixQualifier } from './qualifiers';
import { readNumber } from './read-number';
import { matchUnit } from './units';

export interface Quantity {
  value: number;
  qualifier: Qualifier;
  /** The count unit, Simplified, or null when the expression has none. */
  unit: string | null;
  /** Written with Chinese numerals only (三万, 十余). */
  chinese: boolean;
}

/**
 * Parses a whole quantity expression: optional qualifier, numeral, optional 余/多, optional unit, optional
 * 以上/左右 (近1.5萬人, 2.8万余场次, 3,000余份, 两万余, 十余场, 近千人, 2000人以上). Null when anything is left over.
 */
export function parseQuantity(expression: string): Quantity | null {
  const text = normalise(expression.trim()).text;
  let start = 0;
  let read = null;
  while (start < text.length && (read = readNumber(text, start)) === null) start++;
  if (!read) return null;
  const prefix = prefixQualifier(text, start, read.bare);
  if ((prefix ? prefix.at : start) !== 0) return null;
  let pos = read.end;
  const unit = matchUnit(text, pos);
  if (unit) pos = unit.end;
  const suffix = suffixQualifier(text, pos);
  if (suffix) pos = suffix.at;
  if (pos !== text.length) return null;
  if (read.bare && !prefix && !read.atLeast) return null;
  return {
    value: read.value,
    qualifier: combineQualifier(prefix, read.atLeast, suffix),
    unit: unit?.unit ?? null,
    chinese: read.chinese,
  };
}
