/**
 * Encoding detection for report bytes that are not UTF-8. Pure (TextDecoder and byte arithmetic only), so the
 * same rules can run in a browser worker.
 */

export type LegacyCjkEncoding = 'gb18030' | 'big5';

/**
 * Share of a decoding's multi-byte characters that fall in the block its own standard reserves for frequent
 * characters and punctuation: GB2312 level 1 and symbols (lead A1–A9, B0–D7; trail A1–FE) for GB18030, Big5's
 * 常用字 and symbols (A140–C67E) for Big5. Real text in either encoding scores ~0.9+, since news prose is
 * mostly common characters; the other encoding's bytes read through the wrong table land all over it (kana,
 * GBK extensions, Big5's 次常用字 block) and score far lower. Computed on bytes, so no frequency table is needed.
 */
export function frequentShare(bytes: Uint8Array, encoding: LegacyCjkEncoding): number {
  let multi = 0;
  let frequent = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    if (encoding === 'gb18030' && trail >= 0x30 && trail <= 0x39) {
      // A four-byte GB18030 sequence: characters outside GBK, rare in Chinese prose.
      multi++;
      i += 3;
      continue;
    }
    multi++;
    i++;
    if (encoding === 'gb18030') {
      if (((lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xd7)) && trail >= 0xa1) frequent++;
    } else {
      const code = (lead << 8) | trail;
      if (code >= 0xa140 && code <= 0xc67e) frequent++;
    }
  }
  return multi === 0 ? 1 : frequent / multi;
}

const decoders: Record<LegacyCjkEncoding, TextDecoder> = {
  gb18030: new TextDecoder('gb18030', { fatal: true }),
  // WHATWG's big5 is Big5-HKSCS: Hong Kong's supplementary characters decode too.
  big5: new TextDecoder('big5', { fatal: true }),
};

function tryDecode(bytes: Uint8Array, encoding: LegacyCjkEncoding): string | null {
  try {
    return decoders[encoding].decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes Big5 bytes already known to be valid. Browsers' TextDecoder follows WHATWG, whose big5 is Big5-HKSCS;
 * Node's ICU decodes the Hong Kong supplement to private-use code points, so Node code passes a full decoder.
 */
export type Big5Decoder = (bytes: Uint8Array) => string;

/**
 * Decodes non-UTF-8 bytes as GB18030 or Big5, whichever decodes without error and reads as more plausible text
 * (frequentShare). Almost any Big5 file also decodes as GB18030 (its byte ranges overlap), so a successful
 * decoding alone decides nothing. Ties go to GB18030: this project's reports are mostly mainland pages.
 */
export function decodeLegacyCjk(
  bytes: Uint8Array,
  big5Decoder?: Big5Decoder,
): { text: string; encoding: LegacyCjkEncoding } | null {
  const gb = tryDecode(bytes, 'gb18030');
  const big5 = tryDecode(bytes, 'big5');
  if (gb !== null && (big5 === null || frequentShare(bytes, 'gb18030') >= frequentShare(bytes, 'big5'))) {
    return { text: gb, encoding: 'gb18030' };
  }
  return big5 === null ? null : { text: big5Decoder?.(bytes) ?? big5, encoding: 'big5' };
}

/** Least share of the 16-bit units whose high byte is NUL (ASCII: digits, line ends) for UTF-16 without a BOM. */
const MIN_UTF16_NUL_SHARE = 0.05;
/**
 * Most NUL bytes in the other half of the units, relative to the first: a Chinese character whose code ends in
 * 00 (一 is U+4E00) puts one there, about one character in 256; a binary file puts about as many on each side.
 */
const MAX_UTF16_NUL_IMBALANCE = 1 / 8;

/**
 * UTF-16 without a byte-order mark, where the bytes show it: an even length, NUL bytes (the high half of every
 * ASCII character) nearly all in the same half of the 16-bit units, and a decoding without unpaired surrogates.
 * Null where the bytes are not such text.
 */
export function decodeUtf16WithoutBom(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const [high, low] = odd > even ? [odd, even] : [even, odd];
  if (high / (bytes.length / 2) < MIN_UTF16_NUL_SHARE || low > high * MAX_UTF16_NUL_IMBALANCE) return null;
  const encoding = odd > even ? 'utf-16le' : 'utf-16be';
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return null;
  }
}
