import * as OpenCC from 'opencc-js';
import { codesToString } from './char-classes';

/**
 * Traditional → Simplified that never changes a string's length, so positions survive the conversion.
 *
 * `tw` is the preset used because Taiwan-style Traditional (著 for 着, as in seed 004's 沿著) is what the
 * reports carry; `t`/`hk` leave 著 unconverted. opencc-js only returns the converted string (no offsets), so
 * length preservation is checked per line and a line whose length changed falls back to the per-character map.
 */

const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

interface CharTable {
  /** 1 where converting the single character changes it. */
  changes: Uint8Array;
  /** Single-character replacement for characters whose conversion keeps the length (per-character fallback). */
  single: Map<number, number>;
}

let table: CharTable | undefined;

function dictKeys(dict: OpenCC.DictLike, out: Set<string>): void {
  if (typeof dict === 'string') {
    for (const entry of dict.split('|')) {
      const space = entry.indexOf(' ');
      if (space > 0) out.add(entry.slice(0, space));
    }
  } else {
    for (const [key] of dict) out.add(key);
  }
}

/** Built once, lazily: ~4k characters through the converter (a few ms). */
function charTable(): CharTable {
  if (table) return table;
  const keys = new Set<string>();
  for (const group of [...(OpenCC.Locale.from.tw ?? []), ...(OpenCC.Locale.to.cn ?? [])]) {
    for (const dict of group) dictKeys(dict, keys);
  }
  const changes = new Uint8Array(0x10000);
  const single = new Map<number, number>();
  const seen = new Set<number>();
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (seen.has(code) || (code >= 0xd800 && code <= 0xdfff)) continue;
      seen.add(code);
      const out = convert(String.fromCharCode(code));
      if (out.length === 1 && out.charCodeAt(0) !== code) {
        changes[code] = 1;
        single.set(code, out.charCodeAt(0));
      } else if (out.length !== 1) {
        changes[code] = 1;
      }
    }
  }
  table = { changes, single };
  return table;
}

function hasTraditional(text: string, from: number, to: number, changes: Uint8Array): boolean {
  for (let i = from; i < to; i++) if (changes[text.charCodeAt(i)] === 1) return true;
  return false;
}

function convertPerChar(line: string, single: Map<number, number>): string {
  const codes = new Uint16Array(line.length);
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    codes[i] = single.get(code) ?? code;
  }
  return codesToString(codes, codes.length);
}

/** Same length as `text`; character i of the result is the Simplified form of character i of `text`. */
export function toSimplified(text: string): string {
  const { changes, single } = charTable();
  let pieces: string[] | undefined;
  let copiedUpTo = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (hasTraditional(text, lineStart, lineEnd, changes)) {
      const line = text.slice(lineStart, lineEnd);
      let out = convert(line);
      if (out.length !== line.length) out = convertPerChar(line, single);
      pieces ??= [];
      pieces.push(text.slice(copiedUpTo, lineStart), out);
      copiedUpTo = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  if (!pieces) return text;
  pieces.push(text.slice(copiedUpTo));
  return pieces.join('');
}
