/** Character tests on UTF-16 code units, so hot loops never allocate one-character strings. */

export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isLatinCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** CJK ideographs (BMP blocks plus surrogate halves, which only occur for rare extension ideographs here). */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd800 && c <= 0xdfff)
  );
}

/** A stray space between two of these is an artefact of copying web pages, not a separator. */
export function isWordCode(c: number): boolean {
  return isCjkCode(c) || isDigitCode(c);
}

/** Builds a string from code units in chunks (a spread of a long array would overflow the call stack). */
export function codesToString(codes: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode(...codes.subarray(i, Math.min(length, i + CHUNK)));
  }
  return out;
}
