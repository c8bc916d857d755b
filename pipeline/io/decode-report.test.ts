import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeReport(Buffer.from([0xe6, 0x8b, 0x89, 0xff, 0xff, 0xff]))).toEqual({
      ok: false,
      reason: 'neither UTF-8 nor GB18030 text',
    });
  });
});
