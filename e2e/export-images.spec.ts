import { expect, test } from './fixtures';
import { EXPORT_FONT_FAMILY, PAGE_LAYOUT, SLIDE_LAYOUT } from '@/lib/export/chart-image';
import {
  chartFigures,
  figureTitle,
  lowestLineInkHeight,
  openDashboard,
  pngFacts,
  saveDownload,
  statedDpi,
  titleMatch,
} from './export-helpers';
import { readDataset } from './table-helpers';

const LABELS = {
  zh: { png: '导出PNG', svg: '导出SVG', copy: '复制图片', copied: /已复制/, size: '图片尺寸' },
  en: { png: 'Export PNG', svg: 'Export SVG', copy: 'Copy image', copied: /copied/i, size: 'Image size' },
} as const;

for (const lang of ['zh', 'en'] as const) {
  test(`every chart exports a PNG for a Word page: twice its on-screen size, 16 cm at 300 dpi, 9pt text, titled (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const dataset = await readDataset(page);
    await openDashboard(page, lang === 'en' ? '?lang=en' : '');
    const figures = await chartFigures(page);
    expect(figures.length).toBeGreaterThanOrEqual(3);
    for (const figure of figures) {
      const title = await figureTitle(figure);
      expect(title).not.toBe('');
      const box = await figure.locator('canvas').first().boundingBox();
      expect(box).not.toBeNull();
      const { download, bytes } = await saveDownload(page, () =>
        figure.getByRole('button', { name: LABELS[lang].png, exact: true }).click(),
      );

      const name = download.suggestedFilename();
      expect(name.endsWith(`_${dataset.asOf ?? ''}.png`)).toBe(true);
      if (lang === 'en') expect(name).toMatch(/^[\x20-\x7e]+$/);
      else expect(name).toMatch(/[\u4e00-\u9fff]/);

      const { png, facts } = pngFacts(bytes);
      expect(facts.width).toBeGreaterThanOrEqual(2 * box!.width);
      expect(facts.height).toBeGreaterThanOrEqual(2 * box!.height);
      expect(facts.width / facts.height).toBeCloseTo(PAGE_LAYOUT.width / PAGE_LAYOUT.height, 1);
      // The size it states is the page's width: Word inserts it 16 cm wide, at 300 dpi or more.
      const dpi = statedDpi(bytes)!;
      expect(dpi).toBeGreaterThanOrEqual(300);
      const widthCm = (facts.width / dpi) * 2.54;
      expect(widthCm).toBeCloseTo(16, 0);
      // Its smallest text (the source line) at that width: a CJK or capital-height line of 9pt type is
      // at least 0.7 em of ink (9pt × 0.7 ≈ 6.3pt); 17px text on the old 1,600px slide gave 2.9pt.
      const inkPt = (lowestLineInkHeight(png) / dpi) * 72;
      expect(inkPt).toBeGreaterThanOrEqual(9 * 0.7);
      expect(facts.translucentPixels).toBe(0);
      expect(facts.distinctColours).toBeGreaterThan(16);
      // Corners are the white page whatever the on-screen theme.
      expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);

      const { match, inkPixels } = await titleMatch(page, png, title, EXPORT_FONT_FAMILY);
      test.info().annotations.push({
        type: name,
        description: `${facts.width}×${facts.height} px at ${dpi} dpi = ${widthCm.toFixed(1)} cm (on screen ${Math.round(box!.width)}×${Math.round(box!.height)}), source line ink ${inkPt.toFixed(1)}pt, title match ${match.toFixed(3)}`,
      });
      expect(inkPixels, `ink of the title "${title}"`).toBeGreaterThan(200);
      expect(match, `title "${title}" drawn as the bundled font draws it`).toBeGreaterThan(0.85);
    }
  });
}

test('dark theme on screen still exports on white', async ({ page }) => {
  await openDashboard(page);
  // Required, not "if present": a test that quietly skipped the switch would prove nothing.
  const theme = page.getByRole('button', { name: /深色|dark/i });
  await theme.click();
  await expect(theme).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const figure = (await chartFigures(page))[0]!;
  const { bytes } = await saveDownload(page, () =>
    figure.getByRole('button', { name: '导出PNG', exact: true }).click(),
  );
  const { png, facts } = pngFacts(bytes);
  expect(facts.translucentPixels).toBe(0);
  let white = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! > 250 && png.data[i + 1]! > 250) white++;
  expect(white / (png.width * png.height)).toBeGreaterThan(0.6);
});

for (const lang of ['zh', 'en'] as const) {
  test(`every chart exports an SVG with its title, filters and source (${lang})`, async ({ page }) => {
    test.setTimeout(60_000);
    await openDashboard(page, lang === 'en' ? '?lang=en' : '');
    for (const figure of await chartFigures(page)) {
      const title = await figureTitle(figure);
      const { download, bytes } = await saveDownload(page, () =>
        figure.getByRole('button', { name: LABELS[lang].svg, exact: true }).click(),
      );
      expect(download.suggestedFilename()).toMatch(/_\d{4}-\d{2}-\d{2}\.svg$/);
      const svg = bytes.toString('utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: root.nodeName,
          width: root.getAttribute('width'),
          text: root.textContent,
          // The browser's reading of each style (ECharts writes font-family, or the font shorthand).
          families: [...root.querySelectorAll('text')].map((t) =>
            t.style.fontFamily
              .split(',')
              .map((f) => f.trim().replace(/^["']|["']$/g, ''))
              .join(', '),
          ),
        };
      }, svg);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(Number(parsed.width)).toBe(PAGE_LAYOUT.width);
      expect(parsed.text).toContain(title);
      expect(parsed.text).toContain(lang === 'zh' ? '数据来源' : 'Source:');
      expect(parsed.text).toContain(lang === 'zh' ? '城市' : 'Cities');
      // Word and WPS pick from this list on the reader's machine: every text element carries all of it.
      expect(parsed.families.length).toBeGreaterThan(3);
      expect(new Set(parsed.families)).toEqual(new Set([EXPORT_FONT_FAMILY.replaceAll("'", '')]));
    }
  });
}

test('Copy image puts a PNG of the chart on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page);
  const figure = (await chartFigures(page))[0]!;
  await figure.getByRole('button', { name: LABELS.zh.copy, exact: true }).click();
  await expect(figure.getByRole('status')).toHaveText(LABELS.zh.copied, { timeout: 20_000 });
  const header = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const item = items.find((i) => i.types.includes('image/png'));
    if (!item) return null;
    const bytes = new Uint8Array(await (await item.getType('image/png')).arrayBuffer());
    const view = new DataView(bytes.buffer);
    return { signature: Array.from(bytes.slice(0, 8)), width: view.getUint32(16), height: view.getUint32(20) };
  });
  expect(header).not.toBeNull();
  expect(header!.signature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(header!.width).toBeGreaterThanOrEqual((PAGE_LAYOUT.width * PAGE_LAYOUT.dpi) / PAGE_LAYOUT.pxPerInch);
});

test('a slide-sized (16:9) PNG is a choice, its title drawn at the slide layout', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const figure = (await chartFigures(page))[0]!;
  const title = await figureTitle(figure);
  await figure.getByRole('combobox', { name: LABELS.en.size }).selectOption('slide');
  const { bytes } = await saveDownload(page, () =>
    figure.getByRole('button', { name: LABELS.en.png, exact: true }).click(),
  );
  const { png, facts } = pngFacts(bytes);
  expect(facts.width / facts.height).toBeCloseTo(16 / 9, 2);
  expect(facts.width).toBeGreaterThanOrEqual(2 * SLIDE_LAYOUT.width);
  const { match } = await titleMatch(page, png, title, EXPORT_FONT_FAMILY, SLIDE_LAYOUT);
  expect(match).toBeGreaterThan(0.85);
});

test('the time chart’s image keeps its note on the figures it cannot place', async ({ page }) => {
  await openDashboard(page);
  const figure = page.locator('figure[data-chart=timeline]');
  const note = (await figure.locator('.chart-note').innerText()).replace(/\s+/g, '');
  expect(note).toMatch(/未注明日期|undated|未显示/);
  const { bytes } = await saveDownload(page, () =>
    figure.getByRole('button', { name: LABELS.zh.svg, exact: true }).click(),
  );
  const text = await page.evaluate(
    (svg) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.textContent,
    bytes.toString('utf8'),
  );
  expect(text.replace(/\s+/g, '')).toContain(note);
});

test('on a plain-http address Copy image opens the image selected for Ctrl+C, and says why', async ({ page }) => {
  // 127.0.0.1 is a secure context; an intranet http://10.x address is not.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
  });
  await openDashboard(page);
  const figure = (await chartFigures(page))[0]!;
  const title = await figureTitle(figure);
  await figure.getByRole('button', { name: LABELS.zh.copy, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '复制图片' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByText(/Ctrl\+C/)).toBeVisible();
  const img = dialog.getByRole('img', { name: title });
  await expect(img).toBeVisible();
  // Selected, so Ctrl+C copies the picture.
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.getRangeAt(0).cloneContents().querySelector('img') !== null))
    .toBe(true);
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThanOrEqual(1800);
  await expect(figure.locator('[role=status]')).toHaveText(/非 HTTPS/);
  await expect(figure.locator('[role=status]')).not.toHaveText(/浏览器不允许/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('an export result does not stay behind in the old language after a switch of language', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  await openDashboard(page);
  const figure = (await chartFigures(page))[0]!;
  await figure.getByRole('button', { name: LABELS.zh.copy, exact: true }).click();
  // An empty status has no accessible text, so it is found by its role attribute.
  const status = figure.locator('[role=status]');
  await expect(status).toHaveText(/Ctrl\+C/);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(figure.getByRole('button', { name: LABELS.en.copy, exact: true })).toBeVisible();
  await expect(status).toHaveText('');
  await figure.getByRole('button', { name: LABELS.en.copy, exact: true }).click();
  await expect(status).toHaveText(/press Ctrl\+C/);
});

test.describe('on a high-density screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 3 });

  test('the PNG is at least twice the chart in device pixels', async ({ page }) => {
    await openDashboard(page);
    const figure = (await chartFigures(page))[0]!;
    const box = (await figure.locator('canvas').first().boundingBox())!;
    const { bytes } = await saveDownload(page, () =>
      figure.getByRole('button', { name: '导出PNG', exact: true }).click(),
    );
    const { facts } = pngFacts(bytes);
    test.info().annotations.push({
      type: 'size',
      description: `${facts.width}×${facts.height} px for ${Math.round(box.width)}×${Math.round(box.height)} CSS px at DPR 3`,
    });
    expect(facts.width).toBeGreaterThanOrEqual(2 * 3 * box.width);
    expect(facts.height).toBeGreaterThanOrEqual(2 * 3 * box.height);
  });
});
