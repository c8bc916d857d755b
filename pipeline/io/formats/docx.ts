import { htmlToText } from './html';

/**
 * The text of a Word .docx: mammoth (which has a browser build) turns the document into HTML, whose
 * paragraphs, headings and table cells become lines as in a saved web page.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer` (any Uint8Array does), its browser build `arrayBuffer`.
  const input = { buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
  const { value } = await mammoth.convertToHtml(input);
  return htmlToText(value);
}
