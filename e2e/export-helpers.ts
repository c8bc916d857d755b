import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { PAGE_LAYOUT, type ExportLayout } from '@/lib/export/chart-image';
import { rowCount } from './table-helpers';

/** Opens the dashboard and waits until the charts are drawn. */
export async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('figure').first().locator('canvas').first()).toBeVisible({ timeout: 20_000 });
}

export async function chartFigures(page: Page): Promise<Locator[]> {
  return page
    .getByRole('figure')
    .filter({ has: page.getByRole('button', { name: /^(导出PNG|Export PNG)$/ }) })
    .all();
}

export async function saveDownload(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  // Playwright's own file for this one download. A shared path named after suggestedFilename() let two
  // workers (or two checkouts) exporting the same table overwrite each other's file between save and read.
  return { download, bytes: await readFile(await download.path()) };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngFacts {
  width: number;
  height: number;
  translucentPixels: number;
  distinctColours: number;
}

export function pngFacts(bytes: Buffer): { png: PNG; facts: PngFacts } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const png = PNG.sync.read(bytes);
  let translucentPixels = 0;
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3]! < 255) translucentPixels++;
    // Sampling every 7th pixel is plenty to tell a picture from a flat fill.
    if (i % 28 === 0) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  }
  return { png, facts: { width: png.width, height: png.height, translucentPixels, distinctColours: colours.size } };
}

/** Dark pixels per column within a rectangle: the "ink profile" of a line of text. */
export function inkProfile(
  data: Uint8Array | Uint8ClampedArray,
  imageWidth: number,
  rect: { x: number; y: number; width: number; height: number },
): number[] {
  const profile = new Array<number>(rect.width).fill(0);
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    for (let x = rect.x; x < rect.x + rect.width; x++) {
      const i = (y * imageWidth + x) * 4;
      const luminance = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      if (luminance < 128) profile[x - rect.x]!++;
    }
  }
  return profile;
}

function correlation(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i]! - ma;
    const y = b[i]! - mb;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db);
}

/** Best correlation of two profiles over small horizontal shifts (anti-aliasing moves edges by a pixel or two). */
export function profileMatch(a: readonly number[], b: readonly number[], maxShift = 8): number {
  let best = -1;
  for (let s = -maxShift; s <= maxShift; s++) {
    const shifted = s >= 0 ? a.slice(s) : new Array<number>(-s).fill(0).concat(a);
    best = Math.max(best, correlation(shifted, b));
  }
  return best;
}

/**
 * Draws `text` in the page on a white canvas, the way the exporter draws a title, and returns its ink
 * profile (see inkProfile): the reference a rendered title is compared with.
 */
export async function referenceInk(
  page: Page,
  opts: { text: string; font: string; width: number; height: number; x: number },
): Promise<number[]> {
  return page.evaluate(async ({ text, font, width, height, x }) => {
    await document.fonts.load(font, text);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#111';
    ctx.font = font;
    ctx.textBaseline = 'middle';
    ctx.fillText(text, x, height / 2);
    const data = ctx.getImageData(0, 0, width, height).data;
    const profile = new Array<number>(width).fill(0);
    for (let y = 0; y < height; y++)
      for (let col = 0; col < width; col++) {
        const i = (y * width + col) * 4;
        if (0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]! < 128) profile[col]!++;
      }
    return profile;
  }, opts);
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Rows the figures grid says it holds, once a deferred search has settled (rowCount, by the grid's name). */
export async function gridRowCount(page: Page, name: RegExp): Promise<number> {
  return rowCount(page.getByRole('grid', { name }));
}

/** The figure's accessible name: the chart's visible title (ui-contract). */
export async function figureTitle(figure: Locator): Promise<string> {
  const name = await figure.evaluate((el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids)
      return ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    return el.getAttribute('aria-label') ?? el.querySelector('figcaption')?.textContent ?? '';
  });
  return name.trim();
}

/**
 * Compares the title line of an exported PNG with the same text drawn in the page with the bundled font:
 * the same glyphs give the same column-by-column ink, boxes or a blank title do not.
 */
export async function titleMatch(
  page: Page,
  png: { width: number; data: Buffer },
  title: string,
  font: string,
  layout: ExportLayout = PAGE_LAYOUT,
) {
  const ratio = png.width / layout.width;
  const band = {
    x: 0,
    y: Math.round(layout.title.top * ratio),
    width: Math.round(png.width * 0.9),
    height: Math.round(layout.title.line * ratio),
  };
  const ink = inkProfile(png.data, png.width, band);
  const refInk = await referenceInk(page, {
    text: title,
    font: `bold ${layout.title.size * ratio}px ${font}`,
    width: band.width,
    height: band.height,
    x: Math.round(layout.pad * ratio),
  });
  return { match: profileMatch(ink, refInk), inkPixels: ink.reduce((a, b) => a + b, 0) };
}

/**
 * Height in pixels of the ink of the image's lowest line of text (the source line, its smallest type):
 * from the bottom, the first band of rows with dark pixels in the left half.
 */
export function lowestLineInkHeight(png: { width: number; height: number; data: Buffer }): number {
  const dark = (y: number) => {
    for (let x = 0; x < png.width / 2; x++) {
      const i = (y * png.width + x) * 4;
      if (0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]! < 160) return true;
    }
    return false;
  };
  let y = png.height - 1;
  while (y > 0 && !dark(y)) y--;
  const bottom = y;
  while (y > 0 && dark(y)) y--;
  return bottom - y;
}

/** Pixels per inch a PNG states in its pHYs chunk, or null. */
export function statedDpi(bytes: Buffer): number | null {
  const at = bytes.indexOf('pHYs', 8, 'latin1');
  if (at < 0 || bytes[at + 12] !== 1) return null;
  return Math.round(bytes.readUInt32BE(at + 4) * 0.0254);
}
