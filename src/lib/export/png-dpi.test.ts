import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pngDpi, pngWithDpi } from '@/lib/export/png-dpi';

describe('pngWithDpi', () => {
  it('states the resolution and stays a valid PNG with the same pixels', () => {
    const image = new PNG({ width: 3, height: 2 });
    image.data.fill(200);
    const plain = new Uint8Array(PNG.sync.write(image));
    expect(pngDpi(plain)).toBeNull();
    const marked = pngWithDpi(plain, 300);
    expect(pngDpi(marked)).toBe(300);
    // pngjs checks every chunk's CRC while reading.
    const back = PNG.sync.read(Buffer.from(marked));
    expect([back.width, back.height]).toEqual([3, 2]);
    expect(Buffer.from(back.data).equals(Buffer.from(image.data))).toBe(true);
  });
});
