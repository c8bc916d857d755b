import { type Big5Decoder, decodeLegacyCjk, decodeUtf16WithoutBom } from './detect-encoding';

export type Encoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16' | 'utf-16le' | 'utf-16be';
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Share of control characters above which a "text" is really a binary file decoded by accident. */
const MAX_CONTROL_SHARE = 0.01;

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((b, i) => bytes[i] === b);
}

function controlShare(text: string): number {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) control++;
  }
  return control / text.length;
}

function decodeBytes(bytes: Uint8Array, big5Decoder?: Big5Decoder): Decoded {
  if (hasBom(bytes, 0xff, 0xfe) || hasBom(bytes, 0xfe, 0xff)) {
    return {
      ok: true,
      text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes),
      encoding: 'utf-16',
    };
  }
  if (bytes.includes(0)) {
    // Windows tools save "Unicode" text as UTF-16, sometimes without a byte-order mark.
    const utf16 = decodeUtf16WithoutBom(bytes);
    return utf16 ? { ok: true, ...utf16 } : { ok: false, reason: 'binary file (contains NUL bytes)' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: mainland sites and Windows tools save GBK/GB18030, Hong Kong and Taiwan ones Big5.
  }
  const legacy = decodeLegacyCjk(bytes, big5Decoder);
  return legacy ? { ok: true, ...legacy } : { ok: false, reason: 'neither UTF-8, GB18030 nor Big5 text' };
}

/**
 * Turns a report file's bytes into its stored text: UTF-8 (with or without BOM), GB18030/GBK, Big5(-HKSCS), or
 * UTF-16 (with a BOM, or without one where the bytes show it: detect-encoding.ts), line endings as \n.
 * Rejects empty, whitespace-only and binary files with the reason.
 */
export function decodeReport(bytes: Uint8Array, options: { big5Decoder?: Big5Decoder } = {}): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const decoded = decodeBytes(bytes, options.big5Decoder);
  if (!decoded.ok) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) return { ok: false, reason: 'no text (whitespace only)' };
  const share = controlShare(text);
  if (share > MAX_CONTROL_SHARE) {
    return { ok: false, reason: `binary file (${(share * 100).toFixed(0)}% control characters)` };
  }
  return { ...decoded, text };
}
