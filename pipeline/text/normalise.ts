import { codesToString, isCjkCode, isDigitCode, isWordCode } from './char-classes';
import { toSimplified } from './to-simplified';

export interface NormalisedText {
  /** Simplified, punctuation/space-normalised analysis text, pinyin artefacts removed. */
  text: string;
  /** Maps a UTF-16 offset in `text` (0..text.length) to the corresponding offset in the stored text. */
  readonly toStored: (offset: number) => number;
}

const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ';
/** Toneless syllables that pinyin annotators still print (的, 了, 么 …). */
const NEUTRAL_SYLLABLES = new Set(['de', 'le', 'me', 'men', 'zi', 'ge', 'ma', 'ne', 'ba', 'zhe', 'li', 'tou']);
const MAX_SYLLABLE = 7;

function isPinyinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || TONE_MARKS.includes(String.fromCharCode(c));
}

/**
 * End (exclusive) of a pinyin annotation such as `(xué)` starting at `open`, or -1.
 * Web pages that ruby-annotate characters leave these inside words and numbers once the markup is stripped.
 */
function pinyinEnd(stored: string, open: number): number {
  const limit = Math.min(stored.length, open + MAX_SYLLABLE + 2);
  let toned = false;
  let i = open + 1;
  for (; i < limit; i++) {
    const c = stored.charCodeAt(i);
    if (c === 0x29 || c === 0xff09) break;
    if (!isPinyinLetter(c)) return -1;
    if (c > 0x7a) toned = true;
  }
  if (i >= limit || i === open + 1) return -1;
  if (!toned && !NEUTRAL_SYLLABLES.has(stored.slice(open + 1, i))) return -1;
  return i + 1;
}

const SPACE_ENTITIES = ['&nbsp;', '&ensp;', '&emsp;', '&thinsp;', '&#160;', '&#12288;'];
const AMPERSAND = 0x26;

/** Length of the space at `i` (a space-like character or a leftover HTML entity), or 0. */
function spaceLength(stored: string, i: number): number {
  const c = stored.charCodeAt(i);
  if (foldWidth(c) === 0x20) return 1;
  if (c !== AMPERSAND) return 0;
  for (const e of SPACE_ENTITIES) if (stored.startsWith(e, i)) return e.length;
  return 0;
}

/** Invisible characters that web copies leave inside words and numbers. */
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
}

function foldWidth(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000 || c === 0xa0 || c === 0x09 || c === 0x2002 || c === 0x2003 || c === 0x2009) return 0x20;
  return c;
}

/**
 * One pass over the stored text: folds full-width forms, drops pinyin annotations and stray single spaces
 * inside words ("基 層 活動"), keeps a position map, then converts Traditional → Simplified without changing
 * the length (see to-simplified.ts), so the map stays valid.
 */
export function normalise(stored: string): NormalisedText {
  const n = stored.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let len = 0;
  let i = 0;
  while (i < n) {
    const raw = stored.charCodeAt(i);
    const c = foldWidth(raw);
    if (isInvisible(c) || (c === 0x0d && stored.charCodeAt(i + 1) === 0x0a)) {
      i++;
      continue;
    }
    // A '?' standing for a lost character plus its '(' also opens an annotation (seed 004: 要?jiǎng)).
    if ((c === 0x28 || c === 0x3f) && len > 0) {
      const prev = codes[len - 1]!;
      if (isCjkCode(prev) || prev === 0x3f) {
        const end = pinyinEnd(stored, i);
        if (end > 0) {
          i = end;
          continue;
        }
      }
    }
    const space = spaceLength(stored, i);
    if (space > 0) {
      let j = i + space;
      let tokens = 1;
      for (let k = spaceLength(stored, j); k > 0; k = spaceLength(stored, j)) {
        j += k;
        tokens++;
      }
      const prev = len > 0 ? codes[len - 1]! : 0;
      const next = j < n ? foldWidth(stored.charCodeAt(j)) : 0;
      const strayInWord =
        tokens === 1 && isWordCode(prev) && isWordCode(next) && !(isDigitCode(prev) && isDigitCode(next));
      if (!strayInWord) {
        codes[len] = 0x20;
        map[len++] = i;
      }
      i = j;
      continue;
    }
    codes[len] = c === 0x0d ? 0x0a : c;
    map[len++] = i;
    i++;
  }
  map[len] = n;
  const text = toSimplified(codesToString(codes, len));
  return {
    text,
    toStored: (offset: number): number => {
      if (offset <= 0) return offset < 0 ? 0 : map[0]!;
      return map[Math.min(offset, len)]!;
    },
  };
}
