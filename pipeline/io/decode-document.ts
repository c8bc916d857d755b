import { type Decoded, decodeReport } from './decode-report';
import type { Big5Decoder } from './detect-encoding';
import { declaredCharset, htmlToText } from './formats/html';
import { docxToText } from './formats/docx';
import { PdfError, pdfToText } from './formats/pdf';

/** Passed on to decodeReport: Node gives a full Big5-HKSCS table (iconv-lite), a browser its own decoder. */
export interface DecodeOptions {
  big5Decoder?: Big5Decoder;
}

export type DocumentFormat = 'text' | 'html' | 'docx' | 'pdf';

export type DecodedDocument =
  { ok: true; text: string; format: DocumentFormat; encoding: string } | { ok: false; reason: string };

/** File names the input folder reads: reports, and files that look like reports but cannot be read (named, not skipped). */
export const DOCUMENT_EXTENSIONS = /\.(?:txt|html?|docx|pdf|doc|rtf|png|jpe?g|gif|bmp|tiff?|webp)$/i;

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

const IMAGES: readonly [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', ascii('GIF8')],
  ['BMP', ascii('BM')],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
];

/** Whether `bytes` hold `needle` as UTF-16LE (names of streams inside an OLE compound file). */
function hasUtf16Name(bytes: Uint8Array, needle: string): boolean {
  const pattern = Uint8Array.from(Array.from(needle).flatMap((c) => [c.charCodeAt(0), 0]));
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** What a file is, by its first bytes first (a renamed file is what it holds), then by its name. */
function sniff(name: string, bytes: Uint8Array): DocumentFormat | { reason: string } {
  if (startsWith(bytes, ...ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    return /\.docx$/i.test(name) || new TextDecoder('latin1').decode(bytes).includes('word/document.xml')
      ? 'docx'
      : { reason: 'a ZIP archive that is not a Word .docx document' };
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    // Office wraps a password-protected .docx in the same compound-file format as Word 97's .doc.
    return hasUtf16Name(bytes, 'EncryptedPackage')
      ? { reason: 'encrypted Office document (needs a password); save it without protection' }
      : { reason: 'Word 97-2003 .doc (or other old Office file) is not supported; save it as .docx' };
  }
  if (startsWith(bytes, ...ascii('{\\rtf'))) return { reason: 'RTF is not supported; save it as .docx' };
  const image = IMAGES.find(([, magic]) => startsWith(bytes, ...magic));
  if (image || (startsWith(bytes, ...ascii('RIFF')) && ascii('WEBP').every((b, i) => bytes[8 + i] === b))) {
    return { reason: `image file (${image?.[0] ?? 'WebP'}); OCR is not supported, save the article's text` };
  }
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.(?:docx|pdf|doc|png|jpe?g|gif|bmp|tiff?|webp|rtf)$/i.test(name)) {
    return {
      reason: `not a ${name.slice(name.lastIndexOf('.') + 1).toLowerCase()} file (its content is something else)`,
    };
  }
  return 'text';
}

function decodeHtml(bytes: Uint8Array, options: DecodeOptions): DecodedDocument {
  const charset = declaredCharset(bytes);
  let raw: Decoded | { ok: true; text: string; encoding: string };
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      raw = { ok: true, text: new TextDecoder(charset).decode(bytes), encoding: charset };
    } catch {
      raw = decodeReport(bytes, options);
    }
  } else raw = decodeReport(bytes, options);
  if (!raw.ok) return raw;
  const text = htmlToText(raw.text);
  if (!text.trim()) return { ok: false, reason: 'no article text in the page' };
  return { ok: true, text, format: 'html', encoding: raw.encoding };
}

/**
 * One report file's bytes to its stored text, whatever its format: plain text (UTF-8, GB18030, UTF-16 by
 * decodeReport), a saved web page, a Word .docx or a PDF with a text layer. Everything else, and a file that
 * cannot be read, gives the reason. No Node APIs: the intake page runs this in a browser worker.
 */
export async function decodeDocument(
  name: string,
  bytes: Uint8Array,
  options: DecodeOptions = {},
): Promise<DecodedDocument> {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const format = sniff(name, bytes);
  if (typeof format !== 'string') return { ok: false, ...format };
  if (format === 'text') {
    const decoded = decodeReport(bytes, options);
    return decoded.ok ? { ...decoded, format } : decoded;
  }
  if (format === 'html') return decodeHtml(bytes, options);
  try {
    const text = format === 'docx' ? await docxToText(bytes) : await pdfToText(bytes);
    if (!text.trim()) return { ok: false, reason: `no text in the ${format} document` };
    return { ok: true, text, format, encoding: format };
  } catch (e) {
    if (e instanceof PdfError) return { ok: false, reason: e.message };
    return { ok: false, reason: `unreadable ${format} document (${(e as Error).message})` };
  }
}
