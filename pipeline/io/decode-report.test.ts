import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { decodeReport } from './decode-report';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)));

describe('decodeReport', () => {
  it('detects GB18030 and decodes it to the same text as the UTF-8 original', () => {
    const decoded = decodeReport(fixture('./fixtures/003-gb18030.txt'));
    expect(decoded).toMatchObject({ ok: true, encoding: 'gb18030' });
    expect(decoded.ok && decoded.text).toBe(fixture('../../data/reports/003_369531108c682d94.txt').toString('utf8'));
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 with one', () => {
    expect(decodeReport(Buffer.from('\uFEFF拉萨市\r\n', 'utf8'))).toEqual({
      ok: true,
      text: '拉萨市\n',
      encoding: 'utf-8',
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('拉萨市', 'utf16le')]);
    expect(decodeReport(utf16)).toEqual({ ok: true, text: '拉萨市', encoding: 'utf-16' });
  });

  it('rejects bytes that are neither UTF-8, GB18030 nor Big5', () => {
    expect(decodeReport(Buffer.from([0xe6, 0x8b, 0x89, 0xff, 0xff, 0xff]))).toEqual({
      ok: false,
      reason: 'neither UTF-8, GB18030 nor Big5 text',
    });
  });

  describe('Big5 and UTF-16 without a byte-order mark, detected from the bytes', () => {
    // A Hong Kong copy of seed 004: Traditional characters, saved as Big5-HKSCS as such pages often are.
    const seed = fixture('../../../shared/seeds/004_13c419424a7d791f.txt').toString('utf8');
    const traditional = OpenCC.Converter({ from: 'cn', to: 'hk' })(seed);

    it.each(['big5', 'big5hkscs'])('reads %s (which also decodes, wrongly, as GB18030)', (encoding) => {
      const bytes = iconv.encode(traditional, encoding);
      const decoded = decodeReport(bytes, { big5Decoder: (b) => iconv.decode(Buffer.from(b), 'big5hkscs') });
      expect(decoded).toMatchObject({ ok: true, encoding: 'big5' });
      expect(decoded.ok && decoded.text).toBe(iconv.decode(bytes, encoding));
      expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toBe(iconv.decode(bytes, encoding));
    });

    it('still reads a GBK copy of the same report as GB18030', () => {
      expect(decodeReport(iconv.encode(seed, 'gbk'))).toEqual({ ok: true, text: seed, encoding: 'gb18030' });
    });

    it.each(['utf-16le', 'utf-16be'] as const)('reads %s without a BOM', (encoding) => {
      const bytes = iconv.encode(seed, encoding, { addBOM: false });
      expect(bytes[0]).not.toBe(0xfe);
      expect(decodeReport(bytes)).toEqual({ ok: true, text: seed, encoding });
    });

    it('still calls bytes with NULs on both sides of the 16-bit units binary', () => {
      // UTF-16 text followed by a zeroed block, as a disk image or a truncated download has.
      const bytes = Buffer.concat([iconv.encode(seed, 'utf-16le'), Buffer.alloc(seed.length)]);
      expect(decodeReport(bytes)).toEqual({ ok: false, reason: 'binary file (contains NUL bytes)' });
    });
  });
});
