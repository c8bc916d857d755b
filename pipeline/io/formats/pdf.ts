import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** A PDF that cannot be read, with the reason to show beside the file's name. */
export class PdfError extends Error {}

interface Line {
  text: string;
  left: number;
  right: number;
  size: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js without a worker thread, in Node and in a browser worker alike: its worker module is loaded here
 * and handed over as globalThis.pdfjsWorker, which pdf.js then runs on the calling thread.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** Sentence-final punctuation: a line that ends with it ends its paragraph, however long it is. */
const PARAGRAPH_END = /[。！？!?：:；;"”」』）)]$/;

/** The text items of one page as lines, top to bottom, with where each line starts and ends. */
function pageLines(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    // pdf.js types the transform as any[]: [scaleX, skewY, skewX, scaleY, x, y].
    const transform = item.transform as number[];
    const x = transform[4] ?? 0;
    const size = Math.abs(transform[0] ?? 0) || item.height;
    if (!current) current = { text: '', left: x, right: x, size };
    current.text += item.str;
    if (item.str.trim()) current.right = Math.max(current.right, x + item.width);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((l) => l.text.trim());
}

/**
 * Rejoins the lines a PDF wrapped: a line that runs to the right edge of the page's text, ends without
 * sentence-final punctuation and is followed by one starting at the left edge continues into it (Chinese
 * needs no space at the join). A PDF has no paragraphs, only positioned lines; this is the usual reading.
 */
function paragraphs(lines: readonly Line[]): string[] {
  if (lines.length === 0) return [];
  const right = Math.max(...lines.map((l) => l.right));
  const left = Math.min(...lines.map((l) => l.left));
  const out: string[] = [];
  let paragraph = '';
  lines.forEach((line, i) => {
    paragraph += line.text.trim();
    const next = lines[i + 1];
    const wraps =
      next !== undefined &&
      line.right >= right - 1.5 * line.size &&
      Math.abs(next.left - left) < line.size / 2 &&
      !PARAGRAPH_END.test(paragraph);
    if (!wraps) {
      out.push(paragraph);
      paragraph = '';
    }
  });
  return out;
}

/** The text layer of a PDF, a line per paragraph; throws PdfError for an encrypted or text-less (scanned) file. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfJs();
  let doc;
  try {
    // A plain copy: pdf.js detaches the buffer it is given, and refuses a Node Buffer.
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    if ((e as Error).name === 'PasswordException')
      throw new PdfError('encrypted PDF (needs a password); save it without protection');
    throw new PdfError(`unreadable PDF (${(e as Error).message})`);
  }
  try {
    const out: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is TextItem => 'str' in i);
      out.push(...paragraphs(pageLines(items)));
    }
    if (out.join('').trim() === '') throw new PdfError('no text layer (a scanned PDF?); OCR is not supported');
    return `${out.join('\n')}\n`;
  } finally {
    await doc.destroy();
  }
}
