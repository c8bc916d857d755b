import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../build-dataset';
import { runExtract } from '../run-extract';
import { PipelineError } from '../pipeline-error';
import { decodeDocument } from './decode-document';
import {
  CJK_FONT,
  encodeGb18030,
  makeDocx,
  makeHtml,
  makePdf,
  makePng,
  makeScannedPdf,
} from './fixtures/make-documents';

const original = readFileSync(fileURLToPath(new URL('./fixtures/formats-report.txt', import.meta.url)), 'utf8');
const lines = original.trimEnd().split('\n');

/** The dataset of one report under a fixed file name, so ids match across formats. */
function extracted(text: string) {
  const { dataset } = buildDataset({ reports: [{ file: 'report', text, encoding: 'utf-8' }] });
  return { report: dataset.reports[0], figures: dataset.figures };
}

async function decodedText(name: string, bytes: Uint8Array): Promise<string> {
  const decoded = await decodeDocument(name, bytes);
  if (!decoded.ok) throw new Error(`${name}: ${decoded.reason}`);
  return decoded.text;
}

describe('each format gives the text, offsets and figures of the same report as .txt', () => {
  const fromTxt = extracted(original);

  it('has figures to compare (the fixture is a real test)', () => {
    expect(fromTxt.figures.length).toBeGreaterThan(8);
    expect(fromTxt.report?.regionCode).toBe('330122');
  });

  it('a Word .docx, paragraphs and table cells as lines', async () => {
    const text = await decodedText('brief.docx', await makeDocx(lines, 2));
    expect(text).toBe(original);
    expect(extracted(text)).toEqual(fromTxt);
  });

  it('a PDF with a text layer, wrapped lines joined again', async () => {
    expect(existsSync(CJK_FONT)).toBe(true);
    const text = await decodedText('notice.pdf', await makePdf(lines));
    expect(text).toBe(original);
    expect(extracted(text)).toEqual(fromTxt);
  });

  it('a saved GBK web page with its navigation, scripts and styles, by its meta charset', async () => {
    const text = await decodedText('page.htm', encodeGb18030(makeHtml(lines, 'gb2312')));
    expect(text).toBe(original);
    expect(extracted(text)).toEqual(fromTxt);
  });

  it('a UTF-8 web page, whatever the file is named', async () => {
    const decoded = await decodeDocument('page.html', new TextEncoder().encode(makeHtml(lines, 'utf-8')));
    expect(decoded).toEqual({ ok: true, text: original, format: 'html', encoding: 'utf-8' });
  });
});

describe('files that are not readable reports fail naming the file, and leave the output untouched', () => {
  let work: string;
  let input: string;
  let output: string;
  const OLD = '{"old":true}\n';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'formats-test-'));
    input = join(work, 'reports');
    output = join(work, 'out', 'figures.json');
    mkdirSync(input);
    mkdirSync(join(work, 'out'));
    writeFileSync(output, OLD);
    writeFileSync(join(input, 'good.txt'), original);
    writeFileSync(join(input, 'scan.pdf'), await makeScannedPdf());
    writeFileSync(join(input, 'locked.pdf'), await makePdf(lines.slice(0, 3), { userPassword: 'secret' }));
    // The first bytes of an OLE compound file, as Word 97-2003 writes, and one holding an encrypted .docx.
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)];
    writeFileSync(join(input, 'old.doc'), Uint8Array.from(ole));
    const encryptedName = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
    writeFileSync(join(input, 'locked.docx'), Uint8Array.from([...ole, ...encryptedName, 0, 0]));
    writeFileSync(join(input, 'photo.png'), makePng());
    writeFileSync(join(input, 'photo.jpg'), Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]));
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('names each with its reason', async () => {
    const problems = await runExtract({ input, output, corrections: null }).then(
      () => [],
      (e: unknown) => (e instanceof PipelineError ? e.problems : [String(e)]),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^locked\.docx: encrypted Office document/),
      expect.stringMatching(/^locked\.pdf: encrypted PDF/),
      expect.stringMatching(/^old\.doc: Word 97-2003 \.doc .*not supported/),
      expect.stringMatching(/^photo\.jpg: image file \(JPEG\); OCR is not supported/),
      expect.stringMatching(/^photo\.png: image file \(PNG\); OCR is not supported/),
      'scan.pdf: no text layer (a scanned PDF?); OCR is not supported',
    ]);
    expect(readFileSync(output, 'utf8')).toBe(OLD);
    expect(readdirSync(join(work, 'out'))).toEqual(['figures.json']);
  });
});
