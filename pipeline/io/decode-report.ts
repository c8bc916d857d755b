export type Decoded =
  { ok: true; text: string; encoding: 'utf-8' | 'gb18030' | 'utf-16' } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

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

function decodeBytes(bytes: Uint8Array): Decoded {
  if (hasBom(bytes, 0xff, 0xfe) || hasBom(bytes, 0xfe, 0xff)) {
    return {
      ok: true,
      text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes),
      encoding: 'utf-16',
    };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Chinese sites and Windows tools save GBK/GB18030, of which GB18030 is the superset.
  }
  try {
    return { ok: true, text: gb18030.decode(bytes), encoding: 'gb18030' };
  } catch {
    return { ok: false, reason: 'neither UTF-8 nor GB18030 text' };
  }
}

/**
 * Turns a report file's bytes into its stored text: UTF-8 (with or without BOM), GB18030/GBK, or UTF-16
 * with a BOM, line endings as \n. Rejects empty, whitespace-only and binary files with the reason.
 */
export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) return { ok: false, reason: 'no text (whitespace only)' };
  const share = controlShare(text);
  if (share > MAX_CONTROL_SHARE) {
    return { ok: false, reason: `binary file (${(share * 100).toFixed(0)}% control characters)` };
  }
  return { ...decoded, text };
}
