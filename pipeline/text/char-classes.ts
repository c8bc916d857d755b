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

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder('utf-16le');

/**
 * Builds a flat string from code units. TextDecoder returns one flat string (concatenated chunks would be a
 * rope, and charCodeAt on a rope is slow in hot loops); lone surrogates become U+FFFD, which keeps the length.
 */
export function codesToString(codes: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return utf16.decode(codes.subarray(0, length));
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode(...codes.subarray(i, Math.min(length, i + CHUNK))));
  }
  return parts.join('');
}
