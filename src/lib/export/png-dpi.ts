/**
 * Writes a PNG's physical resolution (its pHYs chunk). Word, WPS and PowerPoint insert a picture at
 * pixels ÷ dpi: without the chunk they assume 96 dpi and a 1,890-pixel chart lands 50 cm wide, shrunk to the
 * page with the text anyone's guess; with 300 dpi it lands at the 16 cm it was drawn for.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SIGNATURE_AND_IHDR = 8 + 4 + 4 + 13 + 4;

/** The same PNG with a pHYs chunk after its header (any pHYs it had is left for readers to ignore: browsers write none). */
export function pngWithDpi(png: Uint8Array, dpi: number): Uint8Array {
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(4 + 4 + 9 + 4);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, SIGNATURE_AND_IHDR), 0);
  out.set(chunk, SIGNATURE_AND_IHDR);
  out.set(png.subarray(SIGNATURE_AND_IHDR), SIGNATURE_AND_IHDR + chunk.length);
  return out;
}

/** Pixels per inch a PNG states, or null when it states none (for tests and checks). */
export function pngDpi(png: Uint8Array): number | null {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'pHYs' && png[at + 16] === 1) return Math.round(view.getUint32(at + 8) * 0.0254);
    if (type === 'IDAT') return null;
    at += 12 + length;
  }
  return null;
}
