/**
 * Scales a decimal digit string by a power of ten by moving the decimal point in the string, so
 * 2.8万 is exactly 28000 (2.8 * 10000 in floating point is 27999.999999999996).
 */
export function scaleDecimal(intDigits: string, fracDigits: string, exponent: number): number {
  let digits = intDigits + fracDigits;
  let point = intDigits.length + exponent;
  if (point >= digits.length) {
    digits += '0'.repeat(point - digits.length);
    point = digits.length;
  }
  if (point <= 0) return Number('0.' + '0'.repeat(-point) + digits);
  const whole = digits.slice(0, point);
  const frac = digits.slice(point);
  return Number(frac.length > 0 ? `${whole}.${frac}` : whole);
}
